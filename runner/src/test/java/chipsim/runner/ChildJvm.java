package chipsim.runner;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * chipsim in a JVM of its own, for what one process cannot show: the operating system's lock
 * across processes, signals, a small heap. Every wait is bounded and waits on the child itself
 * (its exit, a file, a line of output), never on the clock alone.
 */
public final class ChildJvm implements AutoCloseable {

    /** Generous: the machine may be shared and busy. */
    public static final Duration DEADLINE = Duration.ofMinutes(3);

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildJvm(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code chipsim ARGS} with the test class path; its output goes to files in {@code dir}. */
    public static ChildJvm start(Path dir, String name, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "chipsim.runner.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildJvm(process, out, err);
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until {@code condition} holds; fails if the child ends first or the deadline passes. */
    public void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (process.waitFor(20, TimeUnit.MILLISECONDS)) {
                if (condition.getAsBoolean()) {
                    return;
                }
                fail("chipsim ended (exit " + process.exitValue() + ") before " + what + "\n" + err());
            }
        }
        fail("no " + what + " within " + DEADLINE + "\n" + err());
    }

    /** Waits for the child to end; fails (and kills it) if it does not within the deadline. */
    public int exitStatus() throws InterruptedException {
        if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chipsim did not end within " + DEADLINE + "\n" + err());
        }
        return process.exitValue();
    }

    public String out() {
        return read(out);
    }

    public String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Finished rows of a runs.csv: complete lines after the header. */
    public static int rowCount(Path runs) {
        String text = read(runs);
        return Math.max(0, (int) text.chars().filter(c -> c == '\n').count() - 1);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }
}
