package nl.profielwijzer.ui;

import javafx.scene.Node;

/** One screen of the wizard, built in code, shown in the main window's content area. */
public interface Page {
    /** The page itself. */
    Node node();

    /** Where keyboard focus goes when the page appears (the first thing to read or choose). */
    Node initialFocus();
}
