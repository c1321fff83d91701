package chipsim.runner;

import chipsim.runner.cli.BenchCommand;
import chipsim.runner.cli.CalibrateCommand;
import chipsim.runner.cli.CompareCommand;
import chipsim.runner.cli.CompletionCommand;
import chipsim.runner.cli.ClassroomCommand;
import chipsim.runner.cli.ExitCodes;
import chipsim.runner.cli.GameCommand;
import chipsim.runner.cli.Help;
import chipsim.runner.cli.PoliciesCommand;
import chipsim.runner.cli.ReportCommand;
import chipsim.runner.cli.RunCommand;
import chipsim.runner.cli.SensitivityCommand;
import chipsim.runner.cli.SweepCommand;
import chipsim.runner.cli.ValidateCommand;
import chipsim.runner.cli.WorkerCommand;
import chipsim.runner.output.OutputFolder;
import chipsim.runner.output.OutputProblems;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "chipsim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Simulates the AI-chip market between the US and China under export controls,",
                "quarter by quarter, with Akka actors for Washington, Beijing, Nvidia, TSMC, Huawei,",
                "the hyperscalers and grey-market brokers."},
        subcommands = {RunCommand.class, ValidateCommand.class, PoliciesCommand.class, CalibrateCommand.class,
                SweepCommand.class, SensitivityCommand.class, CompareCommand.class, ReportCommand.class, GameCommand.class, BenchCommand.class, WorkerCommand.class,
                ClassroomCommand.class, chipsim.runner.cli.EnvCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  chipsim run                  # the bundled baseline, into runs/baseline-...",
                "  chipsim run configs/scenarios/full-ban.yaml --quarters 8 --out runs/ban",
                "  chipsim run --set washington.params.revenueShare=0.25",
                "  chipsim sweep configs/sweeps/washington-revenue.yaml --out runs/revenue",
                "  chipsim game configs/games/chicken.yaml",
                "  chipsim classroom configs/games/chicken.yaml   # a class plays it in the browser",
                "  chipsim compare configs/baseline.yaml configs/scenarios/full-ban.yaml --seeds 5",
                "  chipsim help sweep           # the options of one command",
                "  source <(chipsim completion bash)   # Tab completion in this shell"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:a run failed (agent, phase and quarter are named), or memory ran out",
                "2:bad input (a file, an option, an output folder); nothing was run or written"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        OutOfMemory.exitOnError();
        int status = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (OutOfMemory.happened()) {
            Runtime.getRuntime().halt(ExitCodes.RUN_FAILED);
        }
        System.exit(status);
    }

    /** Runs the command line in-process, printing to the given streams; returns the exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        try {
            // Settle logging before any library logs, so nothing reaches the console by accident.
            Logging.configure(null, false);
            CommandLine cli = Help.configure(new CommandLine(new Main()));
            cli.setOut(out);
            cli.setErr(err);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine.getErr()));
            cli.setParameterExceptionHandler((e, args2) -> {
                PrintWriter to = e.getCommandLine().getErr();
                to.println("chipsim: " + e.getMessage());
                CommandLine.UnmatchedArgumentException.printSuggestions(e, to);
                to.println("try: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
                return ExitCodes.BAD_INPUT;
            });
            int status = cli.execute(args);
            out.flush();
            err.flush();
            return status;
        } catch (OutOfMemoryError e) {
            OutOfMemory.handle();
            return ExitCodes.RUN_FAILED;
        }
    }

    /** An error a command did not handle: said in words, with the path where a file is at fault. */
    private static int failed(Exception e, PrintWriter err) {
        if (OutOfMemory.isOutOfMemory(e)) {
            OutOfMemory.handle();
            return ExitCodes.RUN_FAILED;
        }
        if (e instanceof OutputFolder.Refused) {
            err.println("chipsim: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        String io = OutputProblems.describe(e);
        if (io != null) {
            err.println("chipsim: " + io);
            return ExitCodes.BAD_INPUT;
        }
        err.println("chipsim: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        if (System.getenv("CHIPSIM_DEBUG") != null) {
            // For a developer chasing an unexpected error; users never need it.
            e.printStackTrace(err);
        }
        return ExitCodes.RUN_FAILED;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"chipsim " + Version.describe()};
        }
    }
}
