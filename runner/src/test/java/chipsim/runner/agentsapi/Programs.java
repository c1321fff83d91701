package chipsim.runner.agentsapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real Python programs for the tests: the test agent of clients/python/tests/agents, and the CLI run in-process. */
final class Programs {

    static final Path CLIENT = Path.of("..", "clients", "python").toAbsolutePath().normalize();
    static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    private Programs() {}

    /** The shell command that runs the test agent in a mode. */
    static String behave(String... args) {
        return PYTHON + " " + CLIENT.resolve("tests/agents/behave.py") + " " + String.join(" ", args);
    }

    /** The test agent as a process of its own (for tcp: and listen:), its output in the test's. */
    static Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON, CLIENT.resolve("tests/agents/behave.py").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static void finish(Process process) throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The exit status, standard output and standard error of one command line. */
    record Cli(int status, String out, String err) {}

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(status, out.toString(), err.toString());
    }
}
