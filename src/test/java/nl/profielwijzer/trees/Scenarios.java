package nl.profielwijzer.trees;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The scenario files in src/test/resources/scenarios (format in the README there). */
final class Scenarios {
    /**
     * @param certainty settled or likely, or null when the scenario does not say
     * @param history   sources the outcome must name as history (and so not cite as support)
     */
    record Scenario(String file, String tree, String name, Map<String, String> answers, String outcome,
            String verdict, List<String> cites, String certainty, List<String> history) {
        @Override
        public String toString() {
            return tree + ": " + name;
        }
    }

    private Scenarios() {
    }

    static List<Path> files() {
        try {
            Path dir = Path.of(Scenarios.class.getResource("/scenarios").toURI());
            try (Stream<Path> list = Files.list(dir)) {
                return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Scenario> all() {
        List<Scenario> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files()) {
            try (InputStream in = Files.newInputStream(file)) {
                JsonNode root = json.readTree(in);
                String tree = root.path("tree").asText();
                for (JsonNode s : root.path("scenarios")) {
                    Map<String, String> answers = new LinkedHashMap<>();
                    s.path("answers").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue().asText()));
                    List<String> cites = new ArrayList<>();
                    s.path("expect").path("cites").forEach(c -> cites.add(c.asText()));
                    List<String> history = new ArrayList<>();
                    s.path("expect").path("history").forEach(c -> history.add(c.asText()));
                    JsonNode certainty = s.path("expect").path("certainty");
                    out.add(new Scenario(file.getFileName().toString(), tree, s.path("name").asText(), answers,
                            s.path("expect").path("outcome").asText(), s.path("expect").path("verdict").asText(),
                            cites, certainty.isTextual() ? certainty.asText() : null, history));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
