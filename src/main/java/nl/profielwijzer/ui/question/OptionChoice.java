package nl.profielwijzer.ui.question;

/** An option of the question on screen, in the current language. */
public record OptionChoice(String optionId, String label) {
}
