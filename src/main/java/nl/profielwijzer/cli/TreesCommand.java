package nl.profielwijzer.cli;

import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Problem;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code trees}: id, title, version and law-as-of date of each tree. */
@Command(name = "trees", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the trees: id, title, version, law-as-of date.")
final class TreesCommand implements Callable<Integer> {
    @ParentCommand
    private Cli cli;

    @Mixin
    private CliOptions.Trees trees = new CliOptions.Trees();

    @Mixin
    private CliOptions.Lang lang = new CliOptions.Lang();

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    private CliOptions.Format format = CliOptions.Format.text;

    /** One line of {@code trees --format json}. */
    record Listed(String id, String title, String version, String lawAsOf, String reviewBefore) {
    }

    @Override
    public Integer call() throws UsageError, JsonProcessingException {
        Terminal terminal = cli.terminal();
        Language language = lang.language();
        TreeLibrary library = Library.load(trees);
        if (format == CliOptions.Format.json) {
            List<Listed> list = library.trees().stream().map(t -> new Listed(t.id(), t.title().in(language),
                    t.version(), t.lawAsOf().toString(), t.reviewBefore().toString())).toList();
            terminal.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(list));
        } else {
            int width = library.trees().stream().mapToInt(t -> t.id().length()).max().orElse(2);
            int titleWidth = library.trees().stream().mapToInt(t -> t.title().in(language).length()).max().orElse(5);
            for (Tree t : library.trees()) {
                terminal.out().println(String.format("%-" + width + "s  %-" + titleWidth + "s  %-8s  %s", t.id(),
                        t.title().in(language), t.version(), t.lawAsOf()));
            }
        }
        long broken = library.problems().stream().filter(Problem::isError).map(Problem::file).distinct().count();
        if (broken > 0) {
            terminal.err().println(broken + " file" + (broken == 1 ? " has" : "s have")
                    + " errors and " + (broken == 1 ? "is" : "are") + " left out; run validate to see them");
        }
        return ExitCode.OK;
    }
}
