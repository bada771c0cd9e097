package nl.profielwijzer.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.profielwijzer.advice.CombinedAdviceReport;
import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.LoadLimits;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/**
 * Benchmarks of the core, run with {@code mvn -Pbenchmark verify} (not a test: nothing here asserts a time).
 * Every figure is a median and is also given as a ratio to a baseline measured in the same run, because these
 * machines are shared and noisy. Prints a Markdown table; docs/benchmarks.md keeps the last results.
 *
 * <ul>
 * <li>Validation of generated trees of 1k, 10k and 100k nodes (read + check), against Jackson's plain
 * {@code readTree} of the same file: the baseline is the least any JSON loader must do.</li>
 * <li>What-would-change for the longest path of each bundled tree, against building that consultation.</li>
 * <li>The whole-company check over all six bundled topics: what-would-change and the combined advice (the
 * conclusion), against building that combined consultation ({@link #combined}).</li>
 * </ul>
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    /**
     * @param args the folder to write the table to, and optionally a label for the JVM configuration (the file is
     *             then called benchmarks-LABEL.md)
     */
    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("pw-bench");
        StringBuilder md = new StringBuilder();
        md.append("| nodes | file | Jackson readTree (baseline) | validate (read + check) | ratio | per 1k nodes |\n");
        md.append("|---:|---:|---:|---:|---:|---:|\n");
        ObjectMapper jackson = new ObjectMapper();
        for (int nodes : new int[] {1_001, 10_001, 100_001}) {
            Path dir = Files.createDirectories(work.resolve("n" + nodes));
            Files.writeString(dir.resolve("sources.json"), "{\"sources\": [{\"id\": \"law-1\", \"kind\": \"statute\","
                    + " \"label\": \"art. 1\", \"title\": {\"nl\": \"a\", \"en\": \"a\"},"
                    + " \"summary\": {\"nl\": \"b\", \"en\": \"b\"},"
                    + " \"url\": \"https://wetten.overheid.nl/BWBR0005290\"}]}");
            Path file = dir.resolve("generated.json");
            Files.writeString(file, generate(nodes));
            TreeLibraryLoader loader = new TreeLibraryLoader(LoadLimits.BENCHMARK, LocalDate.of(2026, 11, 22));
            TreeLibrary check = loader.loadDirectory(dir);
            if (check.hasErrors() || check.trees().size() != 1) {
                throw new IllegalStateException("generated tree is not valid: " + check.problems().subList(0,
                        Math.min(5, check.problems().size())));
            }
            int runs = nodes >= 100_000 ? 7 : nodes >= 10_000 ? 41 : 201;
            double baseline = medianMillis(runs, () -> {
                try {
                    return jackson.readTree(file.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            double validate = medianMillis(runs, () -> loader.loadDirectory(dir));
            md.append(String.format("| %,d | %,d KB | %.1f ms | %.1f ms | %.2f× | %.3f ms |%n", nodes,
                    Files.size(file) / 1024, baseline, validate, validate / baseline, validate / (nodes / 1000.0)));
        }
        Path bundledDir = Path.of("trees");
        if (Files.isDirectory(bundledDir)) {
            List<Path> files;
            try (var list = Files.list(bundledDir)) {
                files = list.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json"))
                        .toList();
            }
            double baseline = medianMillis(41, () -> {
                files.forEach(f -> {
                    try {
                        jackson.readTree(f.toFile());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                return files;
            });
            TreeLibraryLoader loader = new TreeLibraryLoader();
            double validate = medianMillis(41, () -> loader.loadDirectory(bundledDir));
            md.append(String.format("| bundled trees/ (%d files) | – | %.1f ms | %.1f ms | %.2f× | – |%n",
                    files.size(), baseline, validate, validate / baseline));
        }
        md.append("\n| bundled tree | path length | build consultation (baseline) | what-would-change | ratio |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        TreeLibrary bundled = new TreeLibraryLoader().loadBundled();
        for (Tree tree : bundled.trees()) {
            Map<String, String> answers = longestPath(tree);
            double baseline = medianMillis(201, () -> Consultation.withAnswers(tree, answers));
            Consultation done = Consultation.withAnswers(tree, answers);
            double change = medianMillis(201, done::whatWouldChange);
            md.append(String.format("| %s | %d | %.3f ms | %.3f ms | %.2f× |%n", tree.id(), done.path().size(), baseline,
                    change, change / baseline));
        }
        combined(bundled, md);
        System.out.println(md);
        String name = args.length > 1 ? "benchmarks-" + args[1] + ".md" : "benchmarks.md";
        Path out = args.length > 0 ? Path.of(args[0]).resolve(name) : work.resolve(name);
        Files.writeString(out, md.toString());
        System.out.println("written to " + out);
    }

    /**
     * The whole-company check over every bundled topic, on a long walk (each topic's longest path where the
     * shared facts allow, else the first option): building the combined consultation (baseline), what-would-change
     * over all topics, and the combined advice as the conclusion screen, the PDF and the copy build it.
     */
    public static void combined(TreeLibrary bundled, StringBuilder md) {
        List<Tree> topics = bundled.trees();
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (Tree tree : topics) {
            longestPath(tree).forEach((q, o) -> answers.putIfAbsent(
                    CombinedConsultation.key(tree, tree.question(q).orElseThrow()), o));
        }
        CombinedConsultation done = CombinedConsultation.withAnswers(topics, bundled.facts(), answers);
        while (!done.isFinished()) {
            CombinedConsultation.Prompt p = done.frontier().orElseThrow();
            done = done.answer(p.key(), p.question().options().get(0).id());
        }
        Map<String, String> store = done.answers();
        CombinedConsultation finished = done;
        double baseline = medianMillis(201, () -> CombinedConsultation.withAnswers(topics, bundled.facts(), store));
        double change = medianMillis(201, finished::whatWouldChange);
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now();
        double conclusion = medianMillis(201, () -> CombinedAdviceReport.of(finished, bundled.sources(), Role.EMPLOYEE,
                Language.NL, now));
        md.append("\n| whole-company check | topics | questions on the walk | build combined consultation (baseline)"
                + " | what-would-change | ratio | conclusion (combined advice) | ratio |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format("| all bundled topics | %d | %d | %.3f ms | %.3f ms | %.2f× | %.3f ms | %.2f× |%n",
                topics.size(), finished.path().size(), baseline, change, change / baseline, conclusion,
                conclusion / baseline));
    }

    /** A tree in heap layout: question i has options to 2i+1 and 2i+2; the nodes past the middle are outcomes. */
    public static String generate(int nodes) {
        StringBuilder s = new StringBuilder(nodes * 420);
        s.append("{\"id\": \"generated\", \"version\": \"1\", \"lawAsOf\": \"2026-11-22\", \"reviewBefore\":"
                + " \"2027-11-21\", \"title\": {\"nl\": \"Gegenereerd\", \"en\": \"Generated\"}, \"headline\":"
                + " {\"employer\": {\"nl\": \"Mag ik?\", \"en\": \"May I?\"}, \"employee\": {\"nl\": \"Moet ik?\","
                + " \"en\": \"Must I?\"}}, \"start\": \"n0\", \"nodes\": [\n");
        int questions = (nodes - 1) / 2;
        String[] verdicts = {"yes", "no", "yes-if", "unclear"};
        for (int i = 0; i < nodes; i++) {
            if (i > 0) {
                s.append(",\n");
            }
            if (i < questions) {
                s.append("{\"kind\": \"question\", \"id\": \"n").append(i).append("\", \"text\": {\"nl\": \"Vraag ")
                        .append(i).append("?\", \"en\": \"Question ").append(i).append("?\"}, \"why\": {\"nl\": \"Omdat.\","
                                + " \"en\": \"Because.\"}, \"options\": [{\"id\": \"a\", \"label\": {\"nl\": \"Ja\", \"en\":"
                                + " \"Yes\"}, \"next\": \"n").append(2 * i + 1).append("\"}, {\"id\": \"b\", \"label\":"
                                + " {\"nl\": \"Nee\", \"en\": \"No\"}, \"next\": \"n").append(2 * i + 2).append("\"}]}");
            } else {
                String verdict = verdicts[i % 4];
                s.append("{\"kind\": \"outcome\", \"id\": \"n").append(i).append("\", \"verdict\": \"").append(verdict)
                        .append("\", \"certainty\": \"settled\", \"title\": {\"nl\": \"Uitkomst\", \"en\": \"Outcome\"}, \"explanation\": {\"nl\":"
                                + " \"Uitleg.\", \"en\": \"Explanation.\"}, ");
                if (verdict.equals("yes-if")) {
                    s.append("\"conditions\": [{\"nl\": \"Als.\", \"en\": \"If.\"}], ");
                }
                if (verdict.equals("unclear")) {
                    s.append("\"views\": [{\"holder\": {\"nl\": \"A\", \"en\": \"A\"}, \"position\": {\"nl\": \"Ja\","
                            + " \"en\": \"Yes\"}, \"citations\": [{\"source\": \"law-1\"}]}, {\"holder\": {\"nl\": \"B\","
                            + " \"en\": \"B\"}, \"position\": {\"nl\": \"Nee\", \"en\": \"No\"}, \"citations\":"
                            + " [{\"source\": \"law-1\"}]}], ");
                }
                s.append("\"steps\": {\"employer\": [{\"nl\": \"Doe dit.\", \"en\": \"Do this.\"}], \"employee\": [{\"nl\":"
                        + " \"Doe dat.\", \"en\": \"Do that.\"}]}, \"citations\": [{\"source\": \"law-1\", \"pinpoint\":"
                        + " \"lid 1\"}]}");
            }
        }
        s.append("\n]}\n");
        return s.toString();
    }

    /** Answers that follow the option leading to the most questions. */
    static Map<String, String> longestPath(Tree tree) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        Node node = tree.startNode().orElseThrow();
        while (node instanceof Question q) {
            Option best = q.options().get(0);
            int bestDepth = -1;
            for (Option o : q.options()) {
                int d = depth(tree, o.next());
                if (d > bestDepth) {
                    bestDepth = d;
                    best = o;
                }
            }
            answers.put(q.id(), best.id());
            node = tree.nodes().get(best.next());
        }
        return answers;
    }

    private static int depth(Tree tree, String id) {
        Node node = tree.nodes().get(id);
        if (!(node instanceof Question q)) {
            return 0;
        }
        int max = 0;
        for (Option o : q.options()) {
            max = Math.max(max, depth(tree, o.next()));
        }
        return max + 1;
    }

    /** Median wall time of {@code runs} runs after as many warm-up runs. */
    static double medianMillis(int runs, Supplier<?> work) {
        List<Object> sink = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            sink.add(work.get());
            if (sink.size() > 2) {
                sink.clear();
            }
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink.add(work.get());
            times[i] = (System.nanoTime() - start) / 1e6;
            if (sink.size() > 2) {
                sink.clear();
            }
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
