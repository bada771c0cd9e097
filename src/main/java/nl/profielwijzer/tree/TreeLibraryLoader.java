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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

    private final LoadLimits limits;
    private final LocalDate today;

    public TreeLibraryLoader(LoadLimits limits, LocalDate today) {
        this.limits = limits;
        this.today = today;
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
     * beside the first file is used, else the bundled one.
     */
    public TreeLibrary loadFiles(List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        Optional<Path> register = files.stream().filter(f -> name(f).equals(REGISTER_FILE)).findFirst();
        Optional<Path> glossary = files.stream().filter(f -> name(f).equals(GLOSSARY_FILE)).findFirst();
        Optional<Path> factsFile = files.stream().filter(f -> name(f).equals(FACTS_FILE)).findFirst();
        List<Path> trees = files.stream().filter(TreeLibraryLoader::isTreeFile).toList();
        RegisterReader.Sources sources;
        List<GlossaryEntry> terms = List.of();
        Map<String, Fact> facts = Map.of();
        if (register.isPresent()) {
            sources = readSources(register.get(), register.get().toString());
        } else {
            Path beside = files.isEmpty() ? null : absoluteParent(files.get(0)).resolve(REGISTER_FILE);
            if (beside != null && Files.isRegularFile(beside)) {
                sources = readSources(beside, beside.toString());
                Path besideFacts = beside.resolveSibling(FACTS_FILE);
                if (factsFile.isEmpty() && Files.isRegularFile(besideFacts)) {
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
        if (Files.isRegularFile(register)) {
            RegisterReader.Sources read = readSources(register, displayPrefix + REGISTER_FILE);
            problems.addAll(read.problems());
            sources = read.byId();
        } else {
            problems.add(new Problem(displayPrefix + REGISTER_FILE, 1, 1, Problem.Severity.ERROR,
                    "the source register is missing; every folder of trees needs a " + REGISTER_FILE));
        }
        List<GlossaryEntry> terms = List.of();
        Path glossary = dir.resolve(GLOSSARY_FILE);
        if (Files.isRegularFile(glossary)) {
            RegisterReader.Glossary read = readGlossary(glossary, displayPrefix + GLOSSARY_FILE);
            problems.addAll(read.problems());
            terms = read.entries();
        }
        Map<String, Fact> facts = Map.of();
        Path factsFile = dir.resolve(FACTS_FILE);
        if (Files.isRegularFile(factsFile)) {
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
            Optional<Json> json = parse(input.path(), input.displayName(), problems);
            if (json.isEmpty()) {
                continue;
            }
            TreeReader.Read read = TreeReader.read(input.displayName(), json.get(), limits);
            List<Problem> own = new ArrayList<>(read.problems());
            read.tree().ifPresent(tree -> own.addAll(checker.check(tree, read.locations(), read.brokenNodeIds())));
            if (read.tree().isPresent()) {
                Tree tree = read.tree().get();
                String previous = idToFile.putIfAbsent(tree.id(), input.displayName());
                if (previous != null) {
                    own.add(Problem.error(input.displayName(), read.locations().of("id"), "duplicate tree id \""
                            + tree.id() + "\", also used by " + previous));
                }
            }
            problems.addAll(own);
            if (read.tree().isPresent() && own.stream().noneMatch(Problem::isError)) {
                usable.add(read.tree().get());
            } else if (read.tree().isPresent()) {
                broken.putIfAbsent(read.tree().get().id(), input.displayName());
            }
        }
        return new TreeLibrary(usable, sources, terms, problems, broken, facts);
    }

    private RegisterReader.Sources readSources(Path file, String displayName) {
        List<Problem> problems = new ArrayList<>();
        Optional<Json> json = parse(file, displayName, problems);
        if (json.isEmpty()) {
            return new RegisterReader.Sources(Map.of(), problems);
        }
        RegisterReader.Sources read = RegisterReader.sources(displayName, json.get());
        problems.addAll(read.problems());
        return new RegisterReader.Sources(new LinkedHashMap<>(read.byId()), problems);
    }

    private RegisterReader.Glossary readGlossary(Path file, String displayName) {
        List<Problem> problems = new ArrayList<>();
        Optional<Json> json = parse(file, displayName, problems);
        if (json.isEmpty()) {
            return new RegisterReader.Glossary(List.of(), problems);
        }
        RegisterReader.Glossary read = RegisterReader.glossary(displayName, json.get());
        problems.addAll(read.problems());
        return read;
    }

    private RegisterReader.Facts readFacts(Path file, String displayName) {
        List<Problem> problems = new ArrayList<>();
        Optional<Json> json = parse(file, displayName, problems);
        if (json.isEmpty()) {
            return new RegisterReader.Facts(Map.of(), problems);
        }
        RegisterReader.Facts read = RegisterReader.facts(displayName, json.get());
        problems.addAll(read.problems());
        return new RegisterReader.Facts(read.byId(), problems);
    }

    /** Reads and parses one file, checking its size before reading a byte of it. */
    private Optional<Json> parse(Path file, String displayName, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.add(new Problem(displayName, 1, 1, Problem.Severity.ERROR,
                        JsonText.tooLarge(size, limits.maxFileBytes())));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            JsonText.Result result = new JsonText(limits.json()).parse(bytes);
            if (result instanceof JsonText.Refused refused) {
                problems.add(Problem.error(displayName, refused.at(), refused.message()));
                return Optional.empty();
            }
            return Optional.of(((JsonText.Parsed) result).value());
        } catch (IOException e) {
            problems.add(new Problem(displayName, 1, 1, Problem.Severity.ERROR, "the file could not be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
            return Optional.empty();
        }
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
