package nl.profielwijzer.ui.map;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.Shortcuts;
import nl.profielwijzer.ui.theme.Styles;

/** "Show the whole tree", the same on the question and the conclusion screen. */
public final class ShowMapButton {
    private ShowMapButton() {
    }

    public static Button create(I18n i18n, Runnable showMap) {
        Button button = new Button(i18n.get("map.show"));
        button.setId("show-map");
        button.getStyleClass().add(Styles.LINK_BUTTON);
        String help = i18n.get("map.show.help") + " (" + Shortcuts.SHOW_MAP.getDisplayText() + ")";
        button.setAccessibleHelp(help);
        button.setTooltip(new Tooltip(help));
        button.setOnAction(e -> showMap.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the topic beside it wraps instead
        button.setWrapText(true);
        return button;
    }
}
