package nl.profielwijzer.ui.dialogs;

import javafx.application.HostServices;

/** The system browser, through JavaFX's HostServices. */
public final class SystemBrowser implements Browser {
    private final HostServices hostServices;

    public SystemBrowser(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public boolean open(String url) {
        if (!Browser.mayOpen(url) || !SystemOpener.available()) {
            return false;
        }
        hostServices.showDocument(url);
        return true;
    }
}
