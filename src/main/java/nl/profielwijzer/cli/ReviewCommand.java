package nl.profielwijzer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.profielwijzer.advice.ReviewLanguages;
import nl.profielwijzer.advice.ReviewPdf;
import nl.profielwijzer.advice.TreeDot;
import nl.profielwijzer.files.AtomicWrite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code review TREE --pdf FILE | --dot FILE}: a whole tree for the lawyer who checks it, as a PDF (every question,
 * option, outcome and citation in reading order, in Dutch, English or both side by side) and/or a Graphviz graph.
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a whole tree for review: a PDF of every question, option, outcome and citation, "
            + "and/or a Graphviz graph. Give --pdf, --dot or both."})
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    private Cli cli;

    @Parameters(index = "0", paramLabel = "TREE",
            description = "A tree id (see 'profielwijzer trees') or the path of a tree file.")
    private String tree;

    @Option(names = "--pdf", paramLabel = "FILE", converter = CliOptions.FileName.class,
            description = "Write the review as a PDF.")
    private Path pdf;

    @Option(names = "--dot", paramLabel = "FILE", converter = CliOptions.FileName.class,
            description = "Write the tree as a Graphviz graph.")
    private Path dot;

    @Option(names = "--lang", paramLabel = "nl|en|both", converter = CliOptions.ReviewLanguageCode.class,
            completionCandidates = CliOptions.ReviewLanguageCode.class,
            description = "Language of the review (default: both, side by side).")
    private ReviewLanguages languages = ReviewLanguages.BOTH;

    @Mixin
    private CliOptions.Trees trees = new CliOptions.Trees();

    @Override
    public Integer call() throws UsageError, Library.Failed {
        Terminal terminal = cli.terminal();
        if (pdf == null && dot == null) {
            throw new UsageError("say what to write: --pdf FILE, --dot FILE, or both");
        }
        if (pdf != null && dot != null && sameFile(pdf, dot)) {
            throw new UsageError("--pdf and --dot name the same file " + pdf + "; the graph would replace the PDF."
                    + " Give two different files");
        }
        Library.Found found = Library.find(tree, trees, terminal);
        for (Path target : new Path[] {pdf, dot}) { // both targets checked first: all written or nothing
            if (target != null) {
                try {
                    AtomicWrite.checkTarget(target);
                } catch (IOException e) {
                    return WriteFailure.report("review", target, e, terminal);
                }
            }
        }
        if (pdf != null) {
            try {
                int pages = ReviewPdf.write(found.tree(), found.library().sources(), languages, pdf);
                terminal.out().println("Saved the review of " + found.tree().id() + " to " + pdf + " (" + pages
                        + (pages == 1 ? " page)" : " pages)"));
            } catch (IOException e) {
                return WriteFailure.report("review", pdf, e, terminal);
            }
        }
        if (dot != null) {
            try {
                TreeDot.write(found.tree(), languages, dot);
                terminal.out().println("Saved the graph of " + found.tree().id() + " to " + dot
                        + " (render it with: dot -Tsvg " + dot + " -o " + found.tree().id() + ".svg)");
            } catch (IOException e) {
                return WriteFailure.report("review", dot, e, terminal);
            }
        }
        return ExitCode.OK;
    }

    /** The same path written two ways, or two links to one existing file. */
    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
