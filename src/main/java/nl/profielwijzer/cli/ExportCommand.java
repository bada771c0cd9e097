package nl.profielwijzer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.advice.AdvicePdf;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Question;

/**
 * {@code export TREE --answer Q=O ... --pdf FILE}: the advice as a PDF (exit 0), or the next open question
 * (exit 3) as {@code run} prints it. The file is written atomically: an existing file is replaced only by a
 * complete new one (exit 4 when it cannot be written).
 */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export TREE --answer QUESTION_ID=OPTION_ID ... --pdf FILE [--role employer|employee] [--lang nl|en]"
                + " [--trees DIR]";
    }

    @Override
    public String summary() {
        return "Saves the advice of a finished consultation as a PDF to print or send.";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageError {
        Arguments args = ConsultationRequest.parse(argList, "pdf");
        String file = args.value("pdf").orElseThrow(() -> new UsageError(
                "--pdf FILE is missing: name the PDF file to write"));
        if (file.isBlank()) {
            throw new UsageError("--pdf needs a file name");
        }
        ConsultationRequest request;
        try {
            request = ConsultationRequest.from(args, terminal);
        } catch (Library.Failed e) {
            return e.exitCode;
        }
        Consultation c = request.consultation();
        if (!c.hasOutcome()) {
            RunCommand.printQuestion((Question) c.frontier(), c, request.language(), terminal);
            return ExitCode.NEEDS_ANSWERS;
        }
        AdviceReport report = request.report();
        Path target = Path.of(file);
        try {
            int pages = AdvicePdf.write(report, target);
            terminal.out().println("Saved the advice to " + target + " (" + pages + (pages == 1 ? " page)" : " pages)"));
            return ExitCode.OK;
        } catch (IOException e) {
            return WriteFailure.report(name(), target, e, terminal);
        }
    }
}
