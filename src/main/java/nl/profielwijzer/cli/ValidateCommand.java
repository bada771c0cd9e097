package nl.profielwijzer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import nl.profielwijzer.tree.Problem;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/** {@code validate [FILE_OR_DIR...]}: every problem of every tree, one per line. */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate [FILE_OR_DIR...] [--trees DIR]";
    }

    @Override
    public String summary() {
        return "Checks trees (default: the bundled ones) and prints every problem as FILE:LINE:COLUMN: "
                + "error|warning: message.";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageError {
        Arguments args = Arguments.parse(argList, Set.of("trees"), Set.of());
        List<TreeLibrary> libraries = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        TreeLibraryLoader loader = new TreeLibraryLoader();
        List<String> targets = new ArrayList<>(args.positional());
        args.value("trees").ifPresent(targets::add);
        for (String target : targets) {
            Path path = Path.of(target);
            if (Files.isDirectory(path)) {
                libraries.add(loader.loadDirectory(path));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new UsageError("no such file or folder: " + target);
            }
        }
        if (!files.isEmpty()) {
            libraries.add(loader.loadFiles(files));
        }
        if (targets.isEmpty()) {
            libraries.add(loader.loadBundled());
        }
        List<Problem> problems = new ArrayList<>();
        int trees = 0;
        for (TreeLibrary library : libraries) {
            problems.addAll(library.problems());
            trees += library.trees().size();
        }
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        problems.forEach(p -> terminal.out().println(p));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        terminal.err().println(trees + " usable tree" + (trees == 1 ? "" : "s") + "; " + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        return errors == 0 ? ExitCode.OK : ExitCode.PROBLEMS;
    }
}
