package nl.profielwijzer.ui.shell;

import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import nl.profielwijzer.ui.Page;
import nl.profielwijzer.ui.theme.AppIcons;
import nl.profielwijzer.ui.theme.Styles;
import nl.profielwijzer.ui.theme.Theme;

/**
 * The main window: menu bar, the current screen in a scrolling, centred column, a status line, and the quick
 * hide layer over everything. It shows the screen that follows from the consultation and rebuilds it when the
 * consultation or the language changes; nothing else happens on the JavaFX thread.
 */
public final class MainWindow {
    public static final double CONTENT_WIDTH = 760;
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 720;

    private final Stage stage;
    private final ShellViewModel shell;
    private final ScreenFactory screens;
    private final ConsultationCommands commands;

    private AppMenuBar menuBar;
    private ScrollPane scroller;
    private StackPane pageHost;
    private Label status;
    private BorderPane app;
    private Pane cover;
    private StackPane root;
    private Scene scene;
    private Page page;
    private Label starting;
    private boolean ready;

    public MainWindow(Stage stage, ShellViewModel shell, ScreenFactory screens, ConsultationCommands commands) {
        this.stage = stage;
        this.shell = shell;
        this.screens = screens;
        this.commands = commands;
        initializeParts();
        layoutParts();
        bindToModel();
        setupEventHandlers();
    }

    /** Only what the first frame needs: a quiet window in the app's colours. The rest follows that frame. */
    private void initializeParts() {
        starting = new Label(shell.i18n().get("app.title"));
        starting.getStyleClass().addAll(Styles.MUTED, "starting");
        cover = new Pane();
        cover.setId("quick-hide-cover");
        cover.getStyleClass().add(Styles.QUICK_HIDE_COVER);
        cover.setFocusTraversable(false);
    }

    private void layoutParts() {
        app = new BorderPane(starting);
        root = new StackPane(app, cover);
        root.setId("main-root");
        scene = new Scene(root, WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(400);
    }

    private void bindToModel() {
        shell.textSizeProperty().addListener(o -> applyTheme());
        shell.highContrastProperty().addListener(o -> applyTheme());
        shell.hiddenProperty().addListener(o -> stage.setTitle(shell.windowTitle()));
        shell.languageProperty().addListener(o -> stage.setTitle(shell.windowTitle()));
        applyTheme();
        stage.setTitle(shell.windowTitle());
    }

    private void setupEventHandlers() {
        new QuickHide(scene, app, cover, shell.hiddenProperty(), shell::toggleHidden, shell::windowTitle).install();
        // Closing the window is Quit: unsaved answers are not lost without asking.
        stage.setOnCloseRequest(e -> {
            e.consume();
            shell.quit();
        });
        // Enter activates the focused button or link; elsewhere (e.g. on a chosen option) the default button.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isControlDown()
                    && scene.getFocusOwner() instanceof ButtonBase button && !(button instanceof ToggleButton)
                    && !(button instanceof javafx.scene.control.CheckBox) && !button.isDisabled()) {
                button.fire();
                e.consume();
            }
        });
        scene.focusOwnerProperty().addListener((o, before, now) -> scrollIntoView(now));
        // Page Down / Page Up scroll the page by a screenful (the scroll pane itself moves only a line).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) && scroller != null
                    && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                scrollByPage(e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
                e.consume();
            }
        });
    }

    /**
     * After the first frame: the menu bar, the scrolling page column, the status line and the first screen.
     * Then {@code whenReady} runs (the app starts loading the trees).
     */
    private void completeWindow(Runnable whenReady) {
        menuBar = new AppMenuBar(shell, shell::showKeys, commands);
        pageHost = new StackPane();
        pageHost.getStyleClass().add(Styles.PAGE_HOST);
        pageHost.setAlignment(Pos.TOP_CENTER);
        scroller = new ScrollPane(pageHost);
        scroller.setFitToWidth(true);
        scroller.setFocusTraversable(false);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setId("page-scroller");
        status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(shell.statusProperty());
        status.visibleProperty().bind(shell.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        app.setTop(menuBar.node());
        app.setCenter(scroller);
        app.setBottom(status);
        stage.getIcons().setAll(AppIcons.window());
        ConsultationSession session = shell.session();
        session.consultationProperty().addListener(this::render);
        shell.languageProperty().addListener(this::render);
        render(null);
        ready = true;
        whenReady.run();
    }

    /**
     * Shows the window. Once its first frame is on screen, runs {@code atFirstFrame}, completes the window and
     * then runs {@code whenReady}.
     */
    public void show(Runnable atFirstFrame, Runnable whenReady) {
        stage.show();
        FirstFrameProbe.afterFirstFrame(() -> {
            atFirstFrame.run();
            completeWindow(whenReady);
        });
    }

    /** The menu bar; null until the window is complete. */
    public AppMenuBar menu() {
        return menuBar;
    }

    /** Whether the window is complete (its first screen is built). */
    public boolean isReady() {
        return ready;
    }

    public Scene scene() {
        return scene;
    }

    /** The page on screen (for tests). */
    public Page page() {
        return page;
    }

    private void render(Observable ignored) {
        page = screens.create(shell.session().screen());
        Node node = page.node();
        if (node instanceof Region region) {
            region.setMaxWidth(contentWidth());
        }
        pageHost.getChildren().setAll(node);
        scroller.setVvalue(0);
        Node focus = page.initialFocus();
        if (focus != null && !shell.hiddenProperty().get()) {
            focus.requestFocus();
        }
    }

    private double contentWidth() {
        return CONTENT_WIDTH * shell.textSizeProperty().get().pixels() / 16.0;
    }

    private void applyTheme() {
        Theme.apply(root, shell.textSizeProperty().get(), shell.highContrastProperty().get());
        if (page != null && page.node() instanceof Region region) {
            region.setMaxWidth(contentWidth());
        }
    }

    /** Puts the text size, contrast and stylesheet of the window on another root (a dialog). */
    public void style(Parent other) {
        Theme.apply(other, shell.textSizeProperty().get(), shell.highContrastProperty().get());
    }

    /** Scrolls the page one viewport down (1) or up (-1), keeping a line of the previous view for context. */
    void scrollByPage(int direction) {
        double viewport = scroller.getViewportBounds().getHeight();
        double content = pageHost.getBoundsInLocal().getHeight();
        if (content <= viewport) {
            return;
        }
        double top = (content - viewport) * scroller.getVvalue();
        double step = Math.max(viewport * 0.9, viewport - 40);
        double newTop = Math.max(0, Math.min(content - viewport, top + direction * step));
        scroller.setVvalue(newTop / (content - viewport));
    }

    /** Keyboard users see what they tabbed to: scroll the page so the focused control is in view. */
    private void scrollIntoView(Node node) {
        if (node == null || !isInside(node, pageHost)) {
            return;
        }
        Bounds inContent = pageHost.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroller.getViewportBounds().getHeight();
        double content = pageHost.getBoundsInLocal().getHeight();
        if (inContent == null || content <= viewport) {
            return;
        }
        double top = (content - viewport) * scroller.getVvalue();
        double margin = 24;
        double newTop;
        if (inContent.getMinY() - margin < top) {
            newTop = inContent.getMinY() - margin;
        } else if (inContent.getMaxY() + margin > top + viewport) {
            newTop = inContent.getMaxY() + margin - viewport;
        } else {
            return;
        }
        scroller.setVvalue(Math.max(0, Math.min(1, newTop / (content - viewport))));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
