package nl.profielwijzer.ui.map;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import nl.profielwijzer.advice.ReportText;
import nl.profielwijzer.tree.Verdict;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.QuickHide;
import nl.profielwijzer.ui.shell.ShellViewModel;
import nl.profielwijzer.ui.theme.Styles;
import nl.profielwijzer.ui.theme.Theme;

/**
 * The map of the whole tree in a window of its own beside the main one: a toolbar (fit, 100 %, smaller, larger,
 * close), a legend, the drawing in a scroll pane, and a line under it with the full text of the box that has the
 * keyboard focus. It opens at "fit" when the tree is still readable that way, else at 100 % scrolled to the
 * current node. Escape closes it; Ctrl+= / Ctrl+- / Ctrl+0 zoom; Ctrl+H hides it with the app, as in the main
 * window, and while hidden no other key does anything here either.
 *
 * <p>The window has no owner and is not modal, so it never stays on top of the main window nor blocks it (a
 * window with an owner always stands above it); quick hide finds it through {@link QuickHide#APP_WINDOW}. A tree
 * with more than {@link #MAX_DRAWN_NODES} nodes is not drawn: the window says it is too large instead of taking
 * seconds and gigabytes to draw thousands of unreadable boxes.
 */
public final class TreeMapWindow {
    /** Below this the 12 px text of the boxes is too small to read, so the map opens at 100 % instead. */
    static final double SMALLEST_READABLE_FIT = 0.8;
    /** The most nodes the map draws; the bundled trees have at most 30. */
    public static final int MAX_DRAWN_NODES = 300;
    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 2;
    private static final double ZOOM_STEP = 1.25;

    private final ShellViewModel shell;
    private final I18n i18n;
    private final TreeMapViewModel model;
    private final int nodeCount;
    private final Stage stage = new Stage();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    private TreeMapDrawing drawing;
    private ScrollPane scroller;
    private Label zoomText;
    private Button fit;
    private Button actual;
    private Button smaller;
    private Button larger;
    private Button close;
    private BorderPane root;
    private Label detail;

    private TreeMapWindow(Window owner, ShellViewModel shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.nodeCount = shell.session().consultation().tree().nodes().size();
        this.model = nodeCount > MAX_DRAWN_NODES ? null : new TreeMapViewModel(shell.session().consultation(),
                shell.session().role(), i18n);
        stage.getProperties().put(QuickHide.APP_WINDOW, owner);
        stage.initModality(Modality.NONE);
        if (owner instanceof Stage main) {
            stage.getIcons().setAll(main.getIcons());
            // Closing the main window (quitting) takes the map along.
            main.showingProperty().addListener((o, was, showing) -> {
                if (!showing) {
                    stage.close();
                }
            });
        }
        if (model == null) {
            tooLarge();
        } else {
            initializeParts();
            layoutParts();
            bindToModel();
            setupEventHandlers();
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double ownerWidth = owner == null ? 0 : owner.getWidth();
        double ownerHeight = owner == null ? 0 : owner.getHeight();
        // As large as the main window, or 90 % of the screen when that is larger: a tree needs room.
        stage.setWidth(Math.min(screen.getWidth(), Math.max(ownerWidth, screen.getWidth() * 0.9)));
        stage.setHeight(Math.min(screen.getHeight(), Math.max(ownerHeight, screen.getHeight() * 0.9)));
    }

    /** Opens the map of the consultation on screen (if any) beside the main window. */
    public static TreeMapWindow open(Window owner, ShellViewModel shell) {
        if (shell.session().consultation() == null) {
            return null;
        }
        TreeMapWindow window = new TreeMapWindow(owner, shell);
        window.stage.show();
        window.stage.requestFocus();
        if (window.model != null) {
            window.openAtReadableSize();
        }
        return window;
    }

    /** Instead of a drawing: the tree is too large to draw legibly; say so, with the numbers. */
    private void tooLarge() {
        Label text = new Label(i18n.format("map.tooLarge", nodeCount, MAX_DRAWN_NODES));
        text.setId("map-too-large");
        text.setWrapText(true);
        text.setFocusTraversable(true);
        text.setAccessibleText(text.getText());
        close = toolButton("map.close", "map.close.help", "map-close");
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(16, text, close);
        box.setStyle("-fx-padding: 24px;");
        root = new BorderPane(box);
        root.setId("tree-map");
        shell.appearance().applyTo(root);
        stage.setScene(new Scene(root, 560, 260));
        stage.setTitle(i18n.format("map.title", shell.session().consultation().tree().title().in(i18n.language())));
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!shell.hiddenProperty().get() && e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
    }

    private void initializeParts() {
        drawing = new TreeMapDrawing(model, i18n.get("map.here"));
        fit = toolButton("map.fit", "map.fit.help", "map-fit");
        actual = toolButton("map.actual", "map.actual.help", "map-actual");
        smaller = toolButton("map.smaller", "map.smaller.help", "map-smaller");
        larger = toolButton("map.larger", "map.larger.help", "map-larger");
        close = toolButton("map.close", "map.close.help", "map-close");
        zoomText = new Label();
        zoomText.setId("map-zoom");
        zoomText.getStyleClass().add(Styles.MUTED);
        zoomText.setMinWidth(Region.USE_PREF_SIZE);
        StackPane centred = new StackPane(new Group(drawing));
        centred.getStyleClass().add(Styles.MAP_SCROLLER);
        scroller = new ScrollPane(centred);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setId("map-scroller");
        scroller.getStyleClass().add(Styles.MAP_SCROLLER);
        scroller.setPannable(true);
        scroller.setFocusTraversable(false);
    }

    private Button toolButton(String textKey, String helpKey, String id) {
        Button button = new Button(i18n.get(textKey));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setAccessibleHelp(i18n.get(helpKey));
        button.setTooltip(new Tooltip(i18n.get(helpKey)));
        return button;
    }

    private void layoutParts() {
        Label title = new Label(model.title());
        title.getStyleClass().add(Styles.SUBTITLE);
        title.setId("map-title");
        title.setMinWidth(0);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(title, spacer, fit, actual, smaller, zoomText, larger, close);
        tools.getStyleClass().add(Styles.MAP_TOOLBAR);
        VBox top = new VBox(tools, legend());
        detail = new Label(i18n.get("map.detail.none"));
        detail.setId("map-detail");
        detail.getStyleClass().addAll(Styles.MUTED, "map-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        root = new BorderPane(scroller);
        root.setTop(top);
        root.setBottom(detail);
        root.setId("tree-map");
        root.setAccessibleText(model.summary());
        shell.appearance().applyTo(root);
        stage.setScene(new Scene(root));
        stage.setTitle(model.title());
    }

    /** What the shapes mean, in words: question, the four verdicts, your path, you are here. */
    private FlowPane legend() {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add(Styles.MAP_LEGEND);
        legend.setId("map-legend");
        legend.getChildren().add(sample(i18n.get("map.legend.question"), Styles.MAP_QUESTION));
        for (Verdict verdict : Verdict.values()) {
            legend.getChildren().add(sample(ReportText.verdictWord(i18n.language(), verdict),
                    Styles.MAP_OUTCOME, Styles.verdictClass(verdict)));
        }
        Region path = new Region();
        path.getStyleClass().add(Styles.MAP_LEGEND_PATH);
        Label pathText = new Label(i18n.get("map.legend.path"), path);
        pathText.setMinWidth(Region.USE_PREF_SIZE);
        Label here = new Label(i18n.get("map.here"));
        here.setMinWidth(Region.USE_PREF_SIZE);
        here.getStyleClass().add(Styles.MAP_HERE);
        legend.getChildren().addAll(pathText, here);
        return legend;
    }

    private static Label sample(String text, String... styles) {
        Region swatch = new Region();
        swatch.getStyleClass().add(Styles.MAP_SWATCH);
        swatch.getStyleClass().addAll(styles);
        Label label = new Label(text, swatch);
        label.setMnemonicParsing(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void bindToModel() {
        drawing.scaleXProperty().bind(zoom);
        drawing.scaleYProperty().bind(zoom);
        zoomText.textProperty().bind(zoom.multiply(100).asString("%.0f %%"));
        smaller.disableProperty().bind(zoom.lessThanOrEqualTo(MIN_ZOOM));
        larger.disableProperty().bind(zoom.greaterThanOrEqualTo(MAX_ZOOM));
    }

    private void setupEventHandlers() {
        fit.setOnAction(e -> zoom.set(fitZoom()));
        actual.setOnAction(e -> zoom.set(1));
        smaller.setOnAction(e -> zoomBy(1 / ZOOM_STEP));
        larger.setOnAction(e -> zoomBy(ZOOM_STEP));
        close.setOnAction(e -> stage.close());
        Scene scene = stage.getScene();
        KeyCombination in = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
        KeyCombination inPlus = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
        KeyCombination out = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
        KeyCombination reset = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (QuickHide.KEY.match(e) || shell.hiddenProperty().get()) {
                return; // QuickHide blanks this window with the others and swallows every other key meanwhile
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (in.match(e) || inPlus.match(e)) {
                zoomBy(ZOOM_STEP);
            } else if (out.match(e)) {
                zoomBy(1 / ZOOM_STEP);
            } else if (reset.match(e)) {
                zoom.set(1);
            } else if (e.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof Button button) {
                button.fire();
            } else {
                return;
            }
            e.consume();
        });
        scroller.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomBy(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
                e.consume();
            }
        });
        scene.focusOwnerProperty().addListener((o, before, now) -> {
            if (now != null && drawing.boxes().contains(now)) {
                scrollTo(now);
                detail.setText(((TreeMapViewModel.MapNode) now.getUserData()).details());
            }
        });
    }

    private void zoomBy(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
    }

    /** The zoom at which the whole drawing fits the visible area (never above 100 %). */
    double fitZoom() {
        Bounds viewport = scroller.getViewportBounds();
        double z = Math.min(viewport.getWidth() / drawing.getPrefWidth(), viewport.getHeight() / drawing.getPrefHeight());
        return Math.max(MIN_ZOOM, Math.min(1, z));
    }

    private void openAtReadableSize() {
        root.applyCss();
        root.layout();
        double fitted = fitZoom();
        zoom.set(fitted >= SMALLEST_READABLE_FIT ? fitted : 1);
        root.layout();
        Node current = drawing.currentBox();
        if (current != null) {
            current.requestFocus();
            scrollTo(current, true);
        }
    }

    private void scrollTo(Node node) {
        scrollTo(node, false);
    }

    /**
     * Scrolls so that the node is in the middle across; down so that it is in the middle, or, with
     * {@code showPathAbove}, near the bottom of the visible area so that the path leading to it shows above it.
     */
    private void scrollTo(Node node, boolean showPathAbove) {
        Bounds box = node.getBoundsInParent();
        Bounds viewport = scroller.getViewportBounds();
        double contentWidth = drawing.getPrefWidth() * zoom.get();
        double contentHeight = drawing.getPrefHeight() * zoom.get();
        if (contentWidth > viewport.getWidth()) {
            double x = box.getCenterX() * zoom.get() - viewport.getWidth() / 2;
            scroller.setHvalue(clamp(x / (contentWidth - viewport.getWidth())));
        }
        if (contentHeight > viewport.getHeight()) {
            double y = showPathAbove ? (box.getMaxY() + TreeMapDrawing.MARGIN) * zoom.get() - viewport.getHeight()
                    : box.getCenterY() * zoom.get() - viewport.getHeight() / 2;
            scroller.setVvalue(clamp(y / (contentHeight - viewport.getHeight())));
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** The window (for tests). */
    public Stage stage() {
        return stage;
    }

    /** The zoom now, 1 for 100 % (for tests). */
    public double zoom() {
        return zoom.get();
    }
}
