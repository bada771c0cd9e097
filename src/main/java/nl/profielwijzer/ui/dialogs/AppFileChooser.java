package nl.profielwijzer.ui.dialogs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import nl.profielwijzer.ui.i18n.I18n;

/**
 * A file chooser inside the app, in place of the system's (GTK) dialog, which adds every chosen file to the
 * desktop's list of recent files, a trace on a shared computer. This one writes nothing anywhere: it lists a
 * folder (sub-folders first, then the files with the wanted extension), goes up and into folders, and for saving
 * takes a file name. It is a window owned by the main window, so quick hide blanks it and swallows its keys, and
 * it takes the main window's text size and contrast. The folder last used is remembered in memory only, for this
 * run of the app.
 *
 * <p>Keys: type a name and Enter; in the list Enter opens a folder or chooses a file, Backspace goes up; Escape
 * cancels. Why this and not a library: docs/decisions/0011-in-app-file-chooser.md.
 */
public final class AppFileChooser {
    /** Open an existing file, or save to a (new or existing) file. */
    public enum Mode { OPEN, SAVE }

    private static Path lastFolder;

    private final I18n i18n;
    private final Mode mode;
    private final String extension;
    private final Stage stage = new Stage();
    private final ListView<Path> list = new ListView<>();
    private final Label folderLabel = new Label();
    private final TextField name = new TextField();
    private final Label message = new Label();
    private final Button choose;
    private final Consumer<Parent> styler;
    private Path folder;
    private Path result;

    /**
     * @param extension the files listed, e.g. {@code .pwa.json}; other files are not shown
     * @param styler    puts the main window's stylesheet, text size and contrast on the chooser
     */
    public AppFileChooser(Window owner, I18n i18n, Mode mode, String title, String filterName, String extension,
            String suggestedName, Consumer<Parent> styler) {
        this.i18n = i18n;
        this.mode = mode;
        this.extension = extension;
        this.styler = styler;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        choose = new Button(i18n.get(mode == Mode.OPEN ? "chooser.open" : "chooser.save"));
        choose.setId("chooser-choose");
        choose.setDefaultButton(true);
        BorderPane root = layout(title, i18n.format("chooser.showing", filterName, extension), suggestedName);
        root.setId("file-chooser");
        styler.accept(root);
        stage.setScene(new Scene(root, 640, 460));
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        Path start = lastFolder != null && Files.isDirectory(lastFolder) ? lastFolder
                : Path.of(System.getProperty("user.home", "."));
        show(start.toAbsolutePath().normalize());
    }

    private BorderPane layout(String title, String showing, String suggestedName) {
        Label heading = new Label(title);
        heading.getStyleClass().add("subtitle");
        heading.setWrapText(true);
        Button up = new Button(i18n.get("chooser.up"));
        up.setId("chooser-up");
        up.setOnAction(e -> up());
        Button home = new Button(i18n.get("chooser.home"));
        home.setId("chooser-home");
        home.setOnAction(e -> show(Path.of(System.getProperty("user.home", ".")).toAbsolutePath()));
        folderLabel.setId("chooser-folder");
        folderLabel.setWrapText(true);
        folderLabel.setMinWidth(0);
        HBox.setHgrow(folderLabel, Priority.ALWAYS);
        HBox where = new HBox(8, up, home, folderLabel);
        where.setAlignment(Pos.CENTER_LEFT);
        where.setMinWidth(0);
        list.setId("chooser-list");
        list.setAccessibleText(i18n.get("chooser.list"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
                setMnemonicParsing(false);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && !Files.isDirectory(now)) {
                name.setText(now.getFileName().toString());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                activate(list.getSelectionModel().getSelectedItem());
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                activate(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE) {
                up();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label nameLabel = new Label(i18n.get("chooser.name"));
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        name.setId("chooser-name");
        name.setAccessibleText(i18n.get("chooser.name"));
        if (suggestedName != null) {
            name.setText(suggestedName);
        }
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox nameRow = new HBox(8, nameLabel, name);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        message.setId("chooser-message");
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Button cancel = new Button(i18n.get("dialog.cancel"));
        cancel.setId("chooser-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        choose.setOnAction(e -> chooseTyped());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, choose);
        Label filter = new Label(showing);
        filter.getStyleClass().add("muted");
        filter.setWrapText(true);
        VBox content = new VBox(10, heading, where, list, filter, nameRow, message, buttons);
        content.setFillWidth(true);
        content.getStyleClass().add("file-chooser");
        content.setStyle("-fx-padding: 14px;");
        return new BorderPane(content);
    }

    /** Shows the chooser and waits; the chosen file, or empty when cancelled. */
    public Optional<Path> showAndWait() {
        stage.setOnShown(e -> {
            DialogPlacement.keepOnScreen(stage);
            (mode == Mode.SAVE ? name : list).requestFocus();
            if (mode == Mode.SAVE) {
                int dot = name.getText().toLowerCase(Locale.ROOT).endsWith(extension)
                        ? name.getText().length() - extension.length() : name.getText().length();
                name.selectRange(0, dot);
            }
        });
        stage.showAndWait();
        if (result != null) {
            lastFolder = result.getParent();
        }
        return Optional.ofNullable(result);
    }

    /** The window (for tests and quick hide). */
    public Stage stage() {
        return stage;
    }

    private String label(Path item) {
        String fileName = item.getFileName() == null ? item.toString() : item.getFileName().toString();
        return Files.isDirectory(item) ? fileName + "/" : fileName;
    }

    private void up() {
        if (folder.getParent() != null) {
            Path from = folder;
            show(folder.getParent());
            list.getSelectionModel().select(from);
            list.scrollTo(from);
        }
    }

    private void activate(Path item) {
        if (item == null) {
            return;
        }
        if (Files.isDirectory(item)) {
            show(item);
        } else {
            finish(item);
        }
    }

    /** The typed name: a folder opens it, a file (relative to the folder shown) is chosen. */
    private void chooseTyped() {
        String typed = name.getText().strip();
        if (typed.isEmpty()) {
            activate(list.getSelectionModel().getSelectedItem());
            return;
        }
        Path target = folder.resolve(typed).toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            name.clear();
            show(target);
        } else if (mode == Mode.OPEN && !Files.exists(target)) {
            message.setText(i18n.format("chooser.missing", typed));
        } else {
            finish(target);
        }
    }

    private void finish(Path file) {
        if (mode == Mode.SAVE && Files.exists(withExtension(file)) && !confirmReplace(withExtension(file))) {
            return;
        }
        result = file;
        stage.close();
    }

    private Path withExtension(Path file) {
        return SavedFiles.withExtension(file, extension);
    }

    private boolean confirmReplace(Path file) {
        FxDialogService dialogs = new FxDialogService(stage, i18n, styler);
        return dialogs.confirm(i18n.get("chooser.replace.title"), i18n.format("chooser.replace.message",
                file.getFileName()), i18n.get("chooser.replace"), i18n.get("dialog.cancel"));
    }

    /** Lists a folder: sub-folders first, then files with the extension; hidden entries are left out. */
    private void show(Path newFolder) {
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(newFolder)) {
            for (Path entry : entries) {
                String n = entry.getFileName().toString();
                if (n.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    folders.add(entry);
                } else if (n.toLowerCase(Locale.ROOT).endsWith(extension)) {
                    files.add(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            message.setText(i18n.format("chooser.unreadable", newFolder));
            return;
        }
        Comparator<Path> byName = Comparator.comparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT));
        folders.sort(byName);
        files.sort(byName);
        folder = newFolder;
        folderLabel.setText(i18n.format("chooser.folder", newFolder));
        list.getItems().setAll(folders);
        list.getItems().addAll(files);
        message.setText(files.isEmpty() && folders.isEmpty() ? i18n.get("chooser.empty") : "");
    }
}
