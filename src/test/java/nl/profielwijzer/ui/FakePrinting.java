package nl.profielwijzer.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Node;

import nl.profielwijzer.ui.print.Printing;

/** No printer at all (like a computer without CUPS), or a printer that records the pages it is given. */
final class FakePrinting implements Printing {
    /** The printer, or null for "no printer". */
    volatile RecordingJob printer;

    @Override
    public Optional<Job> createJob() {
        return Optional.ofNullable(printer);
    }

    /** A printer with a printable area of A4 less 18 pt margins that accepts every page. */
    static RecordingJob a4(boolean userConfirms) {
        return new RecordingJob(userConfirms, new Area(595.3 - 36, 841.9 - 36));
    }

    static final class RecordingJob implements Job {
        final boolean userConfirms;
        final Area area;
        final List<Node> pages = new CopyOnWriteArrayList<>();
        /** The page (from 1) this printer refuses, or 0 when it takes every page. */
        volatile int refusePage;
        volatile boolean dialogShown;
        volatile boolean ended;
        volatile boolean cancelled;

        RecordingJob(boolean userConfirms, Area area) {
            this.userConfirms = userConfirms;
            this.area = area;
        }

        @Override
        public String printerName() {
            return "Kantoorprinter";
        }

        @Override
        public boolean showPrintDialog() {
            dialogShown = true;
            return userConfirms;
        }

        @Override
        public Area printableArea() {
            return area;
        }

        @Override
        public boolean printPage(Node page) {
            if (refusePage == pages.size() + 1) {
                return false;
            }
            pages.add(page);
            return true;
        }

        @Override
        public boolean endJob() {
            ended = true;
            return true;
        }

        @Override
        public void cancelJob() {
            cancelled = true;
        }
    }
}
