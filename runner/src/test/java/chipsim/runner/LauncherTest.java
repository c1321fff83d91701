package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script at the repository root, in a small copy of the repository with stand-ins
 * for mvn and java that record what they were asked; the real `jar` tool refreshes configs.
 */
class LauncherTest {

    static final Instant LONG_AGO = Instant.now().minusSeconds(7200);
    static final Instant AN_HOUR_AGO = Instant.now().minusSeconds(3600);

    @TempDir
    Path tmp;
    Path repo;
    Path jar;
    Path builds;

    @BeforeEach
    void aSmallRepository() throws IOException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Path launcher = Path.of("").toAbsolutePath().resolve("../chipsim").normalize();
        Files.copy(launcher.toFile().exists() ? launcher : Path.of("chipsim"), repo.resolve("chipsim"));
        for (String file : List.of("pom.xml", "market/pom.xml", "agents/pom.xml", "runner/pom.xml",
                "runner/src/main/java/chipsim/X.java", "runner/src/test/java/chipsim/XTest.java",
                "configs/baseline.yaml", "configs/sweeps/s.yaml")) {
            write(repo.resolve(file), "old\n", LONG_AGO);
        }
        jar = repo.resolve("runner/target/chipsim.jar");
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("configs/baseline.yaml"));
            zip.write("old\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(AN_HOUR_AGO));
        builds = tmp.resolve("builds.log");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // The stand-in build waits for a file, so a test can hold it while a second launcher starts.
        script(bin.resolve("mvn"), "echo build >> " + builds + "\n"
                + "while [ ! -e " + tmp.resolve("release") + " ]; do sleep 0.02; done\n"
                + "touch runner/target/chipsim.jar\n");
        script(bin.resolve("java"), "echo \"java $*\"\n");
    }

    @Test
    void editingAScenarioRefreshesTheBundledCopyWithoutABuild() throws Exception {
        write(repo.resolve("configs/baseline.yaml"), "new\n", Instant.now());
        write(repo.resolve("configs/sweeps/s.yaml"), "new\n", Instant.now());
        write(repo.resolve("runner/src/test/java/chipsim/XTest.java"), "new\n", Instant.now());
        Process launcher = launch("--version");
        assertEquals(0, exit(launcher), read(launcher));
        assertTrue(read(launcher).contains("java -jar " + jar + " --version"), read(launcher));
        assertFalse(Files.exists(builds), "no Maven build for a scenario or a test");
        try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry("configs/baseline.yaml"))) {
            assertEquals("new\n", new String(in.readAllBytes(), StandardCharsets.UTF_8), "the jar bundles the edit");
        }
    }

    @Test
    void twoLaunchersAfterASourceChangeBuildOnceTheSecondWaits() throws Exception {
        write(repo.resolve("runner/src/main/java/chipsim/X.java"), "new\n", Instant.now());
        Process first = launch("run");
        await(first, () -> read(builds).contains("build"));
        Process second = launch("validate");
        await(second, () -> read(errorsOf(second)).contains("another chipsim is building the jar; waiting"));
        Files.createFile(tmp.resolve("release"));
        assertEquals(0, exit(first), read(first));
        assertEquals(0, exit(second), read(second));
        assertEquals("build\n", read(builds), "one build");
        assertTrue(read(second).contains("java -jar " + jar + " validate"), read(second));
    }

    private Process launch(String arg) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", repo.resolve("chipsim").toString(), arg)
                .directory(tmp.toFile())
                .redirectOutput(tmp.resolve(arg + ".out").toFile())
                .redirectError(tmp.resolve(arg + ".err").toFile());
        builder.environment().put("PATH", tmp.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        Process process = builder.start();
        outputs.put(process, tmp.resolve(arg + ".out"));
        errors.put(process, tmp.resolve(arg + ".err"));
        return process;
    }

    private final java.util.Map<Process, Path> outputs = new java.util.HashMap<>();
    private final java.util.Map<Process, Path> errors = new java.util.HashMap<>();

    private Path errorsOf(Process process) {
        return errors.get(process);
    }

    private String read(Process process) {
        return read(outputs.get(process)) + read(errors.get(process));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int exit(Process process) throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the launcher did not finish");
        }
        return process.exitValue();
    }

    private void await(Process process, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || process.waitFor(20, TimeUnit.MILLISECONDS)) {
                fail("the launcher did not get there: " + read(process));
            }
        }
    }

    private static void write(Path file, String text, Instant time) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
