package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** chipsim bench in its reduced mode prints every figure of the issue; their values are not judged here. */
class BenchQuickTest {

    @Test
    void quickBenchPrintsEveryFigure() {
        Cli.Result result = Cli.run("bench", "--quick");
        assertEquals(ExitCodes.OK, result.status(), result.toString());
        String number = "[0-9]+(\\.[0-9]+)?";
        for (String figure : List.of(
                "baseline run .* ms \\(median of 1\\), " + number + " quarters/s, " + number + " messages/s",
                "sweep of the baseline .* " + number + " runs/s at parallel 1, " + number + " runs/s at parallel "
                        + number + ", speed-up " + number,
                "CPU per run: " + number + " ms at parallel 1",
                "\\+10 +buyers .* s \\(CPU " + number + " s\\), +" + number + " messages/s, .* peak heap +" + number + " MB",
                "\\+100 +buyers .* s \\(CPU " + number + " s\\), +" + number + " messages/s, .* peak heap +" + number + " MB",
                "akka ping-pong +" + number + " messages/s with 1 pair, " + number + " messages/s with",
                "one baseline run moves " + number + "% of the messages per second",
                "cold sweep +40 baseline runs from the command line, a fresh JVM, parallel " + number + ": " + number
                        + " s, " + number + " runs/s",
                "cluster sweep .* 2 local workers of 1 thread: " + number + " s, " + number + " runs/s, " + number
                        + " of the local JVM's rate; runs.csv byte-identical")) {
            assertTrue(Pattern.compile(figure).matcher(result.out()).find(), figure + " in\n" + result.out());
        }
    }
}
