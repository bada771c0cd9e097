package nl.profielwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.profielwijzer.Fixtures;

class CliTest {
    @TempDir
    Path dir;
    String trees;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void folder() {
        trees = Fixtures.folderWith(dir, Fixtures.demoText()).toString();
    }

    static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validateAcceptsAGoodFolder() {
        Result r = cli("validate", trees);
        assertEquals(ExitCode.OK, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("1 usable tree; 0 errors, 0 warnings"), r::err);
    }

    @Test
    void validateReportsEveryProblemAsFileLineColumn() throws Exception {
        Files.writeString(dir.resolve("demo.json"), Fixtures.demoText().replace("\"why\"", "\"wyh\"")
                .replace("\"next\": \"allowed\"", "\"next\": \"alowed\""));
        Result r = cli("validate", trees);
        assertEquals(ExitCode.PROBLEMS, r.code());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r::out); // the unknown field and the missing node
        for (String line : lines) {
            assertTrue(line.matches(".*demo\\.json:\\d+:\\d+: error: .+"), line);
        }
    }

    @Test
    void validateNamesASingleFileAndUsesTheRegisterBesideIt() {
        Result r = cli("validate", dir.resolve("demo.json").toString());
        assertEquals(ExitCode.OK, r.code(), r::toString);
    }

    @Test
    void validateRefusesAMissingPath() {
        assertEquals(ExitCode.USAGE, cli("validate", dir.resolve("nope").toString()).code());
    }

    @Test
    void treesListsIdTitleVersionAndDate() {
        Result r = cli("trees", "--trees", trees, "--lang", "en");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().matches("demo\\s+Demo\\s+1\\.0\\.0\\s+2026-11-22\\n"), r::out);
    }

    @Test
    void runWithAnswersMissingPrintsTheNextQuestionAndExits3() {
        Result r = cli("run", "demo", "--trees", trees, "--answer", "client=yes", "--lang", "en");
        assertEquals(ExitCode.NEEDS_ANSWERS, r.code());
        assertTrue(r.out().contains("Is it needed for the work?"), r::out);
        assertTrue(r.out().contains("--answer needed=partly"), r::out);
    }

    @Test
    void runPrintsTheOutcomeForTheRole() {
        Result r = cli("run", "demo", "--trees", trees, "--answer", "client=yes", "--answer", "needed=partly",
                "--role", "employer", "--lang", "en");
        assertEquals(ExitCode.OK, r.code(), r::toString);
        assertTrue(r.out().contains("Outcome: Yes, if"), r::out);
        assertTrue(r.out().contains("You inform the employee."), "conditions");
        assertTrue(r.out().contains("1. Inform."), "employer steps");
        assertTrue(r.out().contains("https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=660"), r::out);
        assertTrue(r.out().contains("art. 7:660 BW, lid 1"), "pinpoint");
        assertTrue(r.out().contains("Had you chosen \"No\" instead of \"Yes\""), "what would change");
    }

    @Test
    void runJsonIsTheDocumentedStableShape() throws Exception {
        Result r = cli("run", "demo", "--trees", trees, "--answer", "client=yes", "--answer", "needed=unsure",
                "--format", "json", "--lang", "en");
        assertEquals(ExitCode.OK, r.code(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("outcome", json.path("status").asText());
        assertEquals("depends", json.path("outcome").path("id").asText());
        assertEquals("unclear", json.path("outcome").path("verdict").asText());
        assertEquals("It depends", json.path("outcome").path("title").asText());
        assertEquals("law-1", json.path("outcome").path("citations").get(0).path("source").asText());
        assertTrue(json.path("outcome").path("citations").get(0).path("url").asText().startsWith("https://"));
        assertEquals(2, json.path("outcome").path("views").size());
        assertEquals("client", json.path("path").get(0).path("question").asText());
        assertEquals("yes", json.path("path").get(0).path("answer").asText());
        assertTrue(json.path("whatWouldChange").size() >= 2);
        assertEquals("needed", json.path("whatWouldChange").get(1).path("question").asText());
    }

    /** ADR 0007: every outcome says how sure it is; every judgment cited says where it stands. */
    @Test
    void runJsonGivesCertaintyAndTheStandingOfJudgments() throws Exception {
        Result r = cli("run", "social-media-at-work", "--answer", "topic=monitor", "--answer", "monitor-type=targeted",
                "--answer", "targeted-what=work", "--answer", "suspicion=yes", "--format", "json", "--lang", "en");
        assertEquals(ExitCode.OK, r.code(), r::toString);
        JsonNode outcome = new ObjectMapper().readTree(r.out()).path("outcome");
        assertEquals("likely", outcome.path("certainty").asText());
        assertEquals("Probably only under conditions", outcome.path("verdictLabel").asText()); // the employee, by default
        JsonNode appealed = null;
        for (JsonNode c : outcome.path("citations")) {
            if (c.path("source").asText().equals("ecli-rbmne-2021-6071")) {
                appealed = c;
            }
            if (c.path("kind").asText().equals("Case law")) {
                assertTrue(c.has("standing") && c.has("court") && c.has("decided"), c::toString);
            } else {
                assertTrue(!c.has("standing"), c::toString);
            }
        }
        assertEquals("appealed", appealed.path("standing").asText());
        assertEquals("Rb Midden-Nederland", appealed.path("court").asText());
        assertEquals("2021-12-16", appealed.path("decided").asText());
        assertEquals("appealed (ECLI:NL:GHARL:2022:6203); outcome unknown", appealed.path("standingNote").asText());
        assertEquals("ecli-rbams-2014-2751", outcome.path("history").get(0).path("source").asText());
        assertEquals("overtaken", outcome.path("history").get(0).path("standing").asText());
    }

    @Test
    void everyBundledOutcomeHasACertaintyInRunJson() throws Exception {
        Result r = cli("run", "linkedin", "--answer", "request=password", "--answer", "password-account=private",
                "--format", "json");
        assertEquals("settled", new ObjectMapper().readTree(r.out()).path("outcome").path("certainty").asText(),
                r::toString);
    }

    @Test
    void runJsonForAnOpenQuestion() throws Exception {
        Result r = cli("run", "demo", "--trees", trees, "--format", "json");
        assertEquals(ExitCode.NEEDS_ANSWERS, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("question", json.path("status").asText());
        assertEquals("client", json.path("question").path("id").asText());
        assertEquals("yes", json.path("question").path("options").get(0).path("id").asText());
        assertEquals(0, json.path("path").size());
    }

    @Test
    void unknownQuestionOptionOrOffPathAnswerIsAUsageErrorNamingTheChoices() {
        Result q = cli("run", "demo", "--trees", trees, "--answer", "klant=yes");
        assertEquals(ExitCode.USAGE, q.code());
        assertTrue(q.err().contains("its questions are: client, needed"), q::err);
        Result o = cli("run", "demo", "--trees", trees, "--answer", "client=maybe");
        assertEquals(ExitCode.USAGE, o.code());
        assertTrue(o.err().contains("choose one of: yes, no"), o::err);
        Result off = cli("run", "demo", "--trees", trees, "--answer", "client=no", "--answer", "needed=yes");
        assertEquals(ExitCode.USAGE, off.code());
        assertTrue(off.err().contains("is not on the path"), off::err);
        Result form = cli("run", "demo", "--trees", trees, "--answer", "client");
        assertEquals(ExitCode.USAGE, form.code());
    }

    @Test
    void unknownTreeCommandOrOptionIsAUsageError() {
        Result tree = cli("run", "nope", "--trees", trees);
        assertEquals(ExitCode.USAGE, tree.code());
        assertTrue(tree.err().contains("trees: demo"), tree::err);
        assertEquals(ExitCode.USAGE, cli("fly").code());
        assertEquals(ExitCode.USAGE, cli("run", "demo", "--trees", trees, "--colour", "red").code());
        assertEquals(ExitCode.USAGE, cli("run", "demo", "--trees", trees, "--role", "boss").code());
        assertEquals(ExitCode.USAGE, cli("run", "demo", "--trees", trees, "--lang", "de").code());
    }

    @Test
    void treeMayBeGivenAsAFile() {
        Result r = cli("run", dir.resolve("demo.json").toString(), "--answer", "client=no", "--lang", "nl");
        assertEquals(ExitCode.OK, r.code(), r::toString);
        assertTrue(r.out().contains("Uitkomst: Nee, dat hoeft niet"), r::out);
        assertTrue(r.out().contains("€ 10.000 — “echt”"), "Unicode survives");
    }

    @Test
    void aBrokenTreeFileExitsWithItsProblems() throws Exception {
        Files.writeString(dir.resolve("demo.json"), "{");
        Result r = cli("run", dir.resolve("demo.json").toString());
        assertEquals(ExitCode.PROBLEMS, r.code());
        assertTrue(r.err().contains("demo.json:1:"), r::err);
    }

    @Test
    void aTreeWithErrorsInTheFolderIsNamedWithItsProblems() throws Exception {
        Files.writeString(dir.resolve("demo.json"), Fixtures.demoText().replace("\"next\": \"allowed\"",
                "\"next\": \"alowed\""));
        Result r = cli("run", "demo", "--trees", trees);
        assertEquals(ExitCode.PROBLEMS, r.code(), r::toString);
        assertTrue(r.err().contains("cannot be used because"), r::err);
        assertTrue(r.err().contains("demo.json:"), r::err);
    }

    @Test
    void helpAndVersion() {
        Result help = cli("--help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().contains("  validate  ") && help.out().contains("  run       "));
        assertTrue(cli("--version").out().startsWith("profielwijzer "));
    }

    @Test
    void everyCommandHasItsOwnHelpWithExit0() {
        for (String command : new String[] {"validate", "trees", "run", "check", "export", "review"}) {
            Result r = cli(command, "--help");
            assertEquals(ExitCode.OK, r.code(), command);
            assertTrue(r.out().startsWith("Usage: profielwijzer " + command), r::out);
            assertEquals("", r.err(), command);
        }
    }

    @Test
    void aMistypedCommandOrOptionSuggestsTheRightOneAndExits2() {
        Result command = cli("valdate");
        assertEquals(ExitCode.USAGE, command.code());
        assertTrue(command.err().contains("unknown command 'valdate'"), command::err);
        assertTrue(command.err().contains("Did you mean: profielwijzer validate"), command::err);
        Result option = cli("--versoin");
        assertEquals(ExitCode.USAGE, option.code());
        assertTrue(option.err().contains("--version"), option::err);
        Result sub = cli("run", "demo", "--trees", trees, "--anwser", "client=yes");
        assertEquals(ExitCode.USAGE, sub.code());
        assertTrue(sub.err().contains("--answer"), sub::err);
    }

    @Test
    void anOptionIsNeverTakenAsTheValueOfAnother() {
        Path pdf = dir.resolve("--lang");
        Result r = cli("export", "demo", "--trees", trees, "--answer", "client=no", "--pdf", "--lang", "en");
        assertEquals(ExitCode.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("Expected parameter for option '--pdf' but found '--lang'"), r::err);
        assertTrue(!Files.exists(pdf) && !Files.exists(Path.of("--lang")), "no file named --lang");
    }

    @Test
    void anEmptyTreesFolderIsRefusedNotTakenAsTheCurrentFolder() {
        Result r = cli("trees", "--trees=");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("'--trees': the name is empty"), r::err);
    }

    @Test
    void theShellCompletionScriptNamesTheCommandsAndTheirChoices() {
        Result r = cli("generate-completion");
        assertEquals(ExitCode.OK, r.code(), r::err);
        assertTrue(r.out().contains("complete -F _complete_profielwijzer"), "a bash completion script");
        assertTrue(r.out().contains("validate") && r.out().contains("review"), "the commands");
        assertTrue(r.out().contains("(\"employer\" \"employee\")"), "the choices of --role");
    }

    /** The README shows the real help: the whole top-level help and each command's synopsis. */
    @Test
    void theReadmeShowsTheHelpAsItIs() throws Exception {
        String readme = Files.readString(Path.of("README.md")).replace("\r\n", "\n");
        String start = "$ profielwijzer --help\n";
        int at = readme.indexOf(start);
        assertTrue(at > 0, "README shows profielwijzer --help");
        String shown = readme.substring(at + start.length(), readme.indexOf("```", at));
        assertEquals(cli("--help").out(), shown);
        for (String command : new String[] {"validate", "trees", "run", "check", "export", "review"}) {
            StringBuilder synopsis = new StringBuilder();
            for (String line : cli(command, "--help").out().split("\n")) {
                if (synopsis.length() > 0 && !line.startsWith(" ")) {
                    break;
                }
                synopsis.append(synopsis.length() > 0 ? "\n" : "").append(line);
            }
            assertTrue(readme.contains("```\n" + synopsis + "\n```"), "README shows the synopsis of " + command
                    + ":\n" + synopsis);
        }
    }
}
