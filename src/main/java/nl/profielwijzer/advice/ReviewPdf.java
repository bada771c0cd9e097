package nl.profielwijzer.advice;

import static nl.profielwijzer.advice.PdfStyles.BODY;
import static nl.profielwijzer.advice.PdfStyles.KICKER;
import static nl.profielwijzer.advice.PdfStyles.LINK_SMALL;
import static nl.profielwijzer.advice.PdfStyles.SMALL;
import static nl.profielwijzer.advice.PdfStyles.STRONG;
import static nl.profielwijzer.advice.PdfStyles.SUBHEADING;
import static nl.profielwijzer.advice.PdfStyles.bullet;
import static nl.profielwijzer.advice.PdfStyles.heading;
import static nl.profielwijzer.advice.PdfStyles.numbered;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.profielwijzer.advice.pdf.Paragraph;
import nl.profielwijzer.advice.pdf.PdfFlow;
import nl.profielwijzer.advice.pdf.PdfFlow.BoxStyle;
import nl.profielwijzer.advice.pdf.PdfFlow.PageFrame;
import nl.profielwijzer.advice.pdf.Span;
import nl.profielwijzer.advice.pdf.Tag;
import nl.profielwijzer.advice.pdf.TextStyle;
import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Citation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Source;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;
import nl.profielwijzer.tree.View;

/**
 * A whole tree as a PDF for the lawyer who checks it: the headline question and verdict wording per role, then
 * every question (with why we ask), option (with where it leads, clickable), and outcome (verdict, explanation,
 * conditions, views, next steps for both roles, citations with their addresses) in {@link ReadingOrder}, then the
 * sources used. In one language, or Dutch and English side by side in two columns.
 */
public final class ReviewPdf {
    private static final float GUTTER = 18f;
    private static final TextStyle NUMBER = new TextStyle(true, 12f, PdfStyles.ACCENT, 1.3f);
    private static final TextStyle NODE_KIND = new TextStyle(false, 10f, PdfStyles.MUTED, 1.3f);
    private static final TextStyle JUMP = STRONG.color(PdfStyles.LINK);
    private static final TextStyle WARNING = STRONG.color(VerdictColors.of(Verdict.NO).text());

    private final Tree tree;
    private final Map<String, Source> register;
    private final ReviewLanguages languages;
    private final ReadingOrder order;
    private final PdfFlow flow;
    private final Map<String, List<Step>> incoming = new LinkedHashMap<>();

    /** One way into a node: the question and the option that lead there. */
    private record Step(Question question, Option option) {
    }

    private ReviewPdf(Tree tree, Map<String, Source> register, ReviewLanguages languages, PdfFlow flow) {
        this.tree = tree;
        this.register = register;
        this.languages = languages;
        this.order = ReadingOrder.of(tree);
        this.flow = flow;
        for (Node node : order.nodes()) {
            if (node instanceof Question q) {
                q.options().forEach(o -> incoming.computeIfAbsent(o.next(), k -> new ArrayList<>()).add(new Step(q, o)));
            }
        }
    }

    /** Writes the review atomically and returns the number of pages. */
    public static int write(Tree tree, Map<String, Source> register, ReviewLanguages languages, Path target)
            throws IOException {
        return PdfWriting.write(target, metadata(tree, languages),
                (flow, fonts) -> new ReviewPdf(tree, register, languages, flow).layOut());
    }

    /** Writes the review to the stream, which stays open; returns the number of pages. */
    public static int write(Tree tree, Map<String, Source> register, ReviewLanguages languages, OutputStream out)
            throws IOException {
        return PdfWriting.write(out, metadata(tree, languages),
                (flow, fonts) -> new ReviewPdf(tree, register, languages, flow).layOut());
    }

    private static PdfWriting.Metadata metadata(Tree tree, ReviewLanguages languages) {
        Language l = languages.primary();
        return new PdfWriting.Metadata(ReportText.get(l, "review.kicker") + ": " + tree.title().in(l),
                tree.id() + " " + tree.version(), l, ZonedDateTime.now());
    }

    private PageFrame layOut() {
        Language p = languages.primary();
        flow.paragraph(Paragraph.of(label("review.kicker").toUpperCase(p.locale()), KICKER));
        flow.paragraph(Paragraph.of(tree.title().in(p), PdfStyles.TITLE).before(4).tag(Tag.H1));
        if (languages == ReviewLanguages.BOTH && !tree.title().en().equals(tree.title().nl())) {
            flow.paragraph(Paragraph.of(tree.title().en(), SUBHEADING.color(PdfStyles.MUTED)));
        }
        flow.paragraph(Paragraph.of(ReportText.format(p, "review.meta", tree.id(), tree.version(),
                TextReport.DATE.withLocale(p.locale()).format(tree.lawAsOf()),
                TextReport.DATE.withLocale(p.locale()).format(tree.reviewBefore())), SMALL).before(8));
        bilingual(l -> List.of(Paragraph.of(ReportText.get(l, "review.intro"), SMALL.color(PdfStyles.INK)).before(8)));
        flow.rule(PdfStyles.RULE, 0.75f, 10, 2);
        if (languages == ReviewLanguages.BOTH) {
            bilingual(l -> List.of(Paragraph.of(ReportText.get(l, "review.language").toUpperCase(l.locale()), KICKER)
                    .before(8)));
        }

        heading(flow, label("review.headlines"));
        for (Role role : Role.values()) {
            bilingual(l -> headline(role, l));
        }

        heading(flow, label("review.nodes"));
        boolean unreachableShown = false;
        for (Node node : order.nodes()) {
            if (!order.isReachable(node.id()) && !unreachableShown) {
                heading(flow, label("review.unreachable"));
                unreachableShown = true;
            }
            flow.rule(PdfStyles.RULE, 0.5f, 12, 0);
            if (node instanceof Question q) {
                question(q);
            } else if (node instanceof Outcome o) {
                outcome(o);
            }
        }

        register();
        return new PageFrame(label("review.kicker") + ": " + tree.title().in(p), tree.id() + " " + tree.version(), 2,
                (page, pages) -> ReportText.format(p, "report.page", page, pages), PdfStyles.FRAME, PdfStyles.RULE);
    }

    private List<Paragraph> headline(Role role, Language l) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.of(ReportText.format(l, "review.headline", ReportText.roleName(l, role)), STRONG).before(10));
        out.add(Paragraph.of(tree.headlineFor(role).in(l), BODY));
        for (Verdict v : Verdict.values()) {
            for (Certainty c : v == Verdict.UNCLEAR ? List.of(Certainty.SETTLED) : List.of(Certainty.values())) {
                out.add(Paragraph.of(Span.of(ReportText.verdictWord(l, v, c) + ": ", SMALL),
                        Span.of(AdviceReport.verdictLabel(tree, role, v, c, l), BODY))
                        .marker(Span.of("■", BODY.color(VerdictColors.of(v).accent())), PdfStyles.LIST_INDENT)
                        .before(2));
            }
        }
        return out;
    }

    private void question(Question q) {
        nodeHeading(q, "review.question");
        bilingual(l -> {
            List<Paragraph> out = new ArrayList<>();
            out.add(Paragraph.of(q.text().in(l), SUBHEADING).before(4));
            out.addAll(roleVariants(q.text(), l));
            q.whyWeAsk().ifPresent(why -> out.add(Paragraph.of(Span.of(ReportText.get(l, "review.why") + " ", SMALL),
                    Span.of(why.in(l), SMALL.color(PdfStyles.INK))).before(3)));
            q.whyWeAsk().ifPresent(why -> out.addAll(roleVariants(why, l)));
            return out;
        });
        reachedFrom(q);
        for (Option option : q.options()) {
            bilingual(l -> {
                List<Paragraph> out = new ArrayList<>();
                out.add(bullet(Span.of(option.label().in(l), STRONG), Span.of(" (" + option.id() + ")"
                        + (option.unknown() ? " · " + ReportText.get(l, "review.unknownOption") : "") + "  → ",
                        SMALL), Span.jump("#" + order.number(option.next()), JUMP, anchor(option.next())),
                        Span.of(" " + destination(option.next(), l), BODY)).before(5));
                out.addAll(roleVariants(option.label(), l));
                return out;
            });
        }
    }

    private String destination(String nodeId, Language l) {
        Node node = tree.nodes().get(nodeId);
        if (node instanceof Question next) {
            return next.text().in(l);
        } else if (node instanceof Outcome o) {
            return ReportText.verdictWord(l, o.verdict(), o.certainty()) + " — " + o.title().in(l);
        }
        return ReportText.format(l, "review.missingNode", nodeId);
    }

    private void outcome(Outcome o) {
        nodeHeading(o, "review.outcome");
        VerdictColors colors = VerdictColors.of(o.verdict());
        List<Paragraph> box = new ArrayList<>();
        for (Language l : languages.languages()) {
            box.add(Paragraph.of(Span.of(ReportText.verdictWord(l, o.verdict(), o.certainty()).toUpperCase(l.locale())
                    + "  ", STRONG.color(colors.text())), Span.of(o.title().in(l), STRONG),
                    Span.of("  (" + ReportText.get(l, "certainty." + o.certainty().code()) + ")", SMALL))
                    .before(box.isEmpty() ? 6 : 2));
            box.addAll(roleVariants(o.title(), l));
        }
        flow.box(box, new BoxStyle(colors.tint(), colors.accent(), 4, 7), true);
        reachedFrom(o);
        bilingual(l -> outcomeText(o, l));
        if (!o.citations().isEmpty()) {
            flow.paragraphKeptWithNext(Paragraph.of(label("review.citations"), SUBHEADING).before(10).tag(Tag.H4),
                    2 * BODY.lineHeight());
            o.citations().forEach(c -> flow.together(citation(c)));
        }
        List<Citation> history = new ArrayList<>(o.history());
        o.views().forEach(v -> history.addAll(v.history()));
        if (!history.isEmpty()) {
            flow.paragraphKeptWithNext(Paragraph.of(label("report.history"), SUBHEADING).before(10),
                    2 * BODY.lineHeight());
            history.forEach(c -> flow.together(citation(c)));
        }
    }

    private List<Paragraph> outcomeText(Outcome o, Language l) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.of(o.explanation().in(l), BODY).before(8));
        out.addAll(roleVariants(o.explanation(), l));
        if (!o.conditions().isEmpty()) {
            out.add(Paragraph.of(ReportText.get(l, "report.conditions"), SUBHEADING).before(10).tag(Tag.H4));
            o.conditions().forEach(c -> {
                out.add(bullet(Span.of(c.text().in(l), BODY), Span.of(c.resolvedQuestion()
                        .map(q -> "  (" + ReportText.format(l, "review.resolves", q) + ")").orElse(""), SMALL)));
                out.addAll(roleVariants(c.text(), l));
            });
        }
        if (!o.views().isEmpty()) {
            out.add(Paragraph.of(ReportText.get(l, "report.contested").toUpperCase(l.locale()),
                    KICKER.color(VerdictColors.of(Verdict.UNCLEAR).text())).before(10));
            out.add(Paragraph.of(ReportText.get(l, "report.views"), SUBHEADING).before(2).tag(Tag.H4));
            for (View v : o.views()) {
                out.add(bullet(Span.of(v.holder().in(l) + ": ", STRONG), Span.of(v.position().in(l), BODY)));
                out.addAll(roleVariants(v.position(), l));
                if (!v.citations().isEmpty()) {
                    out.add(Paragraph.of(ReportText.format(l, "report.sources", v.citations().stream()
                            .map(this::citationText).collect(Collectors.joining("; "))), SMALL)
                            .indent(PdfStyles.LIST_INDENT).tag(Tag.IN_ITEM));
                }
            }
        }
        for (Role role : Role.values()) {
            out.add(Paragraph.of(ReportText.format(l, "review.steps", ReportText.roleName(l, role)), SUBHEADING)
                    .before(10).tag(Tag.H4));
            List<LocalizedText> steps = o.stepsFor(role);
            if (steps.isEmpty()) {
                out.add(Paragraph.of(ReportText.get(l, "review.none"), SMALL));
            }
            for (int i = 0; i < steps.size(); i++) {
                out.add(numbered(i + 1, Span.of(steps.get(i).in(l, role), BODY)));
            }
        }
        return out;
    }

    private void nodeHeading(Node node, String kindKey) {
        flow.paragraphKeptWithNext(Paragraph.of(Span.of("#" + order.number(node.id()) + "  ", NUMBER),
                Span.of(label(kindKey) + " · " + node.id(), NODE_KIND)).before(6).anchor(anchor(node.id())).tag(Tag.H3),
                4 * BODY.lineHeight());
    }

    private void reachedFrom(Node node) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(label("review.reachedFrom") + ": ", SMALL));
        if (node.id().equals(tree.start())) {
            spans.add(Span.of(label("review.start"), SMALL.color(PdfStyles.INK)));
        }
        List<Step> steps = incoming.getOrDefault(node.id(), List.of());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            spans.add(Span.jump("#" + order.number(s.question().id()), LINK_SMALL.bold(true), anchor(s.question().id())));
            spans.add(Span.of(" " + text(s.option().label()) + (i < steps.size() - 1 ? ";  " : ""),
                    SMALL.color(PdfStyles.INK)));
        }
        if (spans.size() > 1) {
            flow.paragraph(Paragraph.of(spans.toArray(Span[]::new)).before(3));
        }
    }

    private List<Paragraph> citation(Citation c) {
        Source s = register.get(c.sourceId());
        if (s == null) {
            return List.of(Paragraph.of(label("review.unknownSource").formatted(c.sourceId()), WARNING).before(5));
        }
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.of(Span.of(citationText(c), STRONG), Span.of(" — " + text(s.title()), BODY),
                Span.of("  (" + label("kind." + s.kind().code()) + ")", SMALL)).before(5));
        s.judgmentData().ifPresent(j -> out.add(Paragraph.of(j.court() + ", " + j.decided() + " · "
                + label("standing.label") + ": " + j.standing().code(), SMALL)));
        String note = languages.languages().stream().map(l -> AdviceReport.standingNote(s, register, l))
                .filter(java.util.Objects::nonNull).distinct().collect(Collectors.joining(" / "));
        if (!note.isEmpty()) {
            out.add(Paragraph.of(note, PdfStyles.STANDING));
        }
        out.add(Paragraph.of(Span.link(s.url(), LINK_SMALL, s.url())));
        return out;
    }

    /** A text's employer and employee wordings, when the tree gives them, as small lines under the neutral one. */
    private static List<Paragraph> roleVariants(LocalizedText text, Language l) {
        List<Paragraph> out = new ArrayList<>();
        for (Role role : Role.values()) {
            text.variant(role).ifPresent(v -> out.add(Paragraph.of(Span.of(ReportText.roleName(l, role) + ": ",
                    SMALL), Span.of(v.in(l), SMALL.color(PdfStyles.INK))).indent(PdfStyles.LIST_INDENT)
                    .tag(Tag.IN_ITEM)));
        }
        return out;
    }

    private String citationText(Citation c) {
        Source s = register.get(c.sourceId());
        String label = s == null ? c.sourceId() : s.label();
        return c.pinpointText().map(p -> label + ", " + p).orElse(label);
    }

    /**
     * Every source the tree cites, in order of first citation, with its address, its summary (what the user reads
     * offline) and the reviewer's note, each in the review's language(s).
     */
    private void register() {
        Set<String> ids = new LinkedHashSet<>();
        for (Node node : order.nodes()) {
            if (node instanceof Outcome o) {
                o.citations().forEach(c -> ids.add(c.sourceId()));
                o.views().forEach(v -> v.citations().forEach(c -> ids.add(c.sourceId())));
                o.history().forEach(c -> ids.add(c.sourceId()));
                o.views().forEach(v -> v.history().forEach(c -> ids.add(c.sourceId())));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        heading(flow, label("review.register"));
        for (String id : ids) {
            Source s = register.get(id);
            List<Paragraph> entry = new ArrayList<>(citation(new Citation(id, null)));
            if (s != null) {
                entry.add(Paragraph.of("id: " + id, SMALL));
            }
            flow.together(entry);
            if (s != null) {
                bilingual(l -> List.of(Paragraph.of(Span.of(ReportText.get(l, "review.summary") + " ", SMALL),
                        Span.of(s.summary().in(l), SMALL.color(PdfStyles.INK))).before(2)));
                s.noteText().ifPresent(note -> bilingual(l -> List.of(Paragraph.of(Span.of(
                        ReportText.get(l, "review.note") + " ", SMALL), Span.of(note.in(l), SMALL.color(PdfStyles.INK)))
                        .before(2))));
            }
        }
    }

    private void bilingual(Function<Language, List<Paragraph>> content) {
        if (languages == ReviewLanguages.BOTH) {
            flow.columns(content.apply(Language.NL), PdfWriting.languageTag(Language.NL), content.apply(Language.EN),
                    PdfWriting.languageTag(Language.EN), GUTTER);
        } else {
            content.apply(languages.primary()).forEach(flow::paragraph);
        }
    }

    /** Fixed wording in the review's language, or "Dutch / English" when both. */
    private String label(String key) {
        return languages.languages().stream().map(l -> ReportText.get(l, key)).distinct()
                .collect(Collectors.joining(" / "));
    }

    /** A tree text in the review's language, or "Dutch / English" when both differ. */
    private String text(LocalizedText text) {
        return languages.languages().stream().map(text::in).distinct().collect(Collectors.joining(" / "));
    }

    private static String anchor(String nodeId) {
        return "node:" + nodeId;
    }
}
