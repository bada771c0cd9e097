package nl.profielwijzer.ui.start;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

import nl.profielwijzer.ui.theme.Styles;

/**
 * A topic on the start screen as one large button: title, headline question and law-as-of date, wrapping
 * freely (a Button with a wrapping graphic computes a wrong height). Click, Enter, Space and a screen
 * reader's "press" all choose it.
 */
final class TopicCardButton extends VBox {
    private final Runnable action;

    TopicCardButton(TopicCard topic, Runnable action) {
        this.action = action;
        getStyleClass().add(Styles.CARD);
        Label title = label(topic.title(), Styles.CARD_TITLE);
        getChildren().add(title);
        if (!topic.headline().isEmpty()) {
            getChildren().add(label(topic.headline(), Styles.CARD_TEXT));
        }
        getChildren().add(label(topic.lawAsOf(), Styles.MUTED));
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(String.join(". ", topic.title(), topic.headline(), topic.lawAsOf()));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                fire();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                fire();
                e.consume();
            }
        });
    }

    void fire() {
        if (!isDisabled()) {
            action.run();
        }
    }

    @Override
    public void executeAccessibleAction(AccessibleAction accessibleAction, Object... parameters) {
        if (accessibleAction == AccessibleAction.FIRE) {
            fire();
        } else {
            super.executeAccessibleAction(accessibleAction, parameters);
        }
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
