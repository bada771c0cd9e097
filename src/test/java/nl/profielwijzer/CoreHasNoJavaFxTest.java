package nl.profielwijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The command line and the exports must run without a display: no JavaFX below tree, engine, advice, cli, files. */
class CoreHasNoJavaFxTest {
    @Test
    void noCorePackageImportsJavaFx() throws IOException {
        Path root = Path.of("src/main/java/nl/profielwijzer");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> Stream.of("tree", "engine", "advice", "cli", "files")
                            .anyMatch(pkg -> p.startsWith(root.resolve(pkg))))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("javafx.");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
