package nl.profielwijzer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.profielwijzer.advice.ReviewLanguages;
import nl.profielwijzer.advice.ReviewPdf;
import nl.profielwijzer.advice.TreeDot;

/**
 * {@code review TREE --pdf FILE | --dot FILE}: a whole tree for the lawyer who checks it, as a PDF (every question,
 * option, outcome and citation in reading order, in Dutch, English or both side by side) and/or a Graphviz graph.
 */
final class ReviewCommand implements Command {
    @Override
    public String name() {
        return "review";
    }

    @Override
    public String usage() {
        return "review TREE (--pdf FILE | --dot FILE) [--lang nl|en|both] [--trees DIR]";
    }

    @Override
    public String summary() {
        return "Writes a whole tree for review: a PDF of every question, option, outcome and citation, or a Graphviz"
                + " graph.";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageError {
        Arguments args = Arguments.parse(argList, Set.of("pdf", "dot", "lang", "trees"), Set.of());
        String treeArg = Library.treeArgument(args);
        Optional<String> pdf = args.value("pdf");
        Optional<String> dot = args.value("dot");
        if (pdf.isEmpty() && dot.isEmpty()) {
            throw new UsageError("say what to write: --pdf FILE, --dot FILE, or both");
        }
        if (pdf.filter(String::isBlank).isPresent() || dot.filter(String::isBlank).isPresent()) {
            throw new UsageError("--pdf and --dot need a file name");
        }
        ReviewLanguages languages = languages(args);
        Library.Found found;
        try {
            found = Library.find(treeArg, args, terminal);
        } catch (Library.Failed e) {
            return e.exitCode;
        }
        if (pdf.isPresent()) {
            Path target = Path.of(pdf.get());
            try {
                int pages = ReviewPdf.write(found.tree(), found.library().sources(), languages, target);
                terminal.out().println("Saved the review of " + found.tree().id() + " to " + target + " (" + pages
                        + (pages == 1 ? " page)" : " pages)"));
            } catch (IOException e) {
                return WriteFailure.report(name(), target, e, terminal);
            }
        }
        if (dot.isPresent()) {
            Path target = Path.of(dot.get());
            try {
                TreeDot.write(found.tree(), languages, target);
                terminal.out().println("Saved the graph of " + found.tree().id() + " to " + target
                        + " (render it with: dot -Tsvg " + target + " -o " + found.tree().id() + ".svg)");
            } catch (IOException e) {
                return WriteFailure.report(name(), target, e, terminal);
            }
        }
        return ExitCode.OK;
    }

    /** --lang nl, en or both; a review defaults to both, since a reviewer checks both texts. */
    private static ReviewLanguages languages(Arguments args) throws UsageError {
        Optional<String> value = args.value("lang");
        if (value.isEmpty()) {
            return ReviewLanguages.BOTH;
        }
        return ReviewLanguages.fromCode(value.get()).orElseThrow(() -> new UsageError("--lang " + value.get()
                + ": use nl, en or both"));
    }
}
