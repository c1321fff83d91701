package chipsim.runner.analysis.equilibria;

import chipsim.runner.game.Rational;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** Runs lrsnash (lrslib) on a game and reads its extreme equilibria, for cross-checks. */
final class Lrsnash {

    static final Path BINARY = Path.of("/usr/bin/lrsnash");

    private Lrsnash() {}

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Extreme equilibria as "x1,x2,...|y1,y2,..." with exact fractions, sorted. */
    static Set<String> equilibria(long[][] a, long[][] b, Path work) throws IOException, InterruptedException {
        StringBuilder input = new StringBuilder(a.length + " " + a[0].length + "\n\n");
        for (long[][] matrix : List.of(a, b)) {
            for (long[] row : matrix) {
                input.append(String.join(" ", Arrays.stream(row).mapToObj(Long::toString).toList())).append('\n');
            }
            input.append('\n');
        }
        Path file = Files.createTempFile(work, "game", ".nash");
        Files.writeString(file, input, StandardCharsets.US_ASCII);
        Process process = new ProcessBuilder(BINARY.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("lrsnash failed on " + file + ":\n" + output);
        }
        Set<String> found = new TreeSet<>();
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (String line : (output + "\n\n").split("\n", -1)) {
            String[] fields = line.trim().split("\\s+");
            if (line.isBlank()) {
                for (String x : xs) {
                    for (String y : ys) {
                        found.add(x + "|" + y);
                    }
                }
                xs.clear();
                ys.clear();
            } else if (fields[0].equals("1")) {
                xs.add(mix(fields, a.length));
            } else if (fields[0].equals("2")) {
                ys.add(mix(fields, a[0].length));
            }
        }
        return found;
    }

    private static String mix(String[] fields, int size) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            values.add(Rational.parse(fields[i]).toString());
        }
        return String.join(",", values);
    }

    static String key(Rational[] x, Rational[] y) {
        return String.join(",", Arrays.stream(x).map(Rational::toString).toList()) + "|"
                + String.join(",", Arrays.stream(y).map(Rational::toString).toList());
    }
}
