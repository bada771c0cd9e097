package nl.profielwijzer.ui.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import nl.profielwijzer.tree.Language;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.theme.TextSize;

/**
 * The menu bar: File (start over, save, open; print, save as PDF, copy the advice; quit), View (the map of the
 * tree, language, text size, high contrast, quick hide) and Help (keys, about). Built once; its texts follow the
 * language. Items that need a conclusion or a consultation are disabled without one.
 */
public final class AppMenuBar {
    private final ShellViewModel shell;
    private final I18n i18n;
    private final MenuBar bar = new MenuBar();
    /** Each item with the key of its text, so a change of language relabels it. */
    private final List<Runnable> relabel = new ArrayList<>();
    private final Map<Language, RadioMenuItem> languageItems = new EnumMap<>(Language.class);
    private final Map<TextSize, RadioMenuItem> sizeItems = new EnumMap<>(TextSize.class);
    private final Runnable showKeys;
    private final ConsultationCommands commands;

    public AppMenuBar(ShellViewModel shell, Runnable showKeys, ConsultationCommands commands) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.showKeys = showKeys;
        this.commands = commands;
        initializeParts();
        bindToModel();
        applyTexts();
    }

    public MenuBar node() {
        return bar;
    }

    private void initializeParts() {
        Menu file = menu("menu.file");
        MenuItem startOver = item("menu.file.startOver", shell::startOver, shortcut(KeyCode.N));
        MenuItem save = item("menu.file.save", shell::saveAnswers, shortcut(KeyCode.S));
        save.disableProperty().bind(shell.canSaveProperty().not());
        MenuItem open = item("menu.file.open", shell::openAnswers, shortcut(KeyCode.O));
        MenuItem quit = item("menu.file.quit", shell::quit, shortcut(KeyCode.Q));
        file.getItems().addAll(startOver, save, open, new SeparatorMenuItem(),
                item("menu.file.print", commands.print(), Shortcuts.PRINT),
                item("menu.file.savePdf", commands.savePdf(), Shortcuts.SAVE_PDF),
                item("menu.file.copyAdvice", commands.copyAdvice(), Shortcuts.COPY_ADVICE),
                new SeparatorMenuItem(), quit);

        Menu view = menu("menu.view");
        Menu language = menu("menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(l == Language.NL ? "Nederlands" : "English");
            item.setToggleGroup(languages);
            item.setId("menu-language-" + l.code());
            item.setOnAction(e -> shell.chooseLanguage(l));
            languageItems.put(l, item);
            language.getItems().add(item);
        }
        Menu size = menu("menu.view.textSize");
        ToggleGroup sizes = new ToggleGroup();
        for (TextSize s : TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem();
            String key = switch (s) {
                case SMALL -> "menu.view.textSize.small";
                case NORMAL -> "menu.view.textSize.normal";
                case LARGE -> "menu.view.textSize.large";
                case LARGEST -> "menu.view.textSize.largest";
            };
            relabel.add(() -> item.setText(i18n.get(key)));
            item.setToggleGroup(sizes);
            item.setId("menu-size-" + s.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> shell.chooseTextSize(s));
            sizeItems.put(s, item);
            size.getItems().add(item);
        }
        size.getItems().addAll(new SeparatorMenuItem(),
                item("menu.view.textSize.larger", shell::largerText, shortcut(KeyCode.EQUALS)),
                item("menu.view.textSize.smaller", shell::smallerText, shortcut(KeyCode.MINUS)),
                item("menu.view.textSize.reset", shell::normalText, shortcut(KeyCode.DIGIT0)));
        CheckMenuItem contrast = new CheckMenuItem();
        contrast.setId("menu-contrast");
        relabel.add(() -> contrast.setText(i18n.get("menu.view.contrast")));
        contrast.setSelected(shell.highContrastProperty().get());
        contrast.selectedProperty().addListener((o, was, on) -> shell.setHighContrast(on));
        shell.highContrastProperty().addListener((o, was, on) -> contrast.setSelected(on));
        MenuItem hide = item("menu.view.hide", shell::toggleHidden, QuickHide.KEY);
        view.getItems().addAll(item("menu.view.map", commands.showMap(), Shortcuts.SHOW_MAP),
                new SeparatorMenuItem(), language, size, contrast, new SeparatorMenuItem(), hide);

        Menu help = menu("menu.help");
        help.getItems().addAll(item("menu.help.keys", showKeys, new KeyCodeCombination(KeyCode.F1)),
                item("menu.help.about", shell::showAbout, null));
        bar.getMenus().addAll(file, view, help);
        bar.setId("menu-bar");
    }

    private void bindToModel() {
        syncSelection();
        shell.languageProperty().addListener((o, a, b) -> {
            applyTexts();
            syncSelection();
        });
        shell.textSizeProperty().addListener((o, a, b) -> syncSelection());
    }

    private void syncSelection() {
        languageItems.get(shell.languageProperty().get()).setSelected(true);
        sizeItems.get(shell.textSizeProperty().get()).setSelected(true);
    }

    private void applyTexts() {
        relabel.forEach(Runnable::run);
    }

    private Menu menu(String key) {
        Menu menu = new Menu();
        menu.setId(key.replace('.', '-'));
        menu.setMnemonicParsing(true);
        relabel.add(() -> menu.setText(i18n.get(key)));
        return menu;
    }

    /** An item that is enabled only while its command can run: never a dead item. */
    private MenuItem item(String key, Command command, KeyCombination accelerator) {
        MenuItem item = item(key, command.action(), accelerator);
        item.disableProperty().bind(Bindings.not(command.enabled()));
        return item;
    }

    private MenuItem item(String key, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem();
        item.setMnemonicParsing(true);
        item.setId(key.replace('.', '-'));
        relabel.add(() -> item.setText(i18n.get(key)));
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** A menu item by id (e.g. {@code menu-file-save}, {@code menu-language-en}), for tests. */
    public java.util.Optional<MenuItem> item(String id) {
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, all));
        return all.stream().filter(i -> id.equals(i.getId())).findFirst();
    }

    /** Every menu and item, depth first. */
    public List<MenuItem> items() {
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, all));
        return all;
    }

    private static void collect(MenuItem item, List<MenuItem> into) {
        into.add(item);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, into));
        }
    }
}
