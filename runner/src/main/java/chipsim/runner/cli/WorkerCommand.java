package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Logging;
import chipsim.runner.cluster.ClusterNode;
import chipsim.runner.cluster.ClusterWorker;
import chipsim.runner.cluster.WorkerVersion;
import chipsim.runner.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "worker", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Make the runs of a distributed sweep: join the coordinator that chipsim sweep FILE --cluster "
                + "HOST:PORT started, take chunks of runs, send back their runs.csv rows, and stop when the sweep is done.",
                "Start as many as you like, on any machine, at any time; one that dies loses nothing (its runs go to "
                + "the others). docs/cluster.md: several machines, Slurm, failures."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the sweep is finished", "1:no coordinator at HOST:PORT, or it was lost",
                "2:bad input (options), or the coordinator refused this worker (another chipsim version or sweep, a "
                + "missing policy jar)"},
        footerHeading = "%nExamples:%n",
        footer = {"  chipsim worker --join 127.0.0.1:25520",
                "  srun chipsim worker --join $COORDINATOR:25520 --parallel $SLURM_CPUS_PER_TASK"})
public final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--join", paramLabel = "HOST:PORT", required = true,
            description = "The coordinator: the HOST:PORT given to chipsim sweep --cluster.")
    String join;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Runs in flight at once on this worker (default: the number of cores).")
    Integer parallel;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "The address the coordinator reaches this worker at (default: this machine's address on the "
                    + "route to the coordinator).")
    String host;

    @Option(names = "--policy-jar", paramLabel = "JAR", description = "A jar with your own policies (the same as the "
            + "coordinator's); repeatable.")
    List<Path> policyJars = new ArrayList<>();

    @Option(names = "--verbose", description = "Also print Akka's and chipsim's log lines to standard error.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ClusterNode.HostPort coordinator;
        try {
            coordinator = ClusterNode.HostPort.parse(join);
        } catch (IllegalArgumentException e) {
            err.println("chipsim worker: --join " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        int inFlight = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
        if (inFlight < 1 || inFlight > 4096) {
            err.println("chipsim worker: --parallel must be from 1 to 4096, not " + inFlight);
            return ExitCodes.BAD_INPUT;
        }
        PolicyRegistry registry;
        try {
            ScenarioOptions options = new ScenarioOptions();
            options.policyJars = policyJars;
            registry = options.registry();
        } catch (ScenarioException e) {
            err.println("chipsim worker: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Logging.configure(null, verbose);
        try {
            int status = new ClusterWorker(coordinator, host, inFlight, registry, WorkerVersion.announced(),
                    spec.commandLine().getOut(), err).run();
            return switch (status) {
                case ClusterWorker.DONE -> ExitCodes.OK;
                case ClusterWorker.REFUSED -> ExitCodes.BAD_INPUT;
                default -> ExitCodes.RUN_FAILED;
            };
        } finally {
            Logging.stop();
        }
    }
}
