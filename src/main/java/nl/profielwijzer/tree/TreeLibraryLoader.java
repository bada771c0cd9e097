package nl.profielwijzer.tree;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

import nl.profielwijzer.files.RegularFile;
import nl.profielwijzer.tree.json.Json;
import nl.profielwijzer.tree.json.JsonText;

/**
 * Loads a folder of trees: {@code sources.json} (the register), {@code glossary.json} and {@code facts.json}
 * (the shared facts; both optional) and every other {@code *.json} as a tree ({@code *.schema.json} are for
 * editors and skipped). All problems of all files
 * are collected; a tree with an error is left out of the usable trees, the others stay usable.
 */
public final class TreeLibraryLoader {
    public static final String REGISTER_FILE = "sources.json";
    public static final String GLOSSARY_FILE = "glossary.json";
    public static final String FACTS_FILE = "facts.json";

    /** How long one file may take to read and check before it is given up (far above the 2 s aim per file). */
    public static final Duration TIME_PER_FILE = Duration.ofSeconds(10);

    private final LoadLimits limits;
    private final LocalDate today;
    private final Duration timePerFile;

    public TreeLibraryLoader(LoadLimits limits, LocalDate today) {
        this(limits, today, TIME_PER_FILE);
    }

    /** @param timePerFile how long one file may take (see {@link #TIME_PER_FILE}) */
    public TreeLibraryLoader(LoadLimits limits, LocalDate today, Duration timePerFile) {
        this.limits = limits;
        this.today = today;
        this.timePerFile = timePerFile;
    }

    public TreeLibraryLoader() {
        this(LoadLimits.DEFAULT, LocalDate.now());
    }

    /** The trees bundled into the application (from the project's trees/ folder). */
    public TreeLibrary loadBundled() {
        try {
            return loadDirectory(bundledFolder(), "trees/");
        } catch (IOException | URISyntaxException e) {
            Problem p = new Problem("trees/", 1, 1, Problem.Severity.ERROR, "the bundled trees could not be read: "
                    + e.getMessage());
            return new TreeLibrary(List.of(), Map.of(), List.of(), List.of(p));
        }
    }

    /** A folder of trees on disk. */
    public TreeLibrary loadDirectory(Path dir) {
        return loadDirectory(dir, dir.toString().endsWith("/") ? dir.toString() : dir + "/");
    }

    /**
     * Named files (trees, a register, a glossary). Without a register among them, the {@code sources.json}
     * beside the first file is used, else the bundled one. Every named file is read or refused with a reason:
     * any {@code *.json} name (in any case, e.g. {@code tree.JSON}) is read as a tree; a JSON Schema or a file of
     * another type is reported as an error, never skipped.
     */
    public TreeLibrary loadFiles(List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        Optional<Path> register = files.stream().filter(f -> name(f).equals(REGISTER_FILE)).findFirst();
        Optional<Path> glossary = files.stream().filter(f -> name(f).equals(GLOSSARY_FILE)).findFirst();
        Optional<Path> factsFile = files.stream().filter(f -> name(f).equals(FACTS_FILE)).findFirst();
        List<Path> trees = new ArrayList<>();
        for (Path file : files) {
            String refusal = refusalOfNamedFile(file);
            if (refusal != null) {
                problems.add(new Problem(file.toString(), 1, 1, Problem.Severity.ERROR, refusal));
            } else if (!name(file).equals(REGISTER_FILE) && !name(file).equals(GLOSSARY_FILE)
                    && !name(file).equals(FACTS_FILE)) {
                trees.add(file);
            }
        }
        RegisterReader.Sources sources;
        List<GlossaryEntry> terms = List.of();
        Map<String, Fact> facts = Map.of();
        if (register.isPresent()) {
            sources = readSources(register.get(), register.get().toString());
        } else {
            Path beside = files.isEmpty() ? null : absoluteParent(files.get(0)).resolve(REGISTER_FILE);
            if (beside != null && (Files.exists(beside) || Files.isSymbolicLink(beside))) {
                sources = readSources(beside, beside.toString());
                Path besideFacts = beside.resolveSibling(FACTS_FILE);
                if (factsFile.isEmpty() && (Files.exists(besideFacts) || Files.isSymbolicLink(besideFacts))) {
                    factsFile = Optional.of(besideFacts);
                }
            } else {
                TreeLibrary bundled = loadBundled();
                sources = new RegisterReader.Sources(bundled.sources(), List.of());
                terms = bundled.glossary();
                facts = bundled.facts();
            }
        }
        problems.addAll(sources.problems());
        if (glossary.isPresent()) {
            RegisterReader.Glossary g = readGlossary(glossary.get(), glossary.get().toString());
            problems.addAll(g.problems());
            terms = g.entries();
        }
        if (factsFile.isPresent()) {
            RegisterReader.Facts read = readFacts(factsFile.get(), factsFile.get().toString());
            problems.addAll(read.problems());
            facts = read.byId();
        }
        return assemble(trees.stream().map(p -> new Input(p, p.toString())).toList(), sources.byId(), terms,
                facts, problems);
    }

    private TreeLibrary loadDirectory(Path dir, String displayPrefix) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(displayPrefix, 1, 1, Problem.Severity.ERROR, "this folder does not exist"));
            return new TreeLibrary(List.of(), Map.of(), List.of(), problems);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> name(p).endsWith(".json")).sorted(Comparator.comparing(TreeLibraryLoader::name))
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(displayPrefix, 1, 1, Problem.Severity.ERROR, "the folder could not be read: "
                    + e.getMessage()));
            return new TreeLibrary(List.of(), Map.of(), List.of(), problems);
        }
        Path register = dir.resolve(REGISTER_FILE);
        Map<String, Source> sources = Map.of();
        if (Files.exists(register) || Files.isSymbolicLink(register)) { // a FIFO or a link is reported, not missing
            RegisterReader.Sources read = readSources(register, displayPrefix + REGISTER_FILE);
            problems.addAll(read.problems());
            sources = read.byId();
        } else {
            problems.add(new Problem(displayPrefix + REGISTER_FILE, 1, 1, Problem.Severity.ERROR,
                    "the source register is missing; every folder of trees needs a " + REGISTER_FILE));
        }
        List<GlossaryEntry> terms = List.of();
        Path glossary = dir.resolve(GLOSSARY_FILE);
        if (Files.exists(glossary) || Files.isSymbolicLink(glossary)) {
            RegisterReader.Glossary read = readGlossary(glossary, displayPrefix + GLOSSARY_FILE);
            problems.addAll(read.problems());
            terms = read.entries();
        }
        Map<String, Fact> facts = Map.of();
        Path factsFile = dir.resolve(FACTS_FILE);
        if (Files.exists(factsFile) || Files.isSymbolicLink(factsFile)) {
            RegisterReader.Facts read = readFacts(factsFile, displayPrefix + FACTS_FILE);
            problems.addAll(read.problems());
            facts = read.byId();
        }
        List<Input> trees = files.stream().filter(TreeLibraryLoader::isTreeFile)
                .map(p -> new Input(p, displayPrefix + name(p))).toList();
        return assemble(trees, sources, terms, facts, problems);
    }

    private record Input(Path path, String displayName) {
    }

    private TreeLibrary assemble(List<Input> inputs, Map<String, Source> sources, List<GlossaryEntry> terms,
            Map<String, Fact> facts, List<Problem> problems) {
        List<Tree> usable = new ArrayList<>();
        Map<String, String> broken = new HashMap<>();
        Map<String, String> idToFile = new HashMap<>();
        TreeChecker checker = new TreeChecker(sources, facts, today);
        for (Input input : inputs) {
            List<Problem> parseProblems = new ArrayList<>();
            Optional<TreeReader.Read> maybe = withinBudget(input.displayName(), parseProblems, found -> {
                Optional<Json> json = parse(input.path(), input.displayName(), found);
                if (json.isEmpty()) {
                    return null;
                }
                TreeReader.Read read = TreeReader.read(input.displayName(), json.get(), limits);
                read.tree().ifPresent(tree -> checker.check(tree, read.locations(), read.brokenNodeIds(),
                        read.problems()));
                return read;
            });
            problems.addAll(parseProblems);
            if (maybe.isEmpty()) {
                continue;
            }
            TreeReader.Read read = maybe.get();
            ProblemList own = read.problems();
            if (read.tree().isPresent()) {
                Tree tree = read.tree().get();
                String previous = idToFile.putIfAbsent(tree.id(), input.displayName());
                if (previous != null) {
                    own.add(Problem.error(input.displayName(), read.locations().of("id"), "duplicate tree id \""
                            + tree.id() + "\", also used by " + previous));
                }
            }
            problems.addAll(own.list());
            if (read.tree().isPresent() && own.errorCount() == 0) {
                usable.add(read.tree().get());
            } else if (read.tree().isPresent()) {
                broken.putIfAbsent(read.tree().get().id(), input.displayName());
            }
        }
        return new TreeLibrary(usable, sources, terms, problems, broken, facts);
    }

    private RegisterReader.Sources readSources(Path file, String displayName) {
        List<Problem> problems = new ArrayList<>();
        Optional<RegisterReader.Sources> read = withinBudget(displayName, problems,
                found -> parse(file, displayName, found).map(json -> RegisterReader.sources(displayName, json))
                        .orElse(null));
        read.ifPresent(r -> problems.addAll(r.problems()));
        return new RegisterReader.Sources(read.map(r -> new LinkedHashMap<>(r.byId())).orElseGet(LinkedHashMap::new),
                problems);
    }

    private RegisterReader.Glossary readGlossary(Path file, String displayName) {
        List<Problem> problems = new ArrayList<>();
        Optional<RegisterReader.Glossary> read = withinBudget(displayName, problems,
                found -> parse(file, displayName, found).map(json -> RegisterReader.glossary(displayName, json))
                        .orElse(null));
        read.ifPresent(r -> problems.addAll(r.problems()));
        return new RegisterReader.Glossary(read.map(RegisterReader.Glossary::entries).orElse(List.of()), problems);
    }

    private RegisterReader.Facts readFacts(Path file, String displayName) {
        List<Problem> problems = new ArrayList<>();
        Optional<RegisterReader.Facts> read = withinBudget(displayName, problems,
                found -> parse(file, displayName, found).map(json -> RegisterReader.facts(displayName, json))
                        .orElse(null));
        read.ifPresent(r -> problems.addAll(r.problems()));
        return new RegisterReader.Facts(read.map(RegisterReader.Facts::byId).orElse(Map.of()), problems);
    }

    /**
     * Runs the reading of one file on a thread of its own and waits at most {@link #timePerFile}: a file that
     * takes longer is reported and left out (its thread is interrupted, and reading stops at the next object), so
     * one hostile file cannot keep the good ones from loading. The work reports into a list of its own, handed
     * over only when it finished in time, so an abandoned worker touches nothing of the caller's.
     *
     * @return the work's result; empty when it gave none or ran out of time
     */
    private <T> Optional<T> withinBudget(String displayName, List<Problem> problems, Function<List<Problem>, T> work) {
        FutureTask<Done<T>> task = new FutureTask<>(() -> {
            List<Problem> found = new ArrayList<>();
            T value = work.apply(found);
            return new Done<>(value, found);
        });
        Thread worker = new Thread(task, "read " + displayName);
        worker.setDaemon(true);
        worker.start();
        try {
            Done<T> done = task.get(timePerFile.toMillis(), TimeUnit.MILLISECONDS);
            problems.addAll(done.problems());
            return Optional.ofNullable(done.value());
        } catch (TimeoutException e) {
            worker.interrupt();
            problems.add(new Problem(displayName, 1, 1, Problem.Severity.ERROR, "reading this file took longer than "
                    + timePerFile.toMillis() / 1000.0 + " s and was stopped; the other files were loaded"));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            problems.add(new Problem(displayName, 1, 1, Problem.Severity.ERROR, "reading this file was stopped"));
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private record Done<T>(T value, List<Problem> problems) {
    }

    /**
     * Reads and parses one file: only a regular file (or a link to one) is opened, and never more than the size
     * limit is read (see {@link RegularFile}).
     */
    private Optional<Json> parse(Path file, String displayName, List<Problem> problems) {
        try {
            byte[] bytes = RegularFile.read(file, limits.maxFileBytes());
            JsonText.Result result = new JsonText(limits.json()).parse(bytes);
            if (result instanceof JsonText.Refused refused) {
                problems.add(Problem.error(displayName, refused.at(), refused.message()));
                return Optional.empty();
            }
            return Optional.of(((JsonText.Parsed) result).value());
        } catch (RegularFile.TooLarge e) {
            problems.add(new Problem(displayName, 1, 1, Problem.Severity.ERROR,
                    JsonText.tooLarge(e.size(), limits.maxFileBytes())));
        } catch (RegularFile.Refused e) {
            problems.add(new Problem(displayName, 1, 1, Problem.Severity.ERROR, "not read: this " + e.getMessage()
                    + "; only regular files are read"));
        } catch (IOException e) {
            problems.add(new Problem(displayName, 1, 1, Problem.Severity.ERROR, "the file could not be read: "
                    + (e.getMessage() == null ? "the system gave no reason" : e.getMessage())));
        }
        return Optional.empty();
    }

    /**
     * Why a file named explicitly (e.g. to {@code validate}) is not read, or null when it is read: a JSON Schema or
     * a file that does not end in {@code .json}. Such a file is never skipped silently.
     */
    private static String refusalOfNamedFile(Path file) {
        String name = name(file);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".schema.json")) {
            return "not read: this is a JSON Schema for editors, not a tree, register or glossary";
        }
        if (!lower.endsWith(".json")) {
            return "not read: tree files, the register and the glossary are JSON files whose names end in .json";
        }
        return null;
    }

    static boolean isTreeFile(Path p) {
        String name = name(p);
        return name.endsWith(".json") && !name.endsWith(".schema.json") && !name.equals(REGISTER_FILE)
                && !name.equals(GLOSSARY_FILE) && !name.equals(FACTS_FILE);
    }

    private static String name(Path p) {
        Path file = p.getFileName();
        return file == null ? "" : file.toString();
    }

    private static Path absoluteParent(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static Path bundledFolder() throws IOException, URISyntaxException {
        URL marker = TreeLibraryLoader.class.getResource("/trees/" + REGISTER_FILE);
        if (marker == null) {
            throw new IOException("no trees are bundled with this build (trees/" + REGISTER_FILE + " not found)");
        }
        URI uri = marker.toURI();
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fs.getPath("/trees");
        }
        return Path.of(uri).getParent();
    }
}
