package chipsim.runner.cli;

import chipsim.runner.report.ReportGenerator;
import chipsim.runner.report.ReportInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", sortOptions = false,
        description = {"Write report.html into a run folder or a sweep folder (told apart by their files):",
                "one self-contained page of charts that opens with no network. docs/reports.md describes it."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the report was written", "2:the folder is not a run or sweep folder, or a file in it is"
                + " missing or damaged; nothing written"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A run folder (from chipsim run) or a sweep folder (from chipsim sweep).")
    Path folder;

    @Option(names = "--png", description = "Also write each chart as a PNG into DIR/figures/, for papers and slides.")
    boolean png;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ReportGenerator.Written written = ReportGenerator.generate(folder, png);
            out.println("wrote " + written.report());
            if (png) {
                out.println("wrote " + written.pngs().size() + " figures in " + folder.resolve(ReportGenerator.FIGURES));
            }
            return ExitCodes.OK;
        } catch (ReportInputException e) {
            err.println("chipsim report: " + e.getMessage());
            err.println("nothing was written");
            return ExitCodes.BAD_INPUT;
        }
    }
}
