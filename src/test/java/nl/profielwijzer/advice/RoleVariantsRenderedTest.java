package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.TreeLibrary;

/** The advice shows each role the tree's wording for that role, and the neutral text where there is none. */
class RoleVariantsRenderedTest {
    @TempDir
    Path dir;

    private static String role(String nl, String en) {
        return "{\"nl\": \"" + nl + "\", \"en\": \"" + en + "\"}";
    }

    private AdviceReport report(Role role, Language language) {
        String text = nl.profielwijzer.Fixtures.demoText()
                .replace("\"title\": {\"nl\": \"Mag niet\", \"en\": \"Not allowed\"}",
                        "\"title\": {\"nl\": \"Mag niet\", \"en\": \"Not allowed\", \"employer\": "
                                + role("U mag het niet eisen", "You may not require it") + ", \"employee\": "
                                + role("U hoeft niet mee te werken", "You need not cooperate") + "}")
                .replace("\"text\": {\"nl\": \"Heeft u contact met klanten?\", \"en\": \"Do you deal with clients?\"}",
                        "\"text\": {\"nl\": \"Heeft u contact met klanten?\", \"en\": \"Do you deal with clients?\","
                                + " \"employer\": " + role("Heeft de werknemer klantcontact?", "Does the employee deal"
                                + " with clients?") + ", \"employee\": " + role("Heeft u klantcontact?",
                                "Do you deal with clients?") + "}");
        TreeLibrary library = nl.profielwijzer.Fixtures.load(nl.profielwijzer.Fixtures.folderWith(dir, text));
        assertEquals(List.of(), library.problems());
        Consultation c = Consultation.withAnswers(library.tree("demo").orElseThrow(), Map.of("client", "no"));
        return AdviceReport.of(c, library.sources(), role, language, Fixtures.NOW);
    }

    @Test
    void eachRoleReadsItsOwnWording() {
        assertEquals("You may not require it", report(Role.EMPLOYER, Language.EN).title());
        assertEquals("U hoeft niet mee te werken", report(Role.EMPLOYEE, Language.NL).title());
        assertEquals("Heeft de werknemer klantcontact?", report(Role.EMPLOYER, Language.NL).answers().get(0).question());
        assertEquals("It is not needed.", report(Role.EMPLOYER, Language.EN).explanation(), "no variant: neutral");
        assertTrue(TextReport.render(report(Role.EMPLOYER, Language.EN)).contains("**You may not require it**"));
    }
}
