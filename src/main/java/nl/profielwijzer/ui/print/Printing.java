package nl.profielwijzer.ui.print;

import java.util.Optional;

import javafx.scene.Node;

/**
 * The printer, behind an interface so that a computer without one (and a test) can stand in for it. The real one
 * is {@link FxPrinting}, JavaFX's {@code PrinterJob}.
 */
public interface Printing {

    /** A print job on the default printer; empty when the computer has no printer. */
    Optional<Job> createJob();

    /** One print job: the print dialog, then the pages, then the end. */
    interface Job {
        /** The printer's name, for the status line. */
        String printerName();

        /**
         * Shows the system's print dialog (printer, paper, copies); on the JavaFX thread. False when the user
         * cancelled.
         */
        boolean showPrintDialog();

        /** The area of the chosen paper the printer can print on, in points (1/72 inch). */
        Area printableArea();

        /** Prints one page; on any thread (printing off the JavaFX thread keeps the window responsive). */
        boolean printPage(Node page);

        /** Sends the job to the printer's queue; false when that failed. */
        boolean endJob();

        void cancelJob();
    }

    /** A width and height in points. */
    record Area(double width, double height) {
    }
}
