package nl.profielwijzer.ui.start;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import nl.profielwijzer.tree.Role;
import nl.profielwijzer.ui.Page;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.theme.Styles;

/** Start: who are you, then the topic; the privacy promise; opening saved answers; problems with tree files. */
public final class StartView implements Page {
    private final StartViewModel viewModel;
    private final I18n i18n;

    private final VBox page = new VBox();
    private Label title;
    private Label intro;
    private Label privacy;
    private Label roleHeading;
    private RadioButton employer;
    private RadioButton employee;
    private final ToggleGroup roles = new ToggleGroup();
    private Label topicHeading;
    private Label topicHint;
    private final VBox topicList = new VBox();
    private final VBox problemNotice = new VBox();
    private Button openAnswers;
    /** The whole-company check: tick the topics that apply, then begin. */
    private TitledPane several;
    private final VBox severalTopics = new VBox();
    private final List<CheckBox> severalBoxes = new ArrayList<>();
    private Button beginSeveral;

    public StartView(StartViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        initializeParts();
        layoutParts();
        bindToModel();
        setupEventHandlers();
    }

    private void initializeParts() {
        page.getStyleClass().addAll(Styles.PAGE, "start-page");
        title = styled(new Label(i18n.get("start.title")), Styles.TITLE);
        intro = styled(new Label(i18n.get("start.intro")), Styles.SUBTITLE);
        privacy = styled(new Label(i18n.get("start.privacy")), Styles.PRIVACY);
        privacy.setId("privacy");
        roleHeading = styled(new Label(i18n.get("start.role.heading")), Styles.SECTION_TITLE);
        employer = roleChoice("role-employer", "start.role.employer", "start.role.employer.help");
        employee = roleChoice("role-employee", "start.role.employee", "start.role.employee.help");
        topicHeading = styled(new Label(i18n.get("start.topic.heading")), Styles.SECTION_TITLE);
        topicHint = styled(new Label(), Styles.MUTED);
        topicHint.setId("topic-hint");
        topicList.getStyleClass().add("topic-list");
        topicList.setId("topics");
        problemNotice.getStyleClass().addAll(Styles.NOTICE, Styles.NOTICE_ERROR);
        problemNotice.setId("library-problems");
        beginSeveral = new Button(i18n.get("start.several.begin"));
        beginSeveral.setId("begin-several");
        beginSeveral.getStyleClass().add(Styles.PRIMARY);
        beginSeveral.setAccessibleHelp(i18n.get("start.several.begin.help"));
        beginSeveral.setDisable(true);
        Label severalIntro = styled(new Label(i18n.get("start.several.intro")), Styles.MUTED);
        severalTopics.getStyleClass().add("several-topics");
        severalTopics.setId("several-topics");
        VBox severalContent = new VBox(severalIntro, severalTopics, beginSeveral);
        severalContent.getStyleClass().add("several-content");
        several = new TitledPane(viewModel.severalHeading(), severalContent);
        several.setId("several");
        several.getStyleClass().add("several");
        several.setAnimated(false);
        several.setExpanded(!viewModel.severalTicked().isEmpty());
        several.setAccessibleHelp(i18n.get("start.several.help"));
        openAnswers = new Button(i18n.get("start.open"));
        openAnswers.setId("open-answers");
        openAnswers.setAccessibleHelp(i18n.get("start.open.help"));
    }

    private RadioButton roleChoice(String id, String key, String helpKey) {
        Label name = new Label(i18n.get(key));
        name.getStyleClass().add(Styles.CARD_TITLE);
        Label help = new Label(i18n.get(helpKey));
        help.getStyleClass().add(Styles.CARD_TEXT);
        VBox text = new VBox(name, help);
        text.getStyleClass().add("choice-content");
        RadioButton choice = new RadioButton();
        choice.setGraphic(text);
        choice.setId(id);
        choice.setToggleGroup(roles);
        choice.getStyleClass().add(Styles.CHOICE_CARD);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setAccessibleText(name.getText().replace("_", "") + ". " + help.getText());
        // The mnemonic (Alt+G / Alt+N) sits on the name and moves the focus to the choice.
        name.setMnemonicParsing(true);
        name.setLabelFor(choice);
        return choice;
    }

    private void layoutParts() {
        VBox roleChoices = new VBox(employer, employee);
        roleChoices.getStyleClass().add("choice-list");
        page.getChildren().addAll(title, intro, privacy, roleHeading, roleChoices, topicHeading, topicHint,
                problemNotice, several, topicList, openAnswers);
    }

    private void bindToModel() {
        Role role = viewModel.role();
        if (role != null) {
            roles.selectToggle(role == Role.EMPLOYER ? employer : employee);
        }
        viewModel.topics().addListener((ListChangeListener<TopicCard>) c -> {
            renderTopics();
            renderHint();
        });
        viewModel.problems().addListener((ListChangeListener<String>) c -> renderProblems());
        viewModel.loadingProperty().addListener(o -> renderHint());
        renderHint();
        renderTopics();
        renderProblems();
    }

    private void setupEventHandlers() {
        roles.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                roles.selectToggle(before); // a role stays chosen once chosen
            } else {
                viewModel.chooseRole(now == employer ? Role.EMPLOYER : Role.EMPLOYEE);
                several.setText(viewModel.severalHeading());
            }
        });
        beginSeveral.setOnAction(e -> viewModel.chooseSeveral(severalBoxes.stream().filter(CheckBox::isSelected)
                .map(b -> (String) b.getUserData()).toList()));
        openAnswers.setOnAction(e -> viewModel.openAnswers());
    }

    private void renderHint() {
        String text;
        if (viewModel.loadingProperty().get()) {
            text = i18n.get("start.loading");
        } else if (viewModel.noTopics()) {
            text = i18n.get("start.noTopics");
        } else {
            text = "";
        }
        topicHint.setText(text);
        topicHint.setVisible(!text.isEmpty());
        topicHint.setManaged(!text.isEmpty());
    }

    private void renderTopics() {
        renderSeveral();
        topicList.getChildren().clear();
        for (TopicCard topic : viewModel.topics()) {
            TopicCardButton card = new TopicCardButton(topic, () -> viewModel.choose(topic.treeId()));
            card.setId("topic-" + topic.treeId());
            card.setAccessibleHelp(i18n.get("start.topic.help"));
            topicList.getChildren().add(card);
        }
    }

    /** One tick box per topic (keyboard: Tab to it, Space ticks), then the button that begins the check. */
    private void renderSeveral() {
        List<String> ticked = severalBoxes.isEmpty() ? viewModel.severalTicked()
                : severalBoxes.stream().filter(CheckBox::isSelected).map(b -> (String) b.getUserData()).toList();
        severalBoxes.clear();
        for (TopicCard topic : viewModel.topics()) {
            CheckBox box = new CheckBox(topic.title());
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.setUserData(topic.treeId());
            box.setId("several-" + topic.treeId());
            box.setSelected(ticked.contains(topic.treeId()));
            box.setAccessibleText(topic.title() + ". " + topic.headline());
            box.setAccessibleHelp(i18n.get("start.several.tick.help"));
            box.selectedProperty().addListener(o -> updateBeginSeveral());
            severalBoxes.add(box);
        }
        severalTopics.getChildren().setAll(severalBoxes);
        boolean any = !severalBoxes.isEmpty();
        several.setVisible(any);
        several.setManaged(any);
        updateBeginSeveral();
    }

    private void updateBeginSeveral() {
        long count = severalBoxes.stream().filter(CheckBox::isSelected).count();
        beginSeveral.setDisable(count == 0);
        beginSeveral.setText(count == 0 ? i18n.get("start.several.begin") : count == 1
                ? i18n.get("start.several.beginWithOne") : i18n.format("start.several.beginWith", count));
    }

    private void renderProblems() {
        problemNotice.getChildren().clear();
        boolean any = !viewModel.problems().isEmpty();
        problemNotice.setVisible(any);
        problemNotice.setManaged(any);
        if (!any) {
            return;
        }
        Label heading = styled(new Label(i18n.get("start.problems.heading")), "notice-title");
        Label explain = new Label(i18n.get("start.problems.explain"));
        explain.setWrapText(true);
        problemNotice.getChildren().addAll(heading, explain);
        for (String problem : viewModel.problems()) {
            Label line = styled(new Label(problem), "notice-line");
            line.setWrapText(true);
            line.setFocusTraversable(true);
            line.setAccessibleText(problem);
            problemNotice.getChildren().add(line);
        }
    }

    private static Label styled(Label label, String style) {
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }

    @Override
    public Node node() {
        return page;
    }

    @Override
    public Node initialFocus() {
        Role role = viewModel.role();
        return role == null ? employer : role == Role.EMPLOYER ? employer : employee;
    }
}
