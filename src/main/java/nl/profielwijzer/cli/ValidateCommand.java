package nl.profielwijzer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import nl.profielwijzer.tree.Problem;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code validate [FILE_OR_DIR...]}: every problem of every tree, one per line. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks trees, the source register and the glossary (default: the bundled ones) and prints "
            + "every problem as FILE:LINE:COLUMN: error|warning: message.",
            "Exit 0 when there are no errors (warnings allowed), 1 when there are."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Cli cli;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..*", converter = CliOptions.FileName.class,
            description = "Tree files or folders of trees.")
    private List<Path> targets = new ArrayList<>();

    @Mixin
    private CliOptions.Trees trees = new CliOptions.Trees();

    @Override
    public Integer call() throws UsageError {
        Terminal terminal = cli.terminal();
        List<TreeLibrary> libraries = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        TreeLibraryLoader loader = new TreeLibraryLoader();
        List<Path> all = new ArrayList<>(targets);
        trees.folder().ifPresent(all::add);
        for (Path path : all) {
            if (Files.isDirectory(path)) {
                libraries.add(loader.loadDirectory(path));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new UsageError("no such file or folder: " + path);
            }
        }
        if (!files.isEmpty()) {
            libraries.add(loader.loadFiles(files));
        }
        if (all.isEmpty()) {
            libraries.add(loader.loadBundled());
        }
        List<Problem> problems = new ArrayList<>();
        int usable = 0;
        for (TreeLibrary library : libraries) {
            problems.addAll(library.problems());
            usable += library.trees().size();
        }
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        problems.forEach(p -> terminal.out().println(p));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        terminal.err().println(usable + " usable tree" + (usable == 1 ? "" : "s") + "; " + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        return errors == 0 ? ExitCode.OK : ExitCode.PROBLEMS;
    }
}
