package nl.profielwijzer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.profielwijzer.files.RegularFile;
import nl.profielwijzer.tree.Problem;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/** What several commands share: loading the trees (bundled or --trees DIR), finding a tree, role and language. */
final class Library {
    private Library() {
    }

    /** The trees of {@code --trees DIR}, or the bundled ones. */
    static TreeLibrary load(CliOptions.Trees trees) throws UsageError {
        Optional<Path> dir = trees.folder();
        if (dir.isPresent()) {
            Path path = dir.get();
            if (!Files.isDirectory(path)) {
                throw new UsageError("--trees " + path + ": no such folder");
            }
            return new TreeLibraryLoader().loadDirectory(path);
        }
        return new TreeLibraryLoader().loadBundled();
    }

    /** The outcome of looking up TREE: a tree, or an exit code after the reason was printed. */
    record Found(Tree tree, TreeLibrary library) {
    }

    /** TREE is an id in the library, or the path of a tree file. */
    static Found find(String treeArg, CliOptions.Trees trees, Terminal terminal) throws UsageError, Failed {
        Path asPath = Path.of(treeArg);
        boolean looksLikeFile = treeArg.endsWith(".json") || treeArg.contains("/") || treeArg.contains("\\");
        if (looksLikeFile && Files.isRegularFile(asPath)) {
            TreeLibrary library = new TreeLibraryLoader().loadFiles(List.of(asPath));
            if (library.trees().isEmpty()) {
                printProblems(library.problems(), terminal);
                throw new Failed(ExitCode.PROBLEMS);
            }
            return new Found(library.trees().get(0), library);
        }
        if (looksLikeFile && (Files.exists(asPath) || Files.isSymbolicLink(asPath))) {
            throw new UsageError("the tree file " + treeArg + " " + RegularFile.problemWith(asPath)
                    + "; name a regular file");
        }
        if (looksLikeFile) {
            throw new UsageError("no such tree file: " + treeArg);
        }
        TreeLibrary library = load(trees);
        Optional<Tree> tree = library.tree(treeArg);
        if (tree.isPresent()) {
            return new Found(tree.get(), library);
        }
        String brokenFile = library.brokenTrees().get(treeArg);
        if (brokenFile == null) {
            // A file too broken to read its id: match the file name, "photo.json" or "20-photo.json".
            brokenFile = library.errors().stream().map(Problem::file)
                    .filter(f -> f.endsWith("/" + treeArg + ".json") || f.matches(".*/\\d+-" + java.util.regex.Pattern.quote(treeArg) + "\\.json"))
                    .findFirst().orElse(null);
        }
        if (brokenFile != null) {
            terminal.err().println("the tree \"" + treeArg + "\" cannot be used because " + brokenFile
                    + " has errors:");
            printProblems(library.problemsOf(brokenFile), terminal);
            throw new Failed(ExitCode.PROBLEMS);
        }
        throw new UsageError("unknown tree \"" + treeArg + "\"; trees: "
                + String.join(", ", library.trees().stream().map(Tree::id).toList()));
    }

    static void printProblems(List<Problem> problems, Terminal terminal) {
        problems.forEach(p -> terminal.err().println(p));
    }

    /** A command ended early with this exit code; the reason was printed already. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        Failed(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }
}
