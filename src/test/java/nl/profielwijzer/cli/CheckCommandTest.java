package nl.profielwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code check}: the whole-company check on the command line, on the bundled trees. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "profile,photo,social-media-at-work,linkedin";

    /** Answers each next question with its first option until every topic has an outcome. */
    private static List<String> walkToTheEnd(String topics, String role) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", topics, "--format", "json", "--role", role));
        for (int i = 0; i < 100; i++) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            JsonNode doc = JSON.readTree(run.out());
            if (run.code() == ExitCode.OK) {
                return args;
            }
            assertEquals(ExitCode.NEEDS_ANSWERS, run.code(), run.err());
            assertEquals("question", doc.get("status").asText());
            JsonNode q = doc.get("question");
            assertTrue(q.hasNonNull("topic"), "the open question names its topic or 'shared'");
            args.add("--answer");
            args.add(q.get("id").asText() + "=" + q.get("options").get(0).get("id").asText());
        }
        throw new AssertionError("the check did not end");
    }

    @Test
    void theSeedCaseEndsInOneVerdictPerTopicWithSharedFactsAskedOnce() throws Exception {
        for (String role : List.of("employee", "employer")) {
            List<String> args = walkToTheEnd(SEED, role);
            CliRun done = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCode.OK, done.code(), done.err());
            JsonNode doc = JSON.readTree(done.out());
            assertEquals("outcome", doc.get("status").asText());
            assertEquals(4, doc.get("topics").size());
            for (JsonNode topic : doc.get("topics")) {
                assertTrue(topic.get("outcome").hasNonNull("verdict"), topic.toString());
                assertTrue(topic.get("tree").hasNonNull("lawAsOf"));
            }
            assertTrue(doc.get("nextSteps").size() > 0);
            Set<String> answered = new HashSet<>();
            for (JsonNode step : doc.get("path")) {
                assertTrue(answered.add(step.get("answer").asText()), "asked twice: " + step);
            }
            assertTrue(doc.get("path").get(0).get("topic").asText().equals("shared"),
                    "the shared facts come first");
        }
    }

    @Test
    void theTextFormShowsTheSummaryEachTopicAndOneListOfSteps() throws Exception {
        List<String> args = walkToTheEnd(SEED, "employee");
        args.set(args.indexOf("json"), "text");
        args.add("--lang");
        args.add("en");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("# Advice on several topics"), run.out());
        assertTrue(run.out().contains("## Summary"));
        assertEquals(1, run.out().split("\n## What can you do now?", -1).length - 1, "one merged list of next steps");
    }

    @Test
    void anOpenCheckPrintsTheNextQuestionWithItsTopicAndExits3() {
        CliRun run = CliRun.of("check", SEED, "--lang", "en");
        assertEquals(ExitCode.NEEDS_ANSWERS, run.code());
        assertTrue(run.out().startsWith("Topic: For all topics"), run.out());
        assertTrue(run.out().contains("--answer "), run.out());
    }

    @Test
    void badTopicsAndAnswersAreUsageErrorsThatNameTheChoices() {
        CliRun unknown = CliRun.of("check", "profile,nope");
        assertEquals(ExitCode.USAGE, unknown.code());
        assertTrue(unknown.err().contains("unknown topic \"nope\""), unknown.err());
        assertEquals(ExitCode.USAGE, CliRun.of("check", "profile,profile").code());
        assertEquals(ExitCode.USAGE, CliRun.of("check", "profile,").code());
        CliRun badOption = CliRun.of("check", SEED, "--answer", "agreed-in-advance=maybe");
        assertEquals(ExitCode.USAGE, badOption.code());
        assertTrue(badOption.err().contains("choose one of: yes, no, unknown"), badOption.err());
        CliRun noSuch = CliRun.of("check", SEED, "--answer", "no-such-question=yes");
        assertEquals(ExitCode.USAGE, noSuch.code());
    }

    @Test
    void withPdfTheCombinedAdviceIsWrittenAsOnePdfAtomically(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<String> args = walkToTheEnd(SEED, "employee");
        java.nio.file.Path pdf = dir.resolve("advies.pdf");
        args.add("--pdf");
        args.add(pdf.toString());
        args.add("--lang");
        args.add("nl");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.code(), run.err());
        JSON.readTree(run.out()); // stdout stays one JSON document
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Advies over meerdere onderwerpen"), text);
            for (String topic : List.of("Profiel", "Foto")) {
                assertTrue(text.contains(topic), topic + " in " + text);
            }
        }
    }

    @Test
    void aPdfThatCannotBeWrittenExits4AndLeavesTheOldFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<String> args = walkToTheEnd(SEED, "employee");
        args.add("--pdf");
        args.add(dir.resolve("no-such-folder").resolve("advies.pdf").toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.WRITE_FAILED, run.code(), run.err());
        assertTrue(run.err().contains("advies.pdf"), run.err());
    }
}
