package nl.profielwijzer.ui;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.ui.dialogs.Browser;
import nl.profielwijzer.ui.dialogs.DialogService;
import nl.profielwijzer.ui.dialogs.DocumentViewer;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.print.Printing;

/**
 * What the desktop app needs from outside: where the trees come from, the dialogs, the browser, the viewer for a
 * saved PDF, the printer, a thread for slow work and the language. The real app passes the real ones; tests pass
 * fakes.
 */
public record DesktopServices(Supplier<TreeLibrary> trees, DialogService dialogs, Browser browser,
        DocumentViewer viewer, Printing printing, Executor background, I18n i18n) {
}
