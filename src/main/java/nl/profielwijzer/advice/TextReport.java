package nl.profielwijzer.advice;

import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Verdict;

/**
 * Renders a report as Markdown that also reads well as plain text: for the clipboard ("Copy advice"), for an
 * e-mail, and for the command line. The single-topic advice and the combined advice of a whole-company check
 * share their sections; a topic's sections sit one heading level deeper in the combined advice.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String render(AdviceReport r) {
        Language l = r.language();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(ReportText.get(l, "report.heading")).append(": ").append(r.treeTitle()).append("\n\n");
        out.append(ReportText.format(l, "report.created", DATE_TIME.withLocale(l.locale()).format(r.createdAt())))
                .append("  \n");
        out.append(ReportText.format(l, "report.role", ReportText.roleName(l, r.role()))).append("  \n");
        treeLines(out, r);
        out.append("## ").append(ReportText.get(l, "report.question")).append("\n\n").append(r.headline())
                .append("\n\n");
        conclusion(out, r, "##");
        steps(out, l, r.nextSteps());
        answers(out, r, "##");
        changes(out, r, "##");
        sources(out, l, r.citations(), r.history());
        out.append("_").append(r.disclaimer()).append("_\n");
        return out.toString();
    }

    /**
     * Renders the combined advice of a whole-company check: a summary table (topic → answer), each topic's
     * conclusion with its answers and what would change it, one merged list of next steps, and one list of sources.
     */
    public static String render(CombinedAdviceReport r) {
        Language l = r.language();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(ReportText.get(l, "report.combined.heading")).append("\n\n");
        out.append(ReportText.format(l, "report.created", DATE_TIME.withLocale(l.locale()).format(r.createdAt())))
                .append("  \n");
        out.append(ReportText.format(l, "report.role", ReportText.roleName(l, r.role()))).append("\n\n");
        out.append("## ").append(ReportText.get(l, "report.combined.summary")).append("\n\n");
        out.append("| ").append(ReportText.get(l, "report.combined.topic")).append(" | ")
                .append(ReportText.get(l, "report.verdict")).append(" |\n|---|---|\n");
        for (CombinedAdviceReport.TopicSummary row : r.summary()) {
            out.append("| ").append(cell(row.treeTitle())).append(" | **").append(cell(row.verdictLabel()))
                    .append("** — ").append(cell(row.title())).append(" |\n");
        }
        out.append('\n');
        for (AdviceReport topic : r.topics()) {
            out.append("## ").append(topic.treeTitle()).append("\n\n");
            treeLines(out, topic);
            out.append(topic.headline()).append("\n\n");
            conclusion(out, topic, "###");
            answers(out, topic, "###");
            changes(out, topic, "###");
        }
        steps(out, l, r.nextSteps());
        sources(out, l, r.sources(), r.history());
        out.append("_").append(r.disclaimer()).append("_\n");
        return out.toString();
    }

    private static void treeLines(StringBuilder out, AdviceReport r) {
        Language l = r.language();
        out.append(ReportText.format(l, "report.tree", r.treeTitle(), r.treeVersion())).append("  \n");
        out.append(ReportText.format(l, "report.lawAsOf", DATE.withLocale(l.locale()).format(r.lawAsOf())))
                .append("\n\n");
    }

    /** The verdict, how sure it is, the outcome's title and explanation, conditions and contested views. */
    private static void conclusion(StringBuilder out, AdviceReport r, String level) {
        Language l = r.language();
        out.append(level).append(' ').append(ReportText.get(l, "report.verdict")).append(": ")
                .append(r.verdictLabel()).append("\n\n");
        if (r.certainty() == Certainty.LIKELY && r.verdict() != Verdict.UNCLEAR) {
            out.append(ReportText.get(l, "report.certainty.likely")).append("\n\n");
        }
        out.append("**").append(r.title()).append("**\n\n").append(r.explanation()).append("\n\n");
        if (!r.conditions().isEmpty()) {
            out.append(level).append("# ").append(ReportText.get(l, "report.conditions")).append("\n\n");
            r.conditions().forEach(c -> out.append("- ").append(c).append('\n'));
            out.append('\n');
        }
        if (!r.views().isEmpty()) {
            out.append(level).append("# ").append(ReportText.get(l, "report.views")).append("\n\n");
            for (AdviceReport.ContestedView v : r.views()) {
                out.append("- **").append(v.holder()).append("**: ").append(v.position());
                if (!v.sources().isEmpty()) {
                    out.append(" (").append(String.join("; ", v.sources().stream()
                            .map(AdviceReport.Reference::citationWithStanding).toList())).append(')');
                }
                out.append('\n');
            }
            out.append('\n');
        }
    }

    private static void steps(StringBuilder out, Language l, List<String> steps) {
        out.append("## ").append(ReportText.get(l, "report.steps")).append("\n\n");
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        out.append('\n');
    }

    private static void answers(StringBuilder out, AdviceReport r, String level) {
        out.append(level).append(' ').append(ReportText.get(r.language(), "report.answers")).append("\n\n");
        r.answers().forEach(a -> out.append("- ").append(a.question()).append(" **").append(a.answer())
                .append("**\n"));
        out.append('\n');
    }

    private static void changes(StringBuilder out, AdviceReport r, String level) {
        Language l = r.language();
        out.append(level).append(' ').append(ReportText.get(l, "report.changes")).append("\n\n");
        if (r.changes().isEmpty()) {
            out.append(ReportText.get(l, "report.changes.none")).append("\n\n");
        } else {
            r.changes().forEach(c -> out.append("- ").append(ReportText.format(l, "report.change", c.question(),
                    c.otherAnswer(), c.currentAnswer(), c.result())).append('\n'));
            out.append('\n');
            if (r.changesNeedMoreQuestions()) {
                out.append(ReportText.get(l, "report.changes.moreNote")).append("\n\n");
            }
        }
    }

    /** The sources, then judgments mentioned only as history (never as support). */
    private static void sources(StringBuilder out, Language l, List<AdviceReport.Reference> citations,
            List<AdviceReport.Reference> history) {
        out.append("## ").append(ReportText.get(l, "report.citations")).append("\n\n");
        citations.forEach(c -> reference(out, c));
        out.append('\n');
        if (!history.isEmpty()) {
            out.append("## ").append(ReportText.get(l, "report.history")).append("\n\n")
                    .append(ReportText.get(l, "report.history.note")).append("\n\n");
            history.forEach(c -> reference(out, c));
            out.append('\n');
        }
    }

    /** One source: label and pinpoint, where a judgment stands (when not final), title and address. */
    private static void reference(StringBuilder out, AdviceReport.Reference c) {
        out.append("- ").append(c.citationText());
        if (c.standingNote() != null) {
            out.append(" (**").append(c.standingNote()).append("**)");
        }
        out.append(" — ").append(c.title()).append(" <").append(c.url()).append(">\n  ").append(c.summary())
                .append('\n');
    }

    /** A Markdown table cell: no pipe or line break can end it early. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s+", " ");
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");
}
