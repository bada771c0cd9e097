package nl.profielwijzer.ui.theme;

import javafx.css.PseudoClass;

/** Style class names used by the views and the stylesheet, in one place instead of string literals. */
public final class Styles {
    public static final String PAGE = "page";
    public static final String PAGE_HOST = "page-host";
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String SECTION_TITLE = "section-title";
    public static final String MUTED = "muted";
    public static final String NOTICE = "notice";
    public static final String NOTICE_ERROR = "notice-error";
    public static final String PRIVACY = "privacy";
    public static final String CARD = "card";
    public static final String CARD_TITLE = "card-title";
    public static final String CARD_TEXT = "card-text";
    public static final String CHOICE_CARD = "choice-card";
    public static final String PRIMARY = "primary";
    public static final String QUESTION_TEXT = "question-text";
    public static final String QUESTION_RUN = "question-run";
    public static final String BODY_TEXT = "body-text";
    public static final String BODY_RUN = "body-run";
    public static final String GLOSSARY_TERM = "glossary-term";
    public static final String PROGRESS = "progress";
    public static final String WHY = "why";
    public static final String BUTTON_BAR = "button-bar-row";
    public static final String VERDICT_BANNER = "verdict-banner";
    public static final String VERDICT_LABEL = "verdict-label";
    public static final String VIEWS = "views";
    public static final String VIEW_HOLDER = "view-holder";
    public static final String ANSWER_ROW = "answer-row";
    public static final String CITATION = "citation";
    public static final String CITATION_STANDING = "citation-standing";
    public static final String CERTAINTY_NOTE = "certainty-note";
    public static final String CITATION_CONTENT = "citation-content";
    public static final String DISCLAIMER = "disclaimer";
    public static final String QUICK_HIDE_COVER = "quick-hide-cover";
    public static final String TOPIC_ROW = "topic-row";
    public static final String LINK_BUTTON = "link-button";
    public static final String ADVICE_ACTIONS = "advice-actions";
    public static final String CONFIRMATION = "confirmation";
    public static final String MAP_DRAWING = "map-drawing";
    public static final String MAP_SCROLLER = "map-scroller";
    public static final String MAP_TOOLBAR = "map-toolbar";
    public static final String MAP_LEGEND = "map-legend";
    public static final String MAP_LEGEND_PATH = "map-legend-path";
    public static final String MAP_SWATCH = "map-swatch";
    public static final String MAP_NODE = "map-node";
    public static final String MAP_QUESTION = "map-question";
    public static final String MAP_OUTCOME = "map-outcome";
    public static final String MAP_VERDICT = "map-verdict";
    public static final String MAP_TEXT = "map-text";
    public static final String MAP_ON_PATH = "map-on-path";
    public static final String MAP_CURRENT = "map-current";
    public static final String MAP_HERE = "map-here";
    public static final String MAP_EDGE = "map-edge";
    public static final String MAP_ARROW = "map-arrow";
    public static final String MAP_EDGE_LABEL = "map-edge-label";
    /** On the edges, arrows and labels of the user's path. */
    public static final String MAP_CHOSEN = "map-chosen";

    /** On the root when high contrast is on; the stylesheet redefines the colour tokens under it. */
    public static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");

    private Styles() {
    }

    /** The style class of a verdict banner, e.g. {@code verdict-yes-if}. */
    public static String verdictClass(nl.profielwijzer.tree.Verdict verdict) {
        return "verdict-" + verdict.code();
    }
}
