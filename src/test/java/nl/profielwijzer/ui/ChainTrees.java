package nl.profielwijzer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a folder of test trees with one generated topic: {@code n} questions in a chain (each "yes" leads to the
 * next, each "no" to an outcome of its own), so a test can walk a long path or open a map too large to draw.
 * The register and glossary are those of the GUI fixtures.
 */
final class ChainTrees {
    private ChainTrees() {
    }

    /** A folder with the tree {@code chain} of {@code n} questions and {@code n + 1} outcomes. */
    static Path write(Path dir, int n) throws IOException {
        for (String f : new String[] {"sources.json", "glossary.json"}) {
            Files.copy(TestDesktop.GUI_TREES.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        StringBuilder nodes = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            String next = i == n ? "end" : "q" + (i + 1);
            nodes.append("""
                    {"kind": "question", "id": "q%1$d",
                     "text": {"nl": "Vraag %1$d: heeft de werknemer in zijn werk direct contact met klanten of leveranciers?",
                              "en": "Question %1$d: does the employee deal directly with clients or suppliers at work?"},
                     "options": [
                       {"id": "yes", "label": {"nl": "Ja, dagelijks en met veel verschillende klanten", "en": "Yes, daily and with many different clients"}, "next": "%2$s"},
                       {"id": "no", "label": {"nl": "Nee", "en": "No"}, "next": "out%1$d"}
                     ]},
                    %3$s,
                    """.formatted(i, next, outcome("out" + i, "no")));
        }
        nodes.append(outcome("end", "yes"));
        String tree = """
                {
                  "id": "chain", "version": "1.0.0", "lawAsOf": "2026-11-22", "reviewBefore": "2027-11-21",
                  "title": {"nl": "Keten", "en": "Chain"},
                  "headline": {"employer": {"nl": "Mag ik het eisen?", "en": "May I require it?"},
                               "employee": {"nl": "Moet ik meewerken?", "en": "Must I cooperate?"}},
                  "start": "q1",
                  "goodNews": {"employer": ["yes"], "employee": ["no"]},
                  "nodes": [
                %s
                  ]
                }
                """.formatted(nodes);
        Files.writeString(dir.resolve("chain.json"), tree);
        return dir;
    }

    private static String outcome(String id, String verdict) {
        return """
                {"kind": "outcome", "id": "%s", "verdict": "%s", "certainty": "settled",
                 "title": {"nl": "Uitkomst", "en": "Outcome"},
                 "explanation": {"nl": "Uitleg.", "en": "Explanation."},
                 "steps": {"employer": [{"nl": "Stap.", "en": "Step."}], "employee": [{"nl": "Stap.", "en": "Step."}]},
                 "citations": [{"source": "law-1"}]}""".formatted(id, verdict);
    }
}
