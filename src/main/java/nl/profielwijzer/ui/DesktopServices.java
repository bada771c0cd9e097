package nl.profielwijzer.ui;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.ui.dialogs.Browser;
import nl.profielwijzer.ui.dialogs.DialogService;
import nl.profielwijzer.ui.dialogs.DocumentViewer;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.print.Printing;
import nl.profielwijzer.ui.theme.Appearance;

/**
 * What the desktop app needs from outside: where the trees come from, the dialogs, the browser, the viewer for a
 * saved PDF, the printer, a thread for slow work, the language, the look of the windows (shared with the dialogs)
 * and how the app ends. The real app passes the real ones; tests pass fakes.
 *
 * @param exit ends the app, once the user has saved or agreed to lose unsaved answers
 */
public record DesktopServices(Supplier<TreeLibrary> trees, DialogService dialogs, Browser browser,
        DocumentViewer viewer, Printing printing, Executor background, I18n i18n, Appearance appearance,
        Runnable exit) {
}
