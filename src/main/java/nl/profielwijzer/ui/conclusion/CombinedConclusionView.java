package nl.profielwijzer.ui.conclusion;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import nl.profielwijzer.advice.CombinedAdviceReport;
import nl.profielwijzer.tree.Verdict;
import nl.profielwijzer.ui.Page;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.Shortcuts;
import nl.profielwijzer.ui.theme.AppIcons;
import nl.profielwijzer.ui.theme.Styles;

/**
 * The conclusion of the whole-company check: a summary (topic → verdict in words, with the colour and icon of the
 * topic's own banner), the advice's actions (print, save as PDF, copy: the combined advice), each topic's
 * conclusion as a single topic shows it ({@link ConclusionView}, reused), then one merged list of next steps, one
 * list of sources, the disclaimer and the buttons.
 */
public final class CombinedConclusionView implements Page {
    private final CombinedConclusionViewModel viewModel;
    private final I18n i18n;
    private final CombinedAdviceReport report;

    private final VBox page = new VBox();
    private VBox summary;
    private final List<HBox> summaryRows = new ArrayList<>();
    private final List<ConclusionView> parts = new ArrayList<>();
    private AdviceControls controls;

    public CombinedConclusionView(CombinedConclusionViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.report = viewModel.report();
        initializeParts();
        layoutParts();
        setupEventHandlers();
    }

    private void initializeParts() {
        page.getStyleClass().addAll(Styles.PAGE, "conclusion-page", "combined-conclusion");
        page.setId("combined-conclusion");
        summary = new VBox();
        summary.getStyleClass().add("combined-summary");
        summary.setId("combined-summary");
        for (int i = 0; i < report.summary().size(); i++) {
            summaryRows.add(summaryRow(i));
        }
        controls = new AdviceControls(i18n);
        for (ConclusionViewModel topic : viewModel.topics()) {
            parts.add(new ConclusionView(topic, i18n, true));
        }
    }

    /**
     * One row of the summary: the topic's banner icon, the topic, the verdict in words in its colour, and the
     * outcome's title. Focusable, with the whole row as its accessible text.
     */
    private HBox summaryRow(int index) {
        CombinedAdviceReport.TopicSummary row = report.summary().get(index);
        BannerTone tone = viewModel.tone(index);
        Label topic = new Label(row.treeTitle());
        topic.getStyleClass().add("summary-topic");
        topic.setWrapText(true);
        Label verdict = new Label(row.verdictLabel());
        verdict.getStyleClass().addAll(Styles.VERDICT_LABEL, "summary-verdict");
        verdict.setWrapText(true);
        verdict.setId("summary-verdict-" + row.treeId());
        Label title = new Label(row.title());
        title.setWrapText(true);
        VBox words = new VBox(topic, verdict, title);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox box = new HBox();
        Image icon = AppIcons.banner(tone.icon());
        if (icon != null) {
            ImageView view = new ImageView(icon);
            view.setFitWidth(32);
            view.setFitHeight(32);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            box.getChildren().add(view);
        }
        box.getChildren().add(words);
        Verdict v = row.verdict();
        box.getStyleClass().addAll(Styles.VERDICT_BANNER, "summary-row", Styles.verdictClass(v), tone.styleClass());
        box.setId("summary-" + row.treeId());
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(i18n.format("combined.summary.accessible", row.treeTitle(), row.verdictLabel(),
                row.title()));
        return box;
    }

    private void layoutParts() {
        Label topic = muted(i18n.format("combined.name", String.join(", ",
                report.summary().stream().map(CombinedAdviceReport.TopicSummary::treeTitle).toList()))
                + " · " + viewModel.roleLine());
        topic.getStyleClass().add("topic-name");
        Label heading = new Label(i18n.get("combined.conclusion.title"));
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        Label summaryHeading = new Label(i18n.get("combined.summary"));
        summaryHeading.getStyleClass().add(Styles.SECTION_TITLE);
        summary.getChildren().add(summaryHeading);
        summary.getChildren().addAll(summaryRows);
        FlowPane actions = controls.actions();
        page.getChildren().addAll(topic, heading, summary, actions);
        for (ConclusionView part : parts) {
            page.getChildren().add(part.node());
        }
        // The merged lists are drawn with the topic parts' own section builders, so they look the same.
        ConclusionView first = parts.get(0);
        page.getChildren().add(first.numberedSection(report.nextSteps(), "combined.steps", "next-steps"));
        page.getChildren().add(first.citationList(report.sources(), "conclusion.citations", "citations", "citation"));
        if (!report.history().isEmpty()) {
            page.getChildren().add(first.citationList(report.history(), "conclusion.history", "history",
                    "history-citation"));
        }
        page.getChildren().addAll(AdviceControls.disclaimer(report.disclaimer()), controls.buttons());
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }

    private void setupEventHandlers() {
        controls.wire(page, viewModel::print, viewModel::savePdf, viewModel::copy, viewModel::save,
                viewModel::startOver, viewModel::back);
    }

    @Override
    public Node node() {
        return page;
    }

    /** The summary's first row: the keyboard and a screen reader start at the first topic's verdict. */
    @Override
    public Node initialFocus() {
        return summaryRows.isEmpty() ? controls.back : summaryRows.get(0);
    }
}
