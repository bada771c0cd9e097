package nl.profielwijzer.ui.conclusion;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import nl.profielwijzer.advice.AdvicePdf;
import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.advice.CombinedAdviceReport;
import nl.profielwijzer.advice.TextReport;
import nl.profielwijzer.ui.dialogs.DialogService;
import nl.profielwijzer.ui.dialogs.DocumentViewer;
import nl.profielwijzer.ui.dialogs.SavedFiles;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.print.AdvicePrinting;
import nl.profielwijzer.ui.print.Printing;
import nl.profielwijzer.ui.shell.BackgroundWork;
import nl.profielwijzer.ui.shell.ConsultationSession;
import nl.profielwijzer.ui.shell.ShellViewModel;

/**
 * What can be done with the advice on the conclusion screen, from its buttons and from the File menu: print it,
 * save it as PDF, copy it as text. Each builds the report of the consultation at that moment; PDF and printing
 * run off the JavaFX thread. Only available while a conclusion is shown.
 */
public final class AdviceActions {
    private final ShellViewModel shell;
    private final ConsultationSession session;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BackgroundWork background;
    private final Printing printing;
    private final DocumentViewer viewer;

    public AdviceActions(ShellViewModel shell, DialogService dialogs, BackgroundWork background, Printing printing,
            DocumentViewer viewer) {
        this.shell = shell;
        this.session = shell.session();
        this.i18n = shell.i18n();
        this.dialogs = dialogs;
        this.background = background;
        this.printing = printing;
        this.viewer = viewer;
    }

    /** True while a conclusion is on screen. */
    public BooleanBinding availableProperty() {
        return shell.showsConclusionProperty();
    }

    /**
     * The advice of the single topic on screen, now, in the window's language; empty without a conclusion or
     * while the whole-company check is on screen ({@link #combinedReport()}).
     */
    public Optional<AdviceReport> report() {
        if (!availableProperty().get() || session.combined() != null) {
            return Optional.empty();
        }
        return Optional.of(reportOf(session, i18n));
    }

    /** The combined advice of the whole-company check on screen; empty without its conclusion. */
    public Optional<CombinedAdviceReport> combinedReport() {
        if (!availableProperty().get() || session.combined() == null) {
            return Optional.empty();
        }
        return Optional.of(combinedReportOf(session, i18n));
    }

    static AdviceReport reportOf(ConsultationSession session, I18n i18n) {
        return AdviceReport.of(session.consultation(), session.register(), session.role(), i18n.language(),
                ZonedDateTime.now());
    }

    static CombinedAdviceReport combinedReportOf(ConsultationSession session, I18n i18n) {
        return CombinedAdviceReport.of(session.combined(), session.register(), session.role(), i18n.language(),
                ZonedDateTime.now());
    }

    /** Something that writes a PDF and may fail to. */
    @FunctionalInterface
    private interface PdfWork<T> {
        T run() throws IOException;
    }

    /**
     * The advice on screen, single or combined, as the three things the actions need.
     *
     * @param write writes the PDF to a file and returns its pages
     * @param pdf   the PDF's bytes, for printing
     * @param text  the advice as Markdown text, for the clipboard
     */
    private record Advice(java.util.function.Function<Path, PdfWork<Integer>> write, PdfWork<byte[]> pdf,
            String text) {
    }

    private Optional<Advice> advice() {
        Optional<CombinedAdviceReport> combined = combinedReport();
        if (combined.isPresent()) {
            CombinedAdviceReport r = combined.get();
            return Optional.of(new Advice(file -> () -> AdvicePdf.write(r, file), () -> AdvicePdf.bytes(r),
                    TextReport.render(r)));
        }
        return report().map(r -> new Advice(file -> () -> AdvicePdf.write(r, file), () -> AdvicePdf.bytes(r),
                TextReport.render(r)));
    }

    /** The name the file chooser suggests, neutral on a shared computer: {@code advies-DATE.pdf}. */
    String suggestedPdfName() {
        return shell.suggestedName("pdf.save.suggested", ".pdf");
    }

    /**
     * Asks where, writes the PDF off the JavaFX thread (atomically: an existing file is replaced only by a
     * complete one), then offers to open it.
     */
    public void savePdf() {
        advice().ifPresent(report -> dialogs.choosePdfToSave(suggestedPdfName()).ifPresent(chosen -> {
            Path file = SavedFiles.withExtension(chosen, ".pdf");
            shell.showStatus(i18n.get("status.pdf.saving"));
            background.run(() -> SavedFiles.write(file, () -> report.write().apply(file).run()),
                    pages -> pdfSaved(file, pages), error -> {
                shell.showStatus("");
                dialogs.showError(i18n.get("pdf.failed.title"), i18n.format("pdf.failed.message", file.toString(),
                        SavedFiles.reason(error, i18n)));
            });
        }));
    }

    private void pdfSaved(Path file, int pages) {
        shell.showStatus(i18n.format("status.pdf.saved", file.toString()));
        if (dialogs.confirm(i18n.get("pdf.saved.title"), i18n.format("pdf.saved.message", file.toString(), pages),
                i18n.get("pdf.saved.open"), i18n.get("pdf.saved.close")) && !viewer.open(file)) {
            offerCopy(i18n.get("pdf.noViewer.title"), i18n.format("pdf.noViewer.message", file.toString()),
                    file.toString());
        }
    }

    /**
     * Prints the pages of the PDF. Without a printer, says so and offers Save as PDF instead; with one, the
     * print dialog first, then the pages are rendered and printed off the JavaFX thread.
     */
    public void print() {
        Optional<Advice> report = advice();
        if (report.isEmpty()) {
            return;
        }
        Optional<Printing.Job> created = printing.createJob();
        if (created.isEmpty()) {
            if (dialogs.confirm(i18n.get("print.none.title"), i18n.get("print.none.message"),
                    i18n.get("print.none.savePdf"), i18n.get("dialog.cancel"))) {
                savePdf();
            }
            return;
        }
        Printing.Job job = created.get();
        if (!job.showPrintDialog()) {
            job.cancelJob();
            return;
        }
        Printing.Area area = job.printableArea();
        String printer = job.printerName();
        shell.showStatus(i18n.format("status.printing", printer));
        background.run(() -> AdvicePrinting.print(report.get().pdf().run(), job, area),
                pages -> shell.showStatus(i18n.format("status.printed", pages, printer)), error -> {
                    shell.showStatus("");
                    dialogs.showError(i18n.get("print.failed.title"), i18n.format("print.failed.message", printer));
                });
    }

    /**
     * When nothing could show a file or a link (no PDF viewer, no browser): says so and offers to copy the path
     * or the address, so the user can paste it where they can open it.
     */
    public void offerCopy(String title, String message, String text) {
        if (dialogs.confirm(title, message, i18n.get("copy.offer"), i18n.get("pdf.saved.close"))) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            boolean copied = Clipboard.getSystemClipboard().setContent(content);
            shell.showStatus(i18n.get(copied ? "status.copiedText" : "status.copyFailed"));
        }
    }

    /** Puts the advice on the clipboard as text (Markdown, which reads as plain text); false when that failed. */
    public boolean copy() {
        Optional<Advice> report = advice();
        if (report.isEmpty()) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(report.get().text());
        boolean copied = Clipboard.getSystemClipboard().setContent(content);
        shell.showStatus(i18n.get(copied ? "status.copied" : "status.copyFailed"));
        return copied;
    }
}
