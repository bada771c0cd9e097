package nl.profielwijzer.ui.question;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.controlsfx.control.BreadCrumbBar;

import nl.profielwijzer.ui.Page;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.map.ShowMapButton;
import nl.profielwijzer.ui.theme.Styles;

/**
 * A question: the path so far as a breadcrumb bar (choose a step to change that answer), honest progress, the
 * question in large type with glossary terms marked, "why do we ask this?" expanding in place, the options as
 * full-width choices, Back and Next. Enter takes Next; Alt+Left goes back.
 */
public final class QuestionView implements Page {
    private final QuestionViewModel viewModel;
    private final I18n i18n;

    private final VBox page = new VBox();
    private Label topic;
    private Button showMap;
    private BreadCrumbBar<Crumb> breadcrumbs;
    private ScrollPane crumbScroller;
    private Label crumbDetail;
    private Button restart;
    private Label progress;
    private TextFlow questionText;
    private TitledPane why;
    private final ToggleGroup optionGroup = new ToggleGroup();
    private final List<RadioButton> options = new ArrayList<>();
    private Button back;
    private Button next;

    public QuestionView(QuestionViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        initializeParts();
        layoutParts();
        bindToModel();
        setupEventHandlers();
    }

    private void initializeParts() {
        page.getStyleClass().addAll(Styles.PAGE, "question-page");
        topic = new Label(viewModel.topic());
        topic.getStyleClass().addAll(Styles.MUTED, "topic-name");
        topic.setId("topic-name");
        if (viewModel.isCombined()) {
            // In the whole-company check the topic says which part of the walk this question belongs to.
            topic.getStyleClass().add("combined-topic");
        }
        topic.setMaxWidth(Double.MAX_VALUE);
        topic.setMinWidth(0);
        topic.setWrapText(true);
        showMap = ShowMapButton.create(i18n, viewModel::showMap);
        breadcrumbs = new BreadCrumbBar<>();
        breadcrumbs.setId("breadcrumbs");
        breadcrumbs.setAutoNavigationEnabled(false);
        breadcrumbs.setAccessibleText(i18n.get("question.breadcrumbs"));
        breadcrumbs.setCrumbFactory(item -> {
            Crumb crumb = item.getValue();
            BreadCrumbBar.BreadCrumbButton button = new BreadCrumbBar.BreadCrumbButton(crumb.label());
            button.setMnemonicParsing(false);
            button.setId("crumb-" + crumb.questionId().replaceAll("[^A-Za-z0-9_-]", "-"));
            button.setAccessibleText(crumb.fullText());
            button.setAccessibleHelp(crumb.current() ? i18n.get("question.crumb.current")
                    : i18n.get("question.crumb.help"));
            button.setTooltip(new Tooltip(crumb.fullText()));
            if (crumb.current()) {
                button.getStyleClass().add("current-crumb");
            }
            // The full text shows on keyboard focus too, under the bar, and the bar scrolls to the crumb.
            button.focusedProperty().addListener((o, was, focused) -> {
                if (focused) {
                    crumbDetail.setText(crumb.fullText());
                    scrollCrumbIntoView(button);
                } else if (crumbDetail.getText().equals(crumb.fullText())) {
                    crumbDetail.setText("");
                }
            });
            return button;
        });
        // The bar scrolls on its own: however many answers, it never makes the page wider than the window.
        crumbScroller = new ScrollPane(breadcrumbs);
        crumbScroller.setId("breadcrumb-scroller");
        crumbScroller.getStyleClass().add("breadcrumb-scroller");
        crumbScroller.setFitToHeight(true);
        crumbScroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        crumbScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        crumbScroller.setFocusTraversable(false);
        crumbScroller.setMinWidth(0);
        crumbScroller.setPrefWidth(0);
        crumbScroller.setMaxWidth(Double.MAX_VALUE);
        crumbScroller.setMinHeight(Region.USE_PREF_SIZE);
        // As tall as the crumbs: the scroll bar, when there is one, comes below them, not over them.
        crumbScroller.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> breadcrumbs.prefHeight(-1), breadcrumbs.layoutBoundsProperty()));
        crumbDetail = new Label();
        crumbDetail.setId("crumb-detail");
        crumbDetail.getStyleClass().add(Styles.MUTED);
        crumbDetail.setWrapText(true);
        crumbDetail.setMinWidth(0);
        crumbDetail.managedProperty().bind(crumbDetail.textProperty().isNotEmpty());
        crumbDetail.visibleProperty().bind(crumbDetail.textProperty().isNotEmpty());
        progress = new Label(viewModel.progressText());
        progress.getStyleClass().add(Styles.PROGRESS);
        progress.setId("progress");
        progress.setWrapText(true);
        questionText = GlossaryText.of(viewModel.text(), viewModel.glossary(), viewModel.textLanguage(),
                Styles.QUESTION_TEXT, Styles.QUESTION_RUN);
        questionText.setId("question-text");
        if (viewModel.why().isPresent()) {
            TextFlow whyText = GlossaryText.of(viewModel.why().get(), viewModel.glossary(),
                    viewModel.textLanguage(), Styles.BODY_TEXT, Styles.BODY_RUN);
            why = new TitledPane(i18n.get("question.why"), whyText);
            why.setExpanded(false);
            why.setAnimated(false);
            why.setId("why");
            why.getStyleClass().add(Styles.WHY);
            why.setAccessibleHelp(i18n.get("question.why.help"));
        }
        for (OptionChoice choice : viewModel.options()) {
            RadioButton option = new RadioButton(choice.label());
            option.setMnemonicParsing(false);
            option.setUserData(choice.optionId());
            option.setToggleGroup(optionGroup);
            option.setWrapText(true);
            option.setMaxWidth(Double.MAX_VALUE);
            option.getStyleClass().addAll(Styles.CHOICE_CARD, "option");
            option.setId("option-" + choice.optionId());
            options.add(option);
        }
        back = new Button(i18n.get(viewModel.isFirst() ? "question.back.toStart" : "question.back"));
        back.setId("back");
        back.setAccessibleHelp(i18n.get("question.back.help"));
        restart = new Button(i18n.get("question.restart"));
        restart.setId("restart-topic");
        restart.getStyleClass().add(Styles.LINK_BUTTON);
        restart.setAccessibleHelp(i18n.get("question.restart.help"));
        restart.setVisible(viewModel.canRestart());
        restart.setManaged(viewModel.canRestart());
        next = new Button(i18n.get("question.next"));
        next.setId("next");
        next.setDefaultButton(true);
        next.getStyleClass().add(Styles.PRIMARY);
        next.setAccessibleHelp(i18n.get("question.next.help"));
    }

    private void layoutParts() {
        VBox optionList = new VBox();
        optionList.getStyleClass().add("choice-list");
        optionList.getChildren().addAll(options);
        // In the whole-company check a screen reader hears which topic the question belongs to.
        optionList.setAccessibleText(viewModel.isCombined() ? viewModel.topic() + ". " + viewModel.text()
                : viewModel.text());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(back, restart, spacer, next);
        buttons.getStyleClass().add(Styles.BUTTON_BAR);
        HBox.setHgrow(topic, Priority.ALWAYS);
        HBox top = new HBox(topic, showMap);
        top.getStyleClass().add(Styles.TOPIC_ROW);
        page.getChildren().addAll(top, crumbScroller, crumbDetail, progress, questionText);
        if (why != null) {
            page.getChildren().add(why);
        }
        page.getChildren().addAll(optionList, buttons);
    }

    private void bindToModel() {
        List<Crumb> crumbs = viewModel.crumbs();
        if (!crumbs.isEmpty()) {
            breadcrumbs.setSelectedCrumb(BreadCrumbBar.buildTreeModel(crumbs.toArray(new Crumb[0])));
        }
        String selected = viewModel.selectedOptionProperty().get();
        options.stream().filter(o -> o.getUserData().equals(selected)).findFirst().ifPresent(o -> o.setSelected(true));
        optionGroup.selectedToggleProperty().addListener((o, a, toggle) -> viewModel.select(
                toggle == null ? null : (String) toggle.getUserData()));
        next.disableProperty().bind(viewModel.canProceedProperty().not());
        // Once laid out, the bar shows the question on screen (the last crumb, or an earlier one being changed).
        breadcrumbs.widthProperty().addListener((o, a, w) -> {
            boolean crumbFocused = breadcrumbs.getScene() != null
                    && breadcrumbs.getScene().getFocusOwner() instanceof BreadCrumbBar.BreadCrumbButton;
            if (!crumbFocused) {
                breadcrumbs.lookupAll(".current-crumb").stream().findFirst().ifPresent(this::scrollCrumbIntoView);
            }
        });
    }

    private void setupEventHandlers() {
        next.setOnAction(e -> viewModel.next());
        back.setOnAction(e -> viewModel.back());
        restart.setOnAction(e -> viewModel.restart());
        breadcrumbs.setOnCrumbAction(e -> {
            TreeItem<Crumb> item = e.getSelectedCrumb();
            if (item != null && item.getValue() != null) {
                viewModel.jumpTo(item.getValue().questionId());
            }
        });
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                viewModel.back();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isControlDown() && !e.isShiftDown()
                    && e.getTarget() instanceof RadioButton && !next.isDisabled()) {
                // Enter on an option means Next (a filter: the option itself would swallow Enter).
                viewModel.next();
                e.consume();
            }
        });
    }

    private void scrollCrumbIntoView(Node crumb) {
        double content = breadcrumbs.getBoundsInLocal().getWidth();
        double viewport = crumbScroller.getViewportBounds().getWidth();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        javafx.geometry.Bounds b = breadcrumbs.sceneToLocal(crumb.localToScene(crumb.getBoundsInLocal()));
        double left = (content - viewport) * crumbScroller.getHvalue();
        if (b.getMinX() < left) {
            crumbScroller.setHvalue(b.getMinX() / (content - viewport));
        } else if (b.getMaxX() > left + viewport) {
            crumbScroller.setHvalue(Math.min(1, (b.getMaxX() - viewport) / (content - viewport)));
        }
    }

    @Override
    public Node node() {
        return page;
    }

    /** The chosen option, else the first: the keyboard lands on the choice. */
    @Override
    public Node initialFocus() {
        Node first = options.isEmpty() ? next : options.get(0);
        return options.stream().filter(RadioButton::isSelected).map(Node.class::cast).findFirst().orElse(first);
    }
}
