package nl.profielwijzer.ui.dialogs;

import nl.profielwijzer.tree.LegalSourceHosts;

/** Opens a citation in the system browser. Only https links to the allow-listed legal sources are opened. */
public interface Browser {
    /**
     * Opens the link; returns false (and opens nothing) when the link is not an allowed legal source or no
     * browser could be found.
     */
    boolean open(String url);

    static boolean mayOpen(String url) {
        return url != null && LegalSourceHosts.isAllowedLink(url);
    }
}
