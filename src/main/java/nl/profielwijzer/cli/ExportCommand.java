package nl.profielwijzer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.profielwijzer.advice.AdvicePdf;
import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export TREE --answer Q=O ... --pdf FILE}: the advice as a PDF (exit 0), or the next open question
 * (exit 3) as {@code run} prints it. The file is written atomically: an existing file is replaced only by a
 * complete new one (exit 4 when it cannot be written).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Saves the advice of a finished consultation as an A4 PDF to print or send. With answers "
            + "missing it prints the next question (exit 3), as run does."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private Cli cli;

    @Mixin
    private CliOptions.Consultation consultation = new CliOptions.Consultation();

    @Option(names = "--pdf", paramLabel = "FILE", required = true, converter = CliOptions.FileName.class,
            description = "The PDF file to write (replaced only by a complete new file).")
    private Path pdf;

    @Override
    public Integer call() throws UsageError, Library.Failed {
        Terminal terminal = cli.terminal();
        ConsultationRequest request = ConsultationRequest.from(consultation, terminal);
        Consultation c = request.consultation();
        if (!c.hasOutcome()) {
            RunCommand.printQuestion((Question) c.frontier(), c, request.language(), request.role(), terminal);
            return ExitCode.NEEDS_ANSWERS;
        }
        AdviceReport report = request.report();
        try {
            int pages = AdvicePdf.write(report, pdf);
            terminal.out().println("Saved the advice to " + pdf + " (" + pages + (pages == 1 ? " page)" : " pages)"));
            return ExitCode.OK;
        } catch (IOException e) {
            return WriteFailure.report("export", pdf, e, terminal);
        }
    }
}
