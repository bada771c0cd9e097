package nl.profielwijzer.ui.conclusion;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.tree.Verdict;
import nl.profielwijzer.ui.Page;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.map.ShowMapButton;
import nl.profielwijzer.ui.question.GlossaryText;
import nl.profielwijzer.ui.shell.Shortcuts;
import nl.profielwijzer.ui.theme.AppIcons;
import nl.profielwijzer.ui.theme.Styles;

/**
 * The conclusion: the verdict as a banner (colour, icon and word, phrased for the role), the advice's actions
 * (print, save as PDF, copy), title and explanation, conditions, opinions that differ, next steps, the answers
 * with a way to change each, what would change the outcome, the citations as links, the law-as-of date and the
 * disclaimer. "Show the whole tree" sits beside the topic.
 */
public final class ConclusionView implements Page {
    /** How long "Copied" stays next to the button. */
    private static final Duration COPIED_SHOWN = Duration.seconds(4);

    private final ConclusionViewModel viewModel;
    private final I18n i18n;
    private final AdviceReport report;
    /** One topic's part of the whole-company check: no actions, next steps, sources or buttons of its own. */
    private final boolean partOfCombined;

    private final VBox page = new VBox();
    private HBox banner;
    private AdviceControls controls;
    private Button showMap;

    public ConclusionView(ConclusionViewModel viewModel, I18n i18n) {
        this(viewModel, i18n, false);
    }

    /**
     * @param partOfCombined true for one topic inside the whole-company check's conclusion: the topic's banner,
     *                       outcome, conditions, views, answers and what would change, under the topic's name
     */
    ConclusionView(ConclusionViewModel viewModel, I18n i18n, boolean partOfCombined) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.report = viewModel.report();
        this.partOfCombined = partOfCombined;
        initializeParts();
        layoutParts();
        bindToModel();
        setupEventHandlers();
    }

    private void initializeParts() {
        page.getStyleClass().addAll(Styles.PAGE, "conclusion-page");
        banner = verdictBanner();
        controls = new AdviceControls(i18n);
        showMap = ShowMapButton.create(i18n, viewModel::showMap);
    }

    private HBox verdictBanner() {
        Verdict verdict = report.verdict();
        Label word = new Label(report.verdictLabel());
        word.getStyleClass().add(Styles.VERDICT_LABEL);
        word.setWrapText(true);
        word.setId(partOfCombined ? "verdict-label-" + report.treeId() : "verdict-label");
        Label question = new Label(report.headline());
        question.getStyleClass().add("verdict-question");
        question.setWrapText(true);
        VBox words = new VBox(question, word);
        String certaintyNote = viewModel.certaintyNote();
        if (!certaintyNote.isEmpty()) {
            Label likely = new Label(certaintyNote);
            likely.getStyleClass().add(Styles.CERTAINTY_NOTE);
            likely.setWrapText(true);
            likely.setId("certainty-note");
            words.getChildren().add(likely);
        }
        words.getStyleClass().add("verdict-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox box = new HBox();
        BannerTone tone = viewModel.tone();
        Image icon = AppIcons.banner(tone.icon());
        if (icon != null) {
            ImageView view = new ImageView(icon);
            view.setFitWidth(56);
            view.setFitHeight(56);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            box.getChildren().add(view);
        }
        box.getChildren().add(words);
        box.getStyleClass().addAll(Styles.VERDICT_BANNER, Styles.verdictClass(verdict), tone.styleClass());
        box.setId(partOfCombined ? "verdict-banner-" + report.treeId() : "verdict-banner");
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(i18n.format("conclusion.verdict.accessible", report.headline(), report.verdictLabel())
                + (certaintyNote.isEmpty() ? "" : " " + certaintyNote));
        return box;
    }

    private void layoutParts() {
        if (partOfCombined) {
            layoutTopicPart();
            return;
        }
        Label topic = muted(report.treeTitle() + " · " + viewModel.roleLine());
        topic.getStyleClass().add("topic-name");
        topic.setMaxWidth(Double.MAX_VALUE);
        topic.setMinWidth(0);
        HBox.setHgrow(topic, Priority.ALWAYS);
        HBox top = new HBox(topic, showMap);
        top.getStyleClass().add(Styles.TOPIC_ROW);
        FlowPane actions = controls.actions();
        Label title = new Label(report.title());
        title.getStyleClass().add(Styles.TITLE);
        title.setWrapText(true);
        title.setId("outcome-title");
        page.getChildren().addAll(top, banner, actions, title, body(report.explanation()));
        conditionsAndViews();
        VBox steps = section("conclusion.steps", "next-steps");
        steps.getChildren().add(numbered(report.nextSteps()));
        page.getChildren().add(steps);

        page.getChildren().addAll(answers(), changes(), citations());
        if (!report.history().isEmpty()) {
            page.getChildren().add(history());
        }
        Label lawAsOf = muted(viewModel.lawAsOf());
        lawAsOf.setId("law-as-of");
        page.getChildren().addAll(lawAsOf, AdviceControls.disclaimer(report.disclaimer()), controls.buttons());
    }

    /** The topic's part of the whole-company check: its name as a heading, then its conclusion as alone. */
    private void layoutTopicPart() {
        page.getStyleClass().add("combined-topic-part");
        page.setId("topic-part-" + report.treeId());
        Label name = new Label(report.treeTitle());
        name.getStyleClass().add(Styles.TITLE);
        name.setWrapText(true);
        name.setAccessibleRole(AccessibleRole.TEXT);
        Label title = new Label(report.title());
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        page.getChildren().addAll(name, banner, title, body(report.explanation()));
        conditionsAndViews();
        page.getChildren().addAll(answers(), changes(), muted(viewModel.lawAsOf()));
    }

    /** The conditions of a "yes, if" and the views that differ, when the outcome has them. */
    private void conditionsAndViews() {
        if (!report.conditions().isEmpty()) {
            VBox conditions = section("conclusion.conditions", "conditions");
            conditions.getChildren().add(bullets(report.conditions(), "• "));
            page.getChildren().add(conditions);
        }
        if (!report.views().isEmpty()) {
            page.getChildren().add(views());
        }
    }

    /** The citations of a list of sources as links, with their standing (used for the combined list too). */
    Node citationList(List<AdviceReport.Reference> references, String headingKey, String id, String itemId) {
        VBox box = section(headingKey, id);
        box.setId(id);
        for (int i = 0; i < references.size(); i++) {
            box.getChildren().add(citation(references.get(i), itemId + "-" + (i + 1)));
        }
        return box;
    }

    /** A numbered list under a heading (the combined next steps). */
    Node numberedSection(List<String> lines, String headingKey, String id) {
        VBox box = section(headingKey, id);
        box.setId(id);
        box.getChildren().add(numbered(lines));
        return box;
    }

    private VBox views() {
        VBox box = section("conclusion.views", "views");
        box.getStyleClass().add(Styles.VIEWS);
        Label intro = new Label(i18n.get("conclusion.views.intro"));
        intro.setWrapText(true);
        box.getChildren().add(intro);
        for (int v = 0; v < report.views().size(); v++) {
            AdviceReport.ContestedView view = report.views().get(v);
            Label holder = new Label(view.holder());
            holder.getStyleClass().add(Styles.VIEW_HOLDER);
            holder.setWrapText(true);
            VBox one = new VBox(holder, body(view.position()));
            one.getStyleClass().add("view");
            for (int i = 0; i < view.sources().size(); i++) {
                one.getChildren().add(citation(view.sources().get(i), "view-" + (v + 1) + "-citation-" + (i + 1)));
            }
            box.getChildren().add(one);
        }
        box.setAccessibleText(i18n.get("conclusion.views"));
        return box;
    }

    private VBox answers() {
        VBox box = section("conclusion.answers", "answers");
        for (AdviceReport.Answer answer : report.answers()) {
            Label question = new Label(answer.question());
            question.setWrapText(true);
            Label given = new Label(answer.answer());
            given.getStyleClass().add("answer-given");
            given.setWrapText(true);
            VBox text = new VBox(question, given);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button change = new Button(i18n.get("conclusion.change"));
            change.setId("change-" + (partOfCombined ? report.treeId() + "-" : "") + answer.questionId());
            change.setMinWidth(Region.USE_PREF_SIZE); // the question wraps; the button keeps its word
            text.setMinWidth(0);
            change.setAccessibleText(i18n.format("conclusion.change.accessible", answer.question(), answer.answer()));
            change.setOnAction(e -> viewModel.change(answer.questionId()));
            HBox row = new HBox(text, change);
            row.getStyleClass().add(Styles.ANSWER_ROW);
            box.getChildren().add(row);
        }
        return box;
    }

    private VBox changes() {
        VBox box = section("conclusion.changes", "changes");
        if (report.changes().isEmpty()) {
            box.getChildren().add(body(i18n.get("conclusion.changes.none")));
        }
        for (AdviceReport.Change change : report.changes()) {
            box.getChildren().add(body("• " + i18n.format("conclusion.change.line", change.question(),
                    change.otherAnswer(), change.result())));
        }
        if (report.changesNeedMoreQuestions()) {
            Label note = muted(i18n.get("conclusion.changes.more"));
            note.setId("changes-more");
            box.getChildren().add(note);
        }
        return box;
    }

    private VBox citations() {
        VBox box = section("conclusion.citations", "citations");
        for (int i = 0; i < report.citations().size(); i++) {
            box.getChildren().add(citation(report.citations().get(i), "citation-" + (i + 1)));
        }
        return box;
    }

    /** Judgments named only as history: shown apart from the sources, with where each stands. */
    private VBox history() {
        VBox box = section("conclusion.history", "history");
        box.getChildren().add(muted(i18n.get("conclusion.history.intro")));
        for (int i = 0; i < report.history().size(); i++) {
            box.getChildren().add(citation(report.history().get(i), "history-citation-" + (i + 1)));
        }
        return box;
    }

    /**
     * A citation that opens in place when chosen (click, Space or Enter): what the source says in plain words (the
     * register's summary, readable offline), and "Open in browser" as a separate button, only for the register's
     * https address of an allowed legal source. Choosing the citation never opens the browser. Beneath it, where a
     * judgment stands when it is not final ("hoger beroep ingesteld; uitkomst onbekend"). A screen reader hears the
     * standing with the citation and the summary as its help text; Tab goes from the citation to its button.
     */
    private Node citation(AdviceReport.Reference reference, String id) {
        String text = reference.citationText() + " — " + reference.title() + " (" + reference.kind() + ")";
        Label summary = new Label(reference.summary());
        summary.setWrapText(true);
        summary.setId(id + "-summary");
        summary.getStyleClass().add(Styles.BODY_TEXT);
        VBox content = new VBox(summary);
        content.setId(id + "-panel");
        content.getStyleClass().add(Styles.CITATION_CONTENT);
        if (viewModel.mayOpen(reference.url())) {
            Button open = new Button(i18n.get("conclusion.open"));
            open.setId(id + "-open");
            open.setMnemonicParsing(false);
            open.setTooltip(new Tooltip(reference.url()));
            open.setAccessibleText(i18n.format("conclusion.open.accessible", reference.citationText()));
            open.setAccessibleHelp(i18n.format("conclusion.link.help", reference.url()));
            open.setOnAction(e -> viewModel.open(reference.url()));
            open.setUserData(reference.url());
            content.getChildren().add(open);
        }
        content.setVisible(false);
        content.setManaged(false);
        Hyperlink toggle = new Hyperlink(CLOSED + text);
        toggle.setId(id);
        toggle.setMnemonicParsing(false);
        toggle.setWrapText(true);
        toggle.getStyleClass().add(Styles.CITATION);
        toggle.setAccessibleText(reference.standingNote() == null ? text : text + ". " + reference.standingNote());
        toggle.setAccessibleHelp(reference.summary());
        toggle.setOnAction(e -> {
            boolean show = !content.isVisible();
            content.setVisible(show);
            content.setManaged(show);
            toggle.setText((show ? OPEN : CLOSED) + text);
            toggle.setVisited(false);
        });
        VBox box = new VBox(toggle);
        if (reference.standingNote() != null) {
            Label standing = new Label(reference.standingNote());
            standing.getStyleClass().add(Styles.CITATION_STANDING);
            standing.setWrapText(true);
            box.getChildren().add(standing);
            box.getStyleClass().add("citation-with-standing");
        }
        box.getChildren().add(content);
        return box;
    }

    /** The marks before a citation: closed (its summary hidden) and open. */
    private static final String CLOSED = "▸ ";
    private static final String OPEN = "▾ ";

    private VBox section(String headingKey, String id) {
        Label heading = new Label(i18n.get(headingKey));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.setWrapText(true);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        VBox box = new VBox(heading);
        box.getStyleClass().add("section");
        box.setId(partOfCombined ? id + "-" + report.treeId() : id);
        return box;
    }

    private Node body(String text) {
        return GlossaryText.of(text, viewModel.glossary(), viewModel.language(), Styles.BODY_TEXT, Styles.BODY_RUN);
    }

    private VBox bullets(List<String> lines, String bullet) {
        VBox box = new VBox();
        box.getStyleClass().add("list");
        lines.forEach(l -> box.getChildren().add(body(bullet + l)));
        return box;
    }

    private VBox numbered(List<String> lines) {
        VBox box = new VBox();
        box.getStyleClass().add("list");
        for (int i = 0; i < lines.size(); i++) {
            box.getChildren().add(body((i + 1) + ". " + lines.get(i)));
        }
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }

    private void bindToModel() {
        // The conclusion is a snapshot of one consultation: it is rebuilt, not updated, when anything changes.
    }

    private void setupEventHandlers() {
        if (!partOfCombined) { // the combined conclusion around a topic's part has the controls
            controls.wire(page, viewModel::print, viewModel::savePdf, viewModel::copy, viewModel::save,
                    viewModel::startOver, viewModel::back);
        }
    }

    @Override
    public Node node() {
        return page;
    }

    @Override
    public Node initialFocus() {
        return banner;
    }
}
