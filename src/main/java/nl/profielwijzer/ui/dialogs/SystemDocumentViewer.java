package nl.profielwijzer.ui.dialogs;

import java.nio.file.Path;

import javafx.application.HostServices;

/** The system's viewer for a file, through JavaFX's HostServices (the file's URI, as a browser link would be). */
public final class SystemDocumentViewer implements DocumentViewer {
    private final HostServices hostServices;

    public SystemDocumentViewer(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public boolean open(Path file) {
        if (!SystemOpener.available()) {
            return false;
        }
        hostServices.showDocument(file.toAbsolutePath().toUri().toString());
        return true;
    }
}
