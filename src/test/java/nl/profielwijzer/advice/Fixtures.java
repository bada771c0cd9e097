package nl.profielwijzer.advice;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.LoadLimits;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/** The demo tree of the test fixtures and reports built from it. */
public final class Fixtures {
    public static final Path VALID = Path.of("src/test/resources/fixtures/valid");
    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 14, 5, 0, 0, ZoneId.of("Europe/Amsterdam"));

    private Fixtures() {
    }

    public static TreeLibrary library() {
        return new TreeLibraryLoader(LoadLimits.DEFAULT, NOW.toLocalDate()).loadDirectory(VALID);
    }

    public static Tree demo() {
        return library().tree("demo").orElseThrow();
    }

    /** A report for the answers, each "QUESTION=OPTION". */
    public static AdviceReport report(Language language, Role role, String... answers) {
        TreeLibrary library = library();
        Map<String, String> map = new LinkedHashMap<>();
        for (String a : answers) {
            String[] parts = a.split("=");
            map.put(parts[0], parts[1]);
        }
        Consultation c = Consultation.withAnswers(library.tree("demo").orElseThrow(), map);
        return AdviceReport.of(c, library.sources(), role, language, NOW);
    }

    static LocalDate today() {
        return NOW.toLocalDate();
    }
}
