package nl.profielwijzer.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.advice.ReportText;
import nl.profielwijzer.advice.TextReport;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.engine.Progress;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code run TREE --answer Q=O ...}: the outcome (exit 0) or the next open question (exit 3). The JSON form is
 * the stable {@link RunDocument} described in the README.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answers a tree from the command line and prints the outcome (exit 0), or the next open "
            + "question with its --answer choices (exit 3)."})
final class RunCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private Cli cli;

    @Mixin
    private CliOptions.Consultation consultation = new CliOptions.Consultation();

    @picocli.CommandLine.Option(names = "--format", paramLabel = "text|json",
            description = "Output format (default: text); json is described in the README.")
    private CliOptions.Format format = CliOptions.Format.text;

    @Override
    public Integer call() throws UsageError, Library.Failed, JsonProcessingException {
        Terminal terminal = cli.terminal();
        ConsultationRequest request = ConsultationRequest.from(consultation, terminal);
        Consultation c = request.consultation();
        AdviceReport report = c.hasOutcome() ? request.report() : null;
        if (format == CliOptions.Format.json) {
            terminal.out().println(JSON.writeValueAsString(RunDocument.of(request, report)));
        } else if (report != null) {
            terminal.out().print(TextReport.render(report));
        } else {
            printQuestion((Question) c.frontier(), c, request.language(), request.role(), terminal);
        }
        return report != null ? ExitCode.OK : ExitCode.NEEDS_ANSWERS;
    }

    /**
     * The next question with one {@code --answer} line per option, in the role's wording where the tree gives one;
     * the progress goes to standard error.
     */
    static void printQuestion(Question q, Consultation c, Language l, Role role, Terminal terminal) {
        Progress p = c.progress();
        terminal.out().println(ReportText.get(l, "report.question.next") + " (" + q.id() + "): "
                + q.text().in(l, role));
        q.whyWeAsk().ifPresent(why -> terminal.out().println(ReportText.get(l, "report.question.why") + " "
                + why.in(l, role)));
        terminal.out().println(ReportText.get(l, "report.question.options") + ":");
        for (Option o : q.options()) {
            terminal.out().println("  --answer " + q.id() + "=" + o.id() + "   " + o.label().in(l, role));
        }
        terminal.err().println(p.answered() + " answered; " + p.fewestToGo() + "–" + p.mostToGo() + " to go");
    }
}
