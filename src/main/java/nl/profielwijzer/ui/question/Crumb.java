package nl.profielwijzer.ui.question;

/**
 * One step of the path in the breadcrumb bar.
 *
 * @param questionId the question to jump back to
 * @param label      the short text on the crumb
 * @param fullText   the question and the answer given, for the tooltip and screen readers
 * @param current    whether this is the question on screen
 */
public record Crumb(String questionId, String label, String fullText, boolean current) {
    @Override
    public String toString() {
        return label;
    }
}
