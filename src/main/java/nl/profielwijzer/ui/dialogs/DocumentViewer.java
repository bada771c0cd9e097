package nl.profielwijzer.ui.dialogs;

import java.nio.file.Path;

/** Opens a file the app wrote (the advice as PDF) in the program the system uses for it. Tests pass a fake. */
@FunctionalInterface
public interface DocumentViewer {
    /** Asks the system to show the file; false when no program could be found to show it. */
    boolean open(Path file);
}
