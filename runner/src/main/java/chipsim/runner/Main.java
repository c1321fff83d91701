package chipsim.runner;

import chipsim.runner.cli.BenchCommand;
import chipsim.runner.cli.CalibrateCommand;
import chipsim.runner.cli.ClassroomCommand;
import chipsim.runner.cli.ExitCodes;
import chipsim.runner.cli.GameCommand;
import chipsim.runner.cli.PoliciesCommand;
import chipsim.runner.cli.ReportCommand;
import chipsim.runner.cli.RunCommand;
import chipsim.runner.cli.SweepCommand;
import chipsim.runner.cli.ValidateCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "chipsim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Simulates the AI-chip market between the US and China under export controls,",
                "quarter by quarter, with Akka actors for Washington, Beijing, Nvidia, TSMC, Huawei,",
                "the hyperscalers and grey-market brokers."},
        subcommands = {RunCommand.class, ValidateCommand.class, PoliciesCommand.class, CalibrateCommand.class,
                SweepCommand.class, ReportCommand.class, GameCommand.class, BenchCommand.class, ClassroomCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line in-process, printing to the given streams; returns the exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        // Settle logging before any library logs, so nothing reaches the console by accident.
        Logging.configure(null, false);
        CommandLine cli = new CommandLine(new Main());
        // Every subcommand answers --help and --version, as the top-level command does.
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("chipsim: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCodes.RUN_FAILED;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println("chipsim: " + e.getMessage());
            e.getCommandLine().getErr().println("try: " + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help");
            return ExitCodes.BAD_INPUT;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"chipsim " + Version.get()};
        }
    }
}
