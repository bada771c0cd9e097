package nl.profielwijzer.cli;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;

/** {@code trees}: id, title, version and law-as-of date of each tree. */
final class TreesCommand implements Command {
    @Override
    public String name() {
        return "trees";
    }

    @Override
    public String usage() {
        return "trees [--trees DIR] [--lang nl|en] [--format text|json]";
    }

    @Override
    public String summary() {
        return "Lists the trees: id, title, version, law-as-of date.";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageError {
        Arguments args = Arguments.parse(argList, Set.of("trees", "lang", "format"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageError("trees takes no arguments");
        }
        Language language = Library.language(args);
        boolean json = Output.isJson(args);
        TreeLibrary library = Library.load(args);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode list = mapper.createArrayNode();
            for (Tree t : library.trees()) {
                list.addObject().put("id", t.id()).put("title", t.title().in(language)).put("version", t.version())
                        .put("lawAsOf", t.lawAsOf().toString()).put("reviewBefore", t.reviewBefore().toString());
            }
            terminal.out().println(list.toPrettyString());
        } else {
            int width = library.trees().stream().mapToInt(t -> t.id().length()).max().orElse(2);
            int titleWidth = library.trees().stream().mapToInt(t -> t.title().in(language).length()).max().orElse(5);
            for (Tree t : library.trees()) {
                terminal.out().println(String.format("%-" + width + "s  %-" + titleWidth + "s  %-8s  %s", t.id(),
                        t.title().in(language), t.version(), t.lawAsOf()));
            }
        }
        long broken = library.problems().stream().filter(p -> p.isError()).map(p -> p.file()).distinct().count();
        if (broken > 0) {
            terminal.err().println(broken + " file" + (broken == 1 ? " has" : "s have")
                    + " errors and " + (broken == 1 ? "is" : "are") + " left out; run validate to see them");
        }
        return ExitCode.OK;
    }
}
