package nl.profielwijzer.ui.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

import nl.profielwijzer.tree.GlossaryEntry;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.ui.theme.Styles;

/**
 * A text with its glossary terms marked: each term (its first occurrence) is a focusable, underlined word whose
 * explanation shows on hover and when it gets keyboard focus, and is its accessible help for screen readers.
 */
public final class GlossaryText {
    /** A glossary term found in a text, at [start, end). */
    record Mark(int start, int end, GlossaryEntry entry) {
    }

    private GlossaryText() {
    }

    public static TextFlow of(String text, List<GlossaryEntry> glossary, Language language, String flowStyle,
            String runStyle) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(flowStyle);
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(text);
        int at = 0;
        for (Mark mark : marks(text, glossary, language)) {
            if (mark.start() > at) {
                flow.getChildren().add(run(text.substring(at, mark.start()), runStyle));
            }
            flow.getChildren().add(term(text.substring(mark.start(), mark.end()), mark.entry(), language));
            at = mark.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(run(text.substring(at), runStyle));
        }
        return flow;
    }

    /** The first occurrence of each term (longest form first), not overlapping, in text order. */
    static List<Mark> marks(String text, List<GlossaryEntry> glossary, Language language) {
        List<Mark> marks = new ArrayList<>();
        for (GlossaryEntry entry : glossary) {
            List<String> forms = new ArrayList<>(entry.forms(language));
            forms.sort(Comparator.comparingInt(String::length).reversed());
            for (String form : forms) {
                if (form.isBlank()) {
                    continue;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
                boolean placed = false;
                while (m.find() && !placed) {
                    Mark candidate = new Mark(m.start(), m.end(), entry);
                    if (marks.stream().noneMatch(other -> other.start() < candidate.end()
                            && candidate.start() < other.end())) {
                        marks.add(candidate);
                        placed = true;
                    }
                }
                if (placed) {
                    break;
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        return marks;
    }

    private static Text run(String text, String style) {
        Text run = new Text(text);
        run.getStyleClass().add(style);
        return run;
    }

    private static Label term(String word, GlossaryEntry entry, Language language) {
        String explanation = entry.explanation().in(language);
        Label term = new Label(word);
        term.getStyleClass().add(Styles.GLOSSARY_TERM);
        term.setFocusTraversable(true);
        term.setMnemonicParsing(false);
        term.setAccessibleText(word);
        term.setAccessibleHelp(explanation);
        Tooltip tip = new Tooltip(entry.term(language) + ": " + explanation);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.INDEFINITE);
        tip.getStyleClass().add("glossary-tip");
        term.setTooltip(tip);
        term.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                Bounds b = term.localToScreen(term.getBoundsInLocal());
                if (b != null) {
                    tip.show(term, b.getMinX(), b.getMaxY() + 4);
                }
            } else {
                tip.hide();
            }
        });
        return term;
    }
}
