package nl.profielwijzer.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The core (tree, engine, advice, cli, files) never imports JavaFX, so the command line runs without a display. */
class NoJavaFxOutsideUiTest {
    @Test
    void onlyTheUiPackageUsesJavaFx() throws IOException {
        Path root = Path.of("src/main/java/nl/profielwijzer");
        Path ui = root.resolve("ui");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.startsWith(ui))
                    .filter(f -> {
                        try {
                            String code = Files.readString(f);
                            return code.contains("import javafx.") || code.contains("import org.controlsfx.");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(Path::toString).sorted().toList();
            assertEquals(List.of(), offenders);
        }
    }
}
