package nl.profielwijzer.advice;

import java.time.format.DateTimeFormatter;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Verdict;

/**
 * Renders a report as Markdown that also reads well as plain text: for the clipboard ("Copy advice"), for an
 * e-mail, and for the command line.
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
        out.append(ReportText.format(l, "report.tree", r.treeTitle(), r.treeVersion())).append("  \n");
        out.append(ReportText.format(l, "report.lawAsOf", DATE.withLocale(l.locale()).format(r.lawAsOf())))
                .append("\n\n");
        out.append("## ").append(ReportText.get(l, "report.question")).append("\n\n").append(r.headline())
                .append("\n\n");
        out.append("## ").append(ReportText.get(l, "report.verdict")).append(": ").append(r.verdictLabel())
                .append("\n\n");
        if (r.certainty() == Certainty.LIKELY && r.verdict() != Verdict.UNCLEAR) {
            out.append(ReportText.get(l, "report.certainty.likely")).append("\n\n");
        }
        out.append("**").append(r.title()).append("**\n\n").append(r.explanation()).append("\n\n");
        if (!r.conditions().isEmpty()) {
            out.append("### ").append(ReportText.get(l, "report.conditions")).append("\n\n");
            r.conditions().forEach(c -> out.append("- ").append(c).append('\n'));
            out.append('\n');
        }
        if (!r.views().isEmpty()) {
            out.append("### ").append(ReportText.get(l, "report.views")).append("\n\n");
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
        out.append("## ").append(ReportText.get(l, "report.steps")).append("\n\n");
        for (int i = 0; i < r.nextSteps().size(); i++) {
            out.append(i + 1).append(". ").append(r.nextSteps().get(i)).append('\n');
        }
        out.append('\n');
        out.append("## ").append(ReportText.get(l, "report.answers")).append("\n\n");
        r.answers().forEach(a -> out.append("- ").append(a.question()).append(" **").append(a.answer())
                .append("**\n"));
        out.append('\n');
        out.append("## ").append(ReportText.get(l, "report.changes")).append("\n\n");
        if (r.changes().isEmpty()) {
            out.append(ReportText.get(l, "report.changes.none")).append("\n\n");
        } else {
            r.changes().forEach(c -> out.append("- ").append(ReportText.format(l, "report.change", c.question(),
                    c.otherAnswer(), c.currentAnswer(), c.result())).append('\n'));
            out.append('\n');
        }
        out.append("## ").append(ReportText.get(l, "report.citations")).append("\n\n");
        r.citations().forEach(c -> reference(out, c));
        out.append('\n');
        if (!r.history().isEmpty()) {
            out.append("## ").append(ReportText.get(l, "report.history")).append("\n\n")
                    .append(ReportText.get(l, "report.history.note")).append("\n\n");
            r.history().forEach(c -> reference(out, c));
            out.append('\n');
        }
        out.append("_").append(r.disclaimer()).append("_\n");
        return out.toString();
    }

    /** One source: label and pinpoint, where a judgment stands (when not final), title and address. */
    private static void reference(StringBuilder out, AdviceReport.Reference c) {
        out.append("- ").append(c.citationText());
        if (c.standingNote() != null) {
            out.append(" (**").append(c.standingNote()).append("**)");
        }
        out.append(" — ").append(c.title()).append(" <").append(c.url()).append(">\n");
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");
}
