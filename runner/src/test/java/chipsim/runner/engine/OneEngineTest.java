package chipsim.runner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Many runs go through the one engine: outside it (and the single-run code of sim/), no code
 * starts runs asynchronously, so no command can grow an engine of its own with its own seeds,
 * statistics or progress. Single runs ({@code runToEnd}) stay allowed: run, the metric probe, the
 * bench's timing of one run; so do the interactive runs a person or a program drives one at a
 * time (the classroom's class, the agents API's episodes), which have no seeds or statistics of
 * their own to drift.
 */
class OneEngineTest {

    private static final Path MAIN = Path.of("src/main/java/chipsim/runner");

    @Test
    void onlyTheEngineStartsManyRuns() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the runner module");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("engine")) && !p.startsWith(MAIN.resolve("sim")))
                    .filter(p -> !p.startsWith(MAIN.resolve("classroom")) && !p.startsWith(MAIN.resolve("agentsapi")))
                    .filter(OneEngineTest::startsRunsItself)
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders, "start runs through RunEngine instead");
    }

    @Test
    void theScanSeesACallWhereThereIsOne() throws IOException {
        assertTrue(startsRunsItself(MAIN.resolve("engine/RunEngine.java")));
    }

    private static boolean startsRunsItself(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("simulation.run(") || text.contains("CompletionStage<RunResult>");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
