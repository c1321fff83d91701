package chipsim.runner.cli;

import chipsim.runner.report.FigureFormat;
import chipsim.runner.report.ReportGenerator;
import chipsim.runner.report.ReportInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
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

    @Option(names = "--png", description = "Also write each chart as a PNG into DIR/figures/, for slides.")
    boolean png;

    @Option(names = "--svg", description = "Also write each chart as an SVG drawing into DIR/figures/, for papers.")
    boolean svg;

    @Option(names = "--pdf", description = "Also write each chart as a one-page vector PDF into DIR/figures/, for papers.")
    boolean pdf;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Set<FigureFormat> formats = EnumSet.noneOf(FigureFormat.class);
            if (png) {
                formats.add(FigureFormat.PNG);
            }
            if (svg) {
                formats.add(FigureFormat.SVG);
            }
            if (pdf) {
                formats.add(FigureFormat.PDF);
            }
            ReportGenerator.Written written = ReportGenerator.generate(folder, formats);
            out.println("wrote " + written.report());
            if (!formats.isEmpty()) {
                out.println("wrote " + written.figures().size() + " figures in " + folder.resolve(ReportGenerator.FIGURES));
            }
            return ExitCodes.OK;
        } catch (ReportInputException e) {
            err.println("chipsim report: " + e.getMessage());
            err.println("nothing was written");
            return ExitCodes.BAD_INPUT;
        }
    }
}
