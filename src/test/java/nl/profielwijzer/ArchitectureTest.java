package nl.profielwijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core packages must not use JavaFX (in imports or in names written out in full), so the command line runs without a display and the core is tested in
 * milliseconds; and data flows one way: tree → engine → advice → cli/ui.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/nl/profielwijzer");

    private static List<String> violations(String pkg, String... forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        Path folder = SOURCES.resolve(pkg);
        assertTrue(Files.isDirectory(folder), folder + " exists");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                boolean inComment = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    // Code only: imports and names written out in full both count; comments do not.
                    if (inComment || line.startsWith("/*")) {
                        inComment = !line.contains("*/");
                        continue;
                    }
                    String code = line.startsWith("//") ? "" : line.replaceAll("//.*$", "");
                    for (String f : forbidden) {
                        if (code.matches(".*\\b" + java.util.regex.Pattern.quote(f) + ".*")) {
                            out.add(file + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tree", "engine", "advice", "cli", "files"})
    void corePackagesDoNotUseJavaFx(String pkg) throws IOException {
        assertEquals(List.of(), violations(pkg, "javafx.", "org.controlsfx.", "nl.profielwijzer.ui"));
    }

    @org.junit.jupiter.api.Test
    void dataFlowsOneWay() throws IOException {
        assertEquals(List.of(), violations("tree", "nl.profielwijzer.engine", "nl.profielwijzer.advice",
                "nl.profielwijzer.cli"));
        assertEquals(List.of(), violations("engine", "nl.profielwijzer.advice", "nl.profielwijzer.cli"));
        assertEquals(List.of(), violations("advice", "nl.profielwijzer.cli"));
    }
}
