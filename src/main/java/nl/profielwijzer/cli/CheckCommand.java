package nl.profielwijzer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.profielwijzer.advice.AdvicePdf;
import nl.profielwijzer.advice.CombinedAdviceReport;
import nl.profielwijzer.advice.ReportText;
import nl.profielwijzer.advice.TextReport;
import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.engine.Progress;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check TOPIC[,TOPIC...] --answer ID=OPTION ...}: the whole-company check. Shared facts are answered once
 * for all topics. Prints the combined advice (exit 0) or the next open question with its topic (exit 3);
 * {@code --pdf FILE} then also writes the combined advice as a PDF, atomically (exit 4 when it cannot be written).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks several topics at once (e.g. profile,photo,linkedin): shared facts are asked once, "
            + "and one combined advice is printed (exit 0), or the next open question with its topic (exit 3)."})
final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private Cli cli;

    @Parameters(index = "0", paramLabel = "TOPIC[,TOPIC...]",
            description = "Topic ids separated by commas (see 'profielwijzer trees').")
    private String topics;

    @picocli.CommandLine.Option(names = "--answer", paramLabel = "ID=OPTION_ID",
            converter = CliOptions.AnswerText.class,
            description = "An answer: a shared fact id, a question id, or TOPIC/QUESTION when several topics "
                + "have that question. Repeat for each answer.")
    private List<CliOptions.Answer> answers = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--role", paramLabel = "employer|employee",
            converter = CliOptions.RoleCode.class, completionCandidates = CliOptions.RoleCode.class,
            description = "Whose wording and next steps are shown (default: employee).")
    private nl.profielwijzer.tree.Role role = nl.profielwijzer.tree.Role.EMPLOYEE;

    @Mixin
    private CliOptions.Lang lang = new CliOptions.Lang();

    @Mixin
    private CliOptions.Trees trees = new CliOptions.Trees();

    @picocli.CommandLine.Option(names = "--format", paramLabel = "text|json",
            description = "Output format (default: text); json is described in the README.")
    private CliOptions.Format format = CliOptions.Format.text;

    @picocli.CommandLine.Option(names = "--pdf", paramLabel = "FILE", converter = CliOptions.FileName.class,
            description = "When every topic has an outcome, also write the combined advice as a PDF (replaced only "
                + "by a complete new file).")
    private Path pdf;

    @Override
    public Integer call() throws UsageError, JsonProcessingException {
        Terminal terminal = cli.terminal();
        CheckRequest request = CheckRequest.from(List.of(topics.split(",", -1)), answers, role, lang.language(), trees);
        CombinedConsultation c = request.combined();
        CombinedAdviceReport report = c.isFinished() ? request.report() : null;
        if (format == CliOptions.Format.json) {
            terminal.out().println(JSON.writeValueAsString(CheckDocument.of(request, report)));
        } else if (report != null) {
            terminal.out().print(TextReport.render(report));
        } else {
            printQuestion(c, request.language(), request.role(), terminal);
        }
        if (report == null) {
            return ExitCode.NEEDS_ANSWERS;
        }
        if (pdf != null) {
            try {
                int pages = AdvicePdf.write(report, pdf);
                // The JSON document stays the only thing on stdout.
                (format == CliOptions.Format.json ? terminal.err() : terminal.out()).println("Saved the advice to "
                        + pdf + " (" + pages + (pages == 1 ? " page)" : " pages)"));
            } catch (IOException e) {
                return WriteFailure.report("check", pdf, e, terminal);
            }
        }
        return ExitCode.OK;
    }

    /** The next question, its topic, and one {@code --answer} line per option; the progress goes to stderr. */
    private static void printQuestion(CombinedConsultation c, Language l, nl.profielwijzer.tree.Role role,
            Terminal terminal) {
        CombinedConsultation.Prompt prompt = c.frontier().orElseThrow();
        String topic = prompt.topic().map(t -> t.title().in(l, role)).orElse(ReportText.get(l, "report.combined.shared"));
        String id = CheckRequest.answerId(prompt.key());
        terminal.out().println(ReportText.get(l, "report.combined.topic") + ": " + topic);
        terminal.out().println(ReportText.get(l, "report.question.next") + " (" + id + "): "
                + prompt.question().text().in(l, role));
        prompt.question().whyWeAsk().ifPresent(why -> terminal.out().println(
                ReportText.get(l, "report.question.why") + " " + why.in(l, role)));
        terminal.out().println(ReportText.get(l, "report.question.options") + ":");
        for (Option o : prompt.question().options()) {
            terminal.out().println("  --answer " + id + "=" + o.id() + "   " + o.label().in(l, role));
        }
        Progress p = c.progress();
        terminal.err().println(p.answered() + " answered; " + p.fewestToGo() + "–" + p.mostToGo() + " to go");
    }
}
