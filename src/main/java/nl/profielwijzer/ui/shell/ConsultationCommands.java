package nl.profielwijzer.ui.shell;

/**
 * The menu commands that act on the consultation on screen: print, save as PDF and copy its advice (with a
 * conclusion), and show the map of its tree (with a question or a conclusion).
 */
public record ConsultationCommands(Command print, Command savePdf, Command copyAdvice, Command showMap) {
}
