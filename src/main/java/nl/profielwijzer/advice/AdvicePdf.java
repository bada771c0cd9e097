package nl.profielwijzer.advice;

import static nl.profielwijzer.advice.PdfStyles.BODY;
import static nl.profielwijzer.advice.PdfStyles.KICKER;
import static nl.profielwijzer.advice.PdfStyles.LINK_SMALL;
import static nl.profielwijzer.advice.PdfStyles.SMALL;
import static nl.profielwijzer.advice.PdfStyles.STANDING;
import static nl.profielwijzer.advice.PdfStyles.STRONG;
import static nl.profielwijzer.advice.PdfStyles.bullet;
import static nl.profielwijzer.advice.PdfStyles.heading;
import static nl.profielwijzer.advice.PdfStyles.numbered;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.profielwijzer.advice.pdf.Paragraph;
import nl.profielwijzer.advice.pdf.PdfFlow;
import nl.profielwijzer.advice.pdf.PdfFlow.BoxStyle;
import nl.profielwijzer.advice.pdf.PdfFlow.PageFrame;
import nl.profielwijzer.advice.pdf.PdfFonts;
import nl.profielwijzer.advice.pdf.Span;
import nl.profielwijzer.advice.pdf.Tag;
import nl.profielwijzer.advice.pdf.TextStyle;
import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Verdict;

/**
 * The advice as a PDF to print or send: A4, DejaVu Sans embedded, the verdict in a coloured box, page numbers, a
 * running header from page 2, and clickable citation links. Sections in the order of {@link TextReport}. The
 * combined advice of a whole-company check ({@link CombinedAdviceReport}) uses the same sections per topic.
 */
public final class AdvicePdf {
    private static final TextStyle VERDICT = new TextStyle(true, 16f, PdfStyles.INK, 1.3f);
    private static final TextStyle OUTCOME_TITLE = new TextStyle(true, 11.5f, PdfStyles.INK, 1.4f);
    private static final TextStyle SUMMARY = SMALL.color(PdfStyles.INK);
    private static final TextStyle HEADLINE = new TextStyle(false, 12.5f, PdfStyles.INK, 1.4f);
    private static final TextStyle VIEWS_KICKER = KICKER.color(VerdictColors.of(nl.profielwijzer.tree.Verdict.UNCLEAR)
            .text());

    private AdvicePdf() {
    }

    /**
     * Writes the report to a file atomically: an existing file is replaced only when the new one is complete.
     *
     * @return the number of pages
     * @throws IOException when the file cannot be written (the folder is missing or read-only, the disk is full)
     */
    public static int write(AdviceReport report, Path target) throws IOException {
        return PdfWriting.write(target, metadata(report), (flow, fonts) -> layOut(report, flow));
    }

    /** Writes the report to the stream, which stays open; returns the number of pages. */
    public static int write(AdviceReport report, OutputStream out) throws IOException {
        return PdfWriting.write(out, metadata(report), (flow, fonts) -> layOut(report, flow));
    }

    /** The report as PDF bytes (for printing or a preview). */
    public static byte[] bytes(AdviceReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out);
        return out.toByteArray();
    }

    /**
     * Writes the combined advice of a whole-company check to a file atomically: a summary (topic → verdict in
     * its colour), each topic's conclusion with the sections of the single advice, one merged list of next steps
     * and one list of sources.
     *
     * @return the number of pages
     * @throws IOException when the file cannot be written
     */
    public static int write(CombinedAdviceReport report, Path target) throws IOException {
        return PdfWriting.write(target, metadata(report), (flow, fonts) -> layOut(report, flow));
    }

    /** Writes the combined advice to the stream, which stays open; returns the number of pages. */
    public static int write(CombinedAdviceReport report, OutputStream out) throws IOException {
        return PdfWriting.write(out, metadata(report), (flow, fonts) -> layOut(report, flow));
    }

    /** The combined advice as PDF bytes (for printing). */
    public static byte[] bytes(CombinedAdviceReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out);
        return out.toByteArray();
    }

    private static PdfWriting.Metadata metadata(AdviceReport r) {
        Language l = r.language();
        return new PdfWriting.Metadata(ReportText.get(l, "report.heading") + ": " + r.treeTitle(),
                r.headline() + " " + r.verdictLabel() + " — " + r.title(), l, r.createdAt());
    }

    private static PdfWriting.Metadata metadata(CombinedAdviceReport r) {
        Language l = r.language();
        String subject = String.join("; ", r.summary().stream()
                .map(row -> row.treeTitle() + ": " + row.verdictLabel()).toList());
        return new PdfWriting.Metadata(ReportText.get(l, "report.combined.heading"), subject, l, r.createdAt());
    }

    private static PageFrame layOut(AdviceReport r, PdfFlow flow) {
        Language l = r.language();
        String created = TextReport.DATE_TIME.withLocale(l.locale()).format(r.createdAt());
        flow.paragraph(Paragraph.of(ReportText.get(l, "report.heading").toUpperCase(l.locale()), KICKER));
        flow.paragraph(Paragraph.of(r.treeTitle(), PdfStyles.TITLE).before(4).tag(Tag.H1));
        flow.paragraph(Paragraph.of(ReportText.format(l, "report.created", created) + "  ·  "
                + ReportText.format(l, "report.role", ReportText.roleName(l, r.role())), SMALL).before(8));
        treeLine(r, flow);
        flow.rule(PdfStyles.RULE, 0.75f, 10, 4);

        conclusion(r, flow);
        steps(l, r.nextSteps(), flow);
        answersAndChanges(r, flow);
        sources(l, r.citations(), r.history(), flow);
        disclaimer(r.disclaimer(), flow);
        return frame(l, r.treeTitle(), r.createdAt());
    }

    private static PageFrame layOut(CombinedAdviceReport r, PdfFlow flow) {
        Language l = r.language();
        String created = TextReport.DATE_TIME.withLocale(l.locale()).format(r.createdAt());
        String heading = ReportText.get(l, "report.combined.heading");
        flow.paragraph(Paragraph.of(ReportText.get(l, "report.heading").toUpperCase(l.locale()), KICKER));
        flow.paragraph(Paragraph.of(heading, PdfStyles.TITLE).before(4).tag(Tag.H1));
        flow.paragraph(Paragraph.of(ReportText.format(l, "report.created", created) + "  ·  "
                + ReportText.format(l, "report.role", ReportText.roleName(l, r.role())), SMALL).before(8));
        flow.rule(PdfStyles.RULE, 0.75f, 10, 4);

        heading(flow, ReportText.get(l, "report.combined.summary"));
        for (CombinedAdviceReport.TopicSummary row : r.summary()) {
            VerdictColors colors = VerdictColors.of(row.verdict());
            flow.paragraph(bullet(Span.of(row.treeTitle() + ": ", STRONG),
                    Span.of(row.verdictLabel(), STRONG.color(colors.text())), Span.of(" — " + row.title(), BODY)));
        }
        for (AdviceReport topic : r.topics()) {
            flow.paragraph(Paragraph.of(topic.treeTitle(), PdfStyles.TITLE.size(16f))
                    .before(PdfStyles.SECTION_GAP + 8).tag(Tag.H2));
            treeLine(topic, flow);
            conclusion(topic, flow);
            answersAndChanges(topic, flow);
        }
        steps(l, r.nextSteps(), flow);
        sources(l, r.sources(), r.history(), flow);
        disclaimer(r.disclaimer(), flow);
        return frame(l, heading, r.createdAt());
    }

    /** "Tree: title, version …  ·  Law as of …" under a title. */
    private static void treeLine(AdviceReport r, PdfFlow flow) {
        Language l = r.language();
        flow.paragraph(Paragraph.of(ReportText.format(l, "report.tree", r.treeTitle(), r.treeVersion()) + "  ·  "
                + ReportText.format(l, "report.lawAsOf", TextReport.DATE.withLocale(l.locale()).format(r.lawAsOf())),
                SMALL));
    }

    /** The question, the verdict box, the explanation, conditions and contested views. */
    private static void conclusion(AdviceReport r, PdfFlow flow) {
        Language l = r.language();
        flow.paragraph(Paragraph.of(ReportText.get(l, "report.question").toUpperCase(l.locale()), KICKER)
                .before(PdfStyles.SECTION_GAP));
        flow.paragraph(Paragraph.of(r.headline(), HEADLINE).before(2));
        verdict(r, flow);
        paragraphs(r.explanation(), flow, 10);
        if (!r.conditions().isEmpty()) {
            heading(flow, ReportText.get(l, "report.conditions"));
            r.conditions().forEach(c -> flow.paragraph(bullet(Span.of(c, BODY))));
        }
        if (!r.views().isEmpty()) {
            views(r, flow);
        }
    }

    private static void steps(Language l, List<String> steps, PdfFlow flow) {
        heading(flow, ReportText.get(l, "report.steps"));
        for (int i = 0; i < steps.size(); i++) {
            flow.paragraph(numbered(i + 1, Span.of(steps.get(i), BODY)));
        }
    }

    /** The answers given, then what would change the outcome. */
    private static void answersAndChanges(AdviceReport r, PdfFlow flow) {
        Language l = r.language();
        heading(flow, ReportText.get(l, "report.answers"));
        for (int i = 0; i < r.answers().size(); i++) {
            AdviceReport.Answer a = r.answers().get(i);
            flow.together(List.of(numbered(i + 1, Span.of(a.question(), BODY)),
                    Paragraph.of(Span.of(ReportText.get(l, "report.answer") + " ", SMALL), Span.of(a.answer(), STRONG))
                            .indent(PdfStyles.LIST_INDENT).tag(Tag.IN_ITEM)));
        }
        heading(flow, ReportText.get(l, "report.changes"));
        if (r.changes().isEmpty()) {
            flow.paragraph(Paragraph.of(ReportText.get(l, "report.changes.none"), BODY));
        } else {
            r.changes().forEach(c -> flow.paragraph(bullet(Span.of(ReportText.format(l, "report.change", c.question(),
                    c.otherAnswer(), c.currentAnswer(), c.result()), BODY))));
            if (r.changesNeedMoreQuestions()) {
                flow.paragraph(Paragraph.of(ReportText.get(l, "report.changes.moreNote"), SMALL));
            }
        }
    }

    /** The sources, then judgments named only as history. */
    private static void sources(Language l, List<AdviceReport.Reference> citations,
            List<AdviceReport.Reference> history, PdfFlow flow) {
        heading(flow, ReportText.get(l, "report.citations"));
        for (AdviceReport.Reference c : citations) {
            flow.together(citation(c));
        }
        if (!history.isEmpty()) {
            heading(flow, ReportText.get(l, "report.history"));
            flow.paragraph(Paragraph.of(ReportText.get(l, "report.history.note"), SMALL));
            for (AdviceReport.Reference c : history) {
                flow.together(citation(c));
            }
        }
    }

    private static void disclaimer(String text, PdfFlow flow) {
        flow.box(List.of(Paragraph.of(text, SMALL.color(PdfStyles.INK)).before(PdfStyles.SECTION_GAP + 6)),
                new BoxStyle(PdfStyles.PANEL, PdfStyles.PANEL, 0, 9), true);
    }

    private static PageFrame frame(Language l, String title, java.time.ZonedDateTime createdAt) {
        return new PageFrame(title, TextReport.DATE.withLocale(l.locale()).format(createdAt), 2,
                (page, pages) -> ReportText.format(l, "report.page", page, pages),
                PdfStyles.FRAME, PdfStyles.RULE);
    }

    private static void verdict(AdviceReport r, PdfFlow flow) {
        VerdictColors colors = VerdictColors.of(r.verdict());
        List<Paragraph> content = new ArrayList<>(List.of(
                Paragraph.of(ReportText.get(r.language(), "report.verdict").toUpperCase(r.language().locale()),
                        KICKER.color(colors.text())),
                Paragraph.of(r.verdictLabel(), VERDICT.color(colors.text())).before(2).tag(Tag.H2),
                Paragraph.of(r.title(), OUTCOME_TITLE).before(2)));
        if (r.certainty() == Certainty.LIKELY && r.verdict() != Verdict.UNCLEAR) {
            content.add(Paragraph.of(ReportText.get(r.language(), "report.certainty.likely"), SMALL.color(PdfStyles.INK))
                    .before(4));
        }
        BoxStyle box = new BoxStyle(colors.tint(), colors.accent(), 5, 11);
        flow.box(withGap(content, 12), box, true);
    }

    /** Text with line breaks as separate paragraphs. */
    private static void paragraphs(String text, PdfFlow flow, float before) {
        boolean first = true;
        for (String part : text.split("\\R")) {
            if (!part.isBlank()) {
                flow.paragraph(Paragraph.of(part.strip(), BODY).before(first ? before : 6));
                first = false;
            }
        }
    }

    private static List<Paragraph> withGap(List<Paragraph> content, float gap) {
        List<Paragraph> out = new ArrayList<>(content);
        out.set(0, out.get(0).before(gap));
        return out;
    }

    private static void views(AdviceReport r, PdfFlow flow) {
        Language l = r.language();
        heading(flow, ReportText.get(l, "report.views"));
        List<Paragraph> content = new ArrayList<>();
        content.add(Paragraph.of(ReportText.get(l, "report.contested").toUpperCase(l.locale()), VIEWS_KICKER));
        content.add(Paragraph.of(ReportText.get(l, "report.views.note"), SMALL.color(PdfStyles.INK)).before(2));
        for (AdviceReport.ContestedView v : r.views()) {
            content.add(bullet(Span.of(v.holder() + ": ", STRONG), Span.of(v.position(), BODY)).before(6));
            if (!v.sources().isEmpty()) {
                content.add(Paragraph.of(ReportText.format(l, "report.sources", String.join("; ", v.sources().stream()
                        .map(AdviceReport.Reference::citationWithStanding).toList())), SMALL).indent(PdfStyles.LIST_INDENT)
                        .tag(Tag.IN_ITEM));
            }
        }
        VerdictColors amber = VerdictColors.of(nl.profielwijzer.tree.Verdict.UNCLEAR);
        flow.box(content, new BoxStyle(amber.tint(), amber.accent(), 3, 9), false);
    }

    /**
     * Label and pinpoint, title and kind, where a judgment stands when it is not final (in words), what the source
     * says (its summary), then the full address as a link.
     */
    static List<Paragraph> citation(AdviceReport.Reference c) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.of(Span.of(c.citationText(), STRONG), Span.of(" — " + c.title(), BODY),
                Span.of("  (" + c.kind() + ")", SMALL)).before(7));
        if (c.standingNote() != null) {
            out.add(Paragraph.of(Span.of(c.standingNote(), STANDING)));
        }
        out.add(Paragraph.of(c.summary(), SUMMARY).before(1));
        out.add(Paragraph.of(Span.link(c.url(), LINK_SMALL, c.url())).before(1));
        return out;
    }
}
