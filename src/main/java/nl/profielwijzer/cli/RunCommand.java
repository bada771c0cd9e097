package nl.profielwijzer.cli;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.advice.ReportText;
import nl.profielwijzer.advice.TextReport;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.engine.Progress;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;

/**
 * {@code run TREE --answer Q=O ...}: the outcome (exit 0) or the next open question (exit 3). The JSON form is
 * a stable document described in the README.
 */
final class RunCommand implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String usage() {
        return "run TREE --answer QUESTION_ID=OPTION_ID ... [--role employer|employee] [--lang nl|en]"
                + " [--format text|json] [--trees DIR]";
    }

    @Override
    public String summary() {
        return "Answers a tree from the command line and prints the outcome, or the next open question.";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageError {
        Arguments args = ConsultationRequest.parse(argList, "format");
        boolean json = Output.isJson(args);
        ConsultationRequest request;
        try {
            request = ConsultationRequest.from(args, terminal);
        } catch (Library.Failed e) {
            return e.exitCode;
        }
        Consultation c = request.consultation();
        AdviceReport report = c.hasOutcome() ? request.report() : null;
        if (json) {
            terminal.out().println(toJson(request, report).toPrettyString());
        } else if (report != null) {
            terminal.out().print(TextReport.render(report));
        } else {
            printQuestion((Question) c.frontier(), c, request.language(), terminal);
        }
        return report != null ? ExitCode.OK : ExitCode.NEEDS_ANSWERS;
    }

    static void printQuestion(Question q, Consultation c, Language l, Terminal terminal) {
        Progress p = c.progress();
        terminal.out().println(ReportText.get(l, "report.question.next") + " (" + q.id() + "): " + q.text().in(l));
        q.whyWeAsk().ifPresent(why -> terminal.out().println(ReportText.get(l, "report.question.why") + " "
                + why.in(l)));
        terminal.out().println(ReportText.get(l, "report.question.options") + ":");
        for (Option o : q.options()) {
            terminal.out().println("  --answer " + q.id() + "=" + o.id() + "   " + o.label().in(l));
        }
        terminal.err().println(p.answered() + " answered; " + p.fewestToGo() + "–" + p.mostToGo() + " to go");
    }

    static ObjectNode toJson(ConsultationRequest request, AdviceReport report) {
        Consultation c = request.consultation();
        Tree tree = c.tree();
        Language l = request.language();
        ObjectNode root = JSON.createObjectNode();
        root.put("status", report != null ? "outcome" : "question");
        ObjectNode t = root.putObject("tree");
        t.put("id", tree.id()).put("version", tree.version()).put("title", tree.title().in(l))
                .put("lawAsOf", tree.lawAsOf().toString());
        root.put("role", request.role().code());
        root.put("language", l.code());
        root.put("headline", tree.headlineFor(request.role()).in(l));
        ArrayNode path = root.putArray("path");
        c.path().forEach(s -> path.addObject().put("question", s.question().id()).put("answer", s.option().id())
                .put("questionText", s.question().text().in(l)).put("answerText", s.option().label().in(l)));
        Progress p = c.progress();
        root.putObject("progress").put("answered", p.answered()).put("fewestToGo", p.fewestToGo())
                .put("mostToGo", p.mostToGo());
        if (report != null) {
            ObjectNode o = root.putObject("outcome");
            o.put("id", report.outcomeId()).put("verdict", report.verdict().code())
                    .put("verdictLabel", report.verdictLabel()).put("title", report.title())
                    .put("explanation", report.explanation());
            ArrayNode conditions = o.putArray("conditions");
            report.conditions().forEach(conditions::add);
            ArrayNode views = o.putArray("views");
            report.views().forEach(v -> {
                ObjectNode view = views.addObject().put("holder", v.holder()).put("position", v.position());
                citations(view.putArray("citations"), v.sources());
            });
            ArrayNode steps = o.putArray("nextSteps");
            report.nextSteps().forEach(steps::add);
            citations(o.putArray("citations"), report.citations());
            ArrayNode changes = root.putArray("whatWouldChange");
            report.changes().forEach(ch -> {
                ObjectNode change = changes.addObject().put("question", ch.questionId()).put("instead", ch.optionId())
                        .put("result", ch.result());
                ArrayNode verdicts = change.putArray("verdicts");
                ch.verdicts().stream().sorted().forEach(v -> verdicts.add(v.code()));
            });
        } else {
            root.putArray("whatWouldChange");
            Question q = (Question) c.frontier();
            ObjectNode question = root.putObject("question");
            question.put("id", q.id()).put("text", q.text().in(l));
            q.whyWeAsk().ifPresent(w -> question.put("why", w.in(l)));
            ArrayNode opts = question.putArray("options");
            q.options().forEach(o -> opts.addObject().put("id", o.id()).put("label", o.label().in(l)));
        }
        return root;
    }

    private static void citations(ArrayNode out, List<AdviceReport.Reference> references) {
        references.forEach(r -> {
            ObjectNode n = out.addObject().put("source", r.sourceId()).put("kind", r.kind()).put("label", r.label());
            if (r.pinpoint() != null) {
                n.put("pinpoint", r.pinpoint());
            }
            n.put("title", r.title()).put("url", r.url());
        });
    }
}
