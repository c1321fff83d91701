package chipsim.runner;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs chipsim's command line in-process, as a user would from the shell, and keeps what it printed. */
public final class Cli {

    /** What one command printed and its exit status. */
    public record Result(int status, String out, String err) {

        @Override
        public String toString() {
            return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    /** The path of a file under the repository's configs/ folder, for tests run from runner/. */
    public static String config(String relative) {
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        java.nio.file.Path candidate = here.resolve("../configs").resolve(relative).normalize();
        if (!java.nio.file.Files.exists(candidate)) {
            candidate = here.resolve("configs").resolve(relative);
        }
        return candidate.toString();
    }
}
