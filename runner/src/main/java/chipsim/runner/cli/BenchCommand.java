package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Logging;
import chipsim.runner.bench.Bench;
import chipsim.runner.bench.BenchSettings;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure chipsim's speed on this machine.",
                "Prints one baseline run (time, quarters/s, messages/s); a sweep "
                + "of the baseline at parallel 1 and at all cores (runs/s, speed-up); scaling with 10 to 10,000 "
                + "extra small buyers over 40 quarters (time, messages/s, peak heap); and Akka's raw message "
                + "throughput in the same JVM as the yardstick; then a whole 10,000-run sweep from the command line in a "
                + "fresh JVM, and the same sweep on a coordinator with two local worker JVMs of one thread each.",
                "Takes three to four minutes, 25 s of it warming up the JIT; run it on an otherwise idle machine, "
                + "with -Xmx2g to check the heap target. "
                + "docs/performance.md has the figures of a reference machine and what limits them."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "1:a benchmark run failed, or memory ran out", "2:the bundled baseline cannot run"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "A few seconds of each benchmark: checks that every figure is produced; "
            + "the figures themselves mean little.")
    boolean quick;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logging.configure(null, false);
        PolicyRegistry registry = PolicyRegistry.standard();
        try {
            new Bench(quick ? BenchSettings.quick() : BenchSettings.full(), registry, spec.commandLine().getOut())
                    .run(new ScenarioLoader(registry).loadBundled(ScenarioLoader.BUNDLED_BASELINE, java.util.List.of()));
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println("chipsim bench: the bundled baseline cannot run: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
