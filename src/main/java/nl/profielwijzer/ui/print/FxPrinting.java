package nl.profielwijzer.ui.print;

import java.util.Optional;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The real printer through JavaFX's {@code PrinterJob}. Without a printer (no CUPS on Linux, none installed)
 * {@code PrinterJob.createPrinterJob()} returns null, which becomes an empty job here. The job starts on A4
 * portrait, the paper of the PDF, when the printer has it; the print dialog can change paper and printer.
 */
public final class FxPrinting implements Printing {
    private final Window owner;

    public FxPrinting(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Job> createJob() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        Printer printer = job.getPrinter();
        if (printer.getPrinterAttributes().getSupportedPapers().contains(Paper.A4)) {
            job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                    Printer.MarginType.HARDWARE_MINIMUM));
        }
        return Optional.of(new FxJob(job, owner));
    }

    private record FxJob(PrinterJob job, Window owner) implements Job {
        @Override
        public String printerName() {
            return job.getPrinter().getName();
        }

        @Override
        public boolean showPrintDialog() {
            return job.showPrintDialog(owner);
        }

        @Override
        public Area printableArea() {
            PageLayout layout = job.getJobSettings().getPageLayout();
            return new Area(layout.getPrintableWidth(), layout.getPrintableHeight());
        }

        @Override
        public boolean printPage(Node page) {
            return job.printPage(page);
        }

        @Override
        public boolean endJob() {
            return job.endJob();
        }

        @Override
        public void cancelJob() {
            job.cancelJob();
        }
    }
}
