package nl.profielwijzer.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.tree.LoadLimits;
import nl.profielwijzer.tree.Problem;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/**
 * The JSON Schemas in trees/ say what the validator says (docs/decisions/0010): the bundled trees, register,
 * glossary and shared facts, and single-change mutants of them, are accepted by both or refused by both. "Refused" means at least
 * one error (warnings do not count). Mutants are made systematically: for the first place of each kind in the
 * files (a JSON path with the list positions left out), the value is removed, emptied, blanked (spaces and a tab), given the wrong type,
 * or an unknown field is added; plus hand-made mutants for rules a systematic change does not reach. Changes the
 * schema cannot judge (a reference to another id) are not made.
 */
class SchemaAgreementTest {
    private static final Path TREES = Path.of("trees");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** The files beside the trees, each with its own schema of the same name (sources.schema.json, …). */
    private static final List<String> COMPANIONS = List.of("sources.json", "glossary.json", "facts.json");
    /**
     * Optional fields whose absence only the meaning checks can judge (a path rule over the whole tree): without
     * {@code resolves} an "I don't know" option may reach a yes-if with no condition for it (IntegrityRules).
     */
    private static final Set<String> MEANING_ONLY = Set.of("resolves");
    private static Map<String, Schema> schemas;

    @TempDir
    Path dir;

    @BeforeAll
    static void schemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        schemas = new java.util.HashMap<>();
        for (String kind : List.of("tree", "sources", "glossary", "facts")) {
            schemas.put(kind, registry.getSchema(Files.newInputStream(TREES.resolve(kind + ".schema.json"))));
        }
    }

    /** One file to judge: its name in the folder, the schema that describes it, its content. */
    record Candidate(String file, String schema, JsonNode json, String change) {
    }

    @Test
    void theBundledFilesAndTheirMutantsAreJudgedAlikeBySchemaAndValidator() throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : bundledFiles()) {
            String name = file.getFileName().toString();
            String schema = COMPANIONS.contains(name) ? name.replace(".json", "") : "tree";
            JsonNode json = JSON.readTree(file.toFile());
            candidates.add(new Candidate(name, schema, json, "none (the bundled file)"));
            systematicMutants(name, schema, json, seen, candidates);
            if (schema.equals("tree")) {
                handMadeMutants(name, json, seen, candidates);
            }
        }
        List<String> disagreements = new ArrayList<>();
        int refusedByBoth = 0;
        long schemaNanos = 0;
        long validatorNanos = 0;
        for (Candidate c : candidates) {
            long t0 = System.nanoTime();
            List<String> schemaSays = schemaErrors(c);
            long t1 = System.nanoTime();
            List<String> validatorSays = validatorErrors(c);
            schemaNanos += t1 - t0;
            validatorNanos += System.nanoTime() - t1;
            if (schemaSays.isEmpty() != validatorSays.isEmpty()) {
                disagreements.add(c.file() + ", change: " + c.change() + "\n    schema: "
                        + (schemaSays.isEmpty() ? "accepts" : schemaSays) + "\n    validator: "
                        + (validatorSays.isEmpty() ? "accepts" : validatorSays));
            } else if (!schemaSays.isEmpty()) {
                refusedByBoth++;
            }
        }
        assertTrue(candidates.size() > 150, "mutants made: " + candidates.size());
        assertTrue(refusedByBoth > 100, "mutants refused by both: " + refusedByBoth);
        System.out.println("SchemaAgreementTest: " + candidates.size() + " files judged, " + refusedByBoth
                + " refused by both; schema " + schemaNanos / 1_000_000 + " ms, validator " + validatorNanos / 1_000_000
                + " ms");
        assertEquals("", String.join("\n", disagreements), disagreements.size() + " of " + candidates.size()
                + " judged differently");
    }

    private static List<Path> bundledFiles() throws IOException {
        try (Stream<Path> list = Files.list(TREES)) {
            return list.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json"))
                    .sorted().toList();
        }
    }

    private static List<String> schemaErrors(Candidate c) {
        List<Error> errors = schemas.get(c.schema()).validate(c.json(),
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).limit(3).toList();
    }

    /**
     * The validator's errors for the candidate, in a folder of its own kind beside the bundled register and
     * glossary (a tree is written as tree.json, so one folder serves every tree).
     */
    private List<String> validatorErrors(Candidate c) throws IOException {
        Path folder = dir.resolve(c.schema());
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            for (String companion : COMPANIONS) {
                Files.copy(TREES.resolve(companion), folder.resolve(companion));
            }
        }
        String name = c.schema().equals("tree") ? "tree.json" : c.file();
        Files.write(folder.resolve(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(c.json()));
        TreeLibrary library = new TreeLibraryLoader(LoadLimits.DEFAULT, TODAY).loadDirectory(folder);
        return library.problems().stream().filter(Problem::isError).map(Problem::toString).limit(3).toList();
    }

    /** For the first place of each kind: remove, empty, blank, wrong type, unknown field. */
    private static void systematicMutants(String file, String schema, JsonNode root, Set<String> seen,
            List<Candidate> out) {
        walk(root, "", "", (path, kind) -> {
            if (!seen.add(schema + kind)) {
                return;
            }
            JsonNode target = root.at(path);
            String parentPath = path.substring(0, path.lastIndexOf('/'));
            String field = path.substring(path.lastIndexOf('/') + 1);
            boolean inObject = root.at(parentPath).isObject();
            if (inObject && !field.equals("$schema") && !MEANING_ONLY.contains(field)) {
                out.add(mutant(file, schema, root, parentPath, "remove " + path, p -> ((ObjectNode) p).remove(field)));
            }
            if (target.isObject()) {
                out.add(mutant(file, schema, root, path, "add an unknown field to " + path,
                        p -> ((ObjectNode) p).put("mutantField", "x")));
            }
            if (target.isArray()) {
                out.add(mutant(file, schema, root, parentPath, "empty the list " + path,
                        p -> set(p, field, JsonNodeFactory.instance.arrayNode())));
            }
            if (target.isTextual()) {
                out.add(mutant(file, schema, root, parentPath, "empty the text " + path,
                        p -> set(p, field, TextNode.valueOf(""))));
                out.add(mutant(file, schema, root, parentPath, "blank the text " + path,
                        p -> set(p, field, TextNode.valueOf(" \t "))));
                out.add(mutant(file, schema, root, parentPath, "a number for " + path,
                        p -> set(p, field, JsonNodeFactory.instance.numberNode(7))));
            } else if (!path.isEmpty()) {
                out.add(mutant(file, schema, root, parentPath, "a text for " + path,
                        p -> set(p, field, TextNode.valueOf("x"))));
            }
        });
    }

    /** Changes a systematic mutation does not make; the rules of trees/README.md. */
    private static void handMadeMutants(String file, JsonNode root, Set<String> seen, List<Candidate> out) {
        if (seen.add("hand-made tree-level mutants")) {
            out.add(mutant(file, "tree", root, "", "version 1.0", p -> ((ObjectNode) p).put("version", "1.0")));
            out.add(mutant(file, "tree", root, "", "version v1.0.0", p -> ((ObjectNode) p).put("version", "v1.0.0")));
            out.add(mutant(file, "tree", root, "", "lawAsOf 2026-02-30", p -> ((ObjectNode) p).put("lawAsOf",
                    "2026-02-30")));
            out.add(mutant(file, "tree", root, "", "$schema a number", p -> ((ObjectNode) p).put("$schema", 5)));
        }
        if (root.has("verdictLabels") && seen.add("hand-made label mutants")) {
            Iterator<String> verdicts = root.at("/verdictLabels/employer").fieldNames();
            while (verdicts.hasNext()) {
                String verdict = verdicts.next();
                out.add(mutant(file, "tree", root, "/verdictLabels/employer", "no employer label for " + verdict,
                        p -> ((ObjectNode) p).remove(verdict)));
            }
        }
        JsonNode nodes = root.path("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String at = "/nodes/" + i;
            String kind = node.path("kind").asText() + " " + node.path("verdict").asText();
            if (node.path("views").size() >= 2 && seen.add("one view " + kind)) {
                out.add(mutant(file, "tree", root, at + "/views", "one view left at " + at, p -> {
                    while (p.size() > 1) {
                        ((ArrayNode) p).remove(1);
                    }
                }));
            }
            if (node.path("kind").asText().equals("outcome") && !node.has("conditions")
                    && seen.add("empty conditions " + kind)) {
                out.add(mutant(file, "tree", root, at, "an empty conditions list at " + at,
                        p -> ((ObjectNode) p).putArray("conditions")));
            }
            if (node.path("kind").asText().equals("outcome") && !node.has("views") && seen.add("empty views " + kind)) {
                out.add(mutant(file, "tree", root, at, "an empty views list at " + at,
                        p -> ((ObjectNode) p).putArray("views")));
            }
        }
    }

    private static void set(JsonNode parent, String field, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set(field, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(field), value);
        }
    }

    /** A copy of root with {@code change} applied to the node at {@code path}. */
    private static Candidate mutant(String file, String schema, JsonNode root, String path, String what,
            Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        change.accept(copy.at(path));
        return new Candidate(file, schema, copy, what);
    }

    /** Every value below the root with its JSON pointer and its kind (the pointer with list positions as *). */
    private static void walk(JsonNode node, String path, String kind, java.util.function.BiConsumer<String, String> visit) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String p = path + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                String k = isText(e.getValue()) ? "/a text {nl, en}"
                        : kind + "/" + e.getKey() + kindOf(e.getKey(), e.getValue(), node);
                visit.accept(p, k);
                walk(e.getValue(), p, k, visit);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "/" + i;
                String k = isText(node.get(i)) ? "/a text {nl, en}" : kind + "/*";
                visit.accept(p, k);
                walk(node.get(i), p, k, visit);
            }
        }
    }

    /** Every text object {"nl", "en"} has the same rules wherever it stands: its first place stands for all. */
    private static boolean isText(JsonNode value) {
        return value.isObject() && value.size() == 2 && value.has("nl") && value.has("en");
    }

    /** Nodes of different kinds (question, outcome with its verdict) are places of different kinds. */
    private static String kindOf(String name, JsonNode value, JsonNode parent) {
        return parent.has("kind") && !name.equals("kind") ? "[" + parent.path("kind").asText() + " "
                + parent.path("verdict").asText() + "]" : "";
    }
}
