package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static chipsim.runner.scenario.ScenarioFixtures.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyFactory;
import chipsim.agents.washington.WashingtonPolicy;
import chipsim.market.rules.ExportRules;
import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A researcher's own policy, brought in a jar chipsim never compiled: the test writes its source,
 * compiles it against chipsim's jars, packs it with its service file and hands the jar to the CLI.
 */
class PolicyJarTest {

    private static final String PACKAGE = "org.example.chipsim.policies";
    private static final String CLASS = PACKAGE + ".AlwaysOpen";

    /** Washington opens every US chip for China, whatever happens: the lines above any chip's TPP. */
    private static final String SOURCE = """
            package org.example.chipsim.policies;

            import chipsim.agents.ParamSpec;
            import chipsim.agents.Params;
            import chipsim.agents.PolicyFactory;
            import chipsim.agents.washington.RulesDecision;
            import chipsim.agents.washington.WashingtonObservation;
            import chipsim.agents.washington.WashingtonPolicy;
            import java.util.List;

            public final class AlwaysOpen implements WashingtonPolicy {

                private static final double ABOVE_EVERY_CHIP_TPP = 1e12;

                @Override
                public RulesDecision decide(WashingtonObservation observation) {
                    var current = observation.current();
                    String reason = current.banAboveTpp() == ABOVE_EVERY_CHIP_TPP ? "" : "opens every chip";
                    return new RulesDecision(ABOVE_EVERY_CHIP_TPP, ABOVE_EVERY_CHIP_TPP, current.revenueShare(),
                            current.chinaCapRatio(), current.enforcement(), reason);
                }

                public static final class Factory implements PolicyFactory {
                    @Override public String name() { return "always-open"; }
                    @Override public String role() { return "washington"; }
                    @Override public String description() { return "opens every US chip for China, always"; }
                    @Override public List<ParamSpec> params() { return List.of(); }
                    @Override public Object create(Params params) { return new AlwaysOpen(); }
                }
            }
            """;

    @TempDir
    static Path tmp;

    private static Path jar;

    @BeforeAll
    static void buildThePolicyJar() throws IOException, URISyntaxException {
        Path sources = tmp.resolve("src/org/example/chipsim/policies");
        Files.createDirectories(sources);
        Path source = Files.writeString(sources.resolve("AlwaysOpen.java"), SOURCE);
        Path classes = Files.createDirectories(tmp.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests need a JDK, not a JRE");
        // Surefire's class path is a manifest-only jar, so name chipsim's own jars directly.
        String classPath = String.join(File.pathSeparator, locationOf(WashingtonPolicy.class),
                locationOf(ExportRules.class));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "--release", "17", "-cp", classPath,
                "-d", classes.toString(), source.toString());
        assertEquals(0, status, "the policy did not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));

        jar = tmp.resolve("always-open.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + PolicyFactory.class.getName()));
            out.write((CLASS + "$Factory\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    @Test
    void theProjectItselfDoesNotKnowThePolicy() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(CLASS));
        Cli.Result result = Cli.run("validate", Cli.config("baseline.yaml"), "--set", "washington.policy=always-open",
                "--set", "washington.params={}");
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("unknown washington policy 'always-open'"), result.err());
    }

    @Test
    void policiesListsThePolicyOfTheJar() {
        Cli.Result result = Cli.run("policies", "--policy-jar", jar.toString());
        assertOk(result);
        assertTrue(result.out().contains("washington / always-open\n    opens every US chip for China, always"),
                result.out());
        assertTrue(result.out().contains("washington / license-for-revenue"), "chipsim's own policies stay listed");
    }

    @Test
    void aRunWithThePolicyOfTheJarOpensEveryUsChip() {
        Path out = tmp.resolve("run");
        Cli.Result result = Cli.run("run", "--policy-jar", jar.toString(), "--set", "washington.policy=always-open",
                "--set", "washington.params={}", "--quarters", "4", "--out", out.toString());
        assertOk(result);
        List<JsonNode> quarters = trace(out);
        assertEquals(4, quarters.size());
        for (JsonNode quarter : quarters) {
            JsonNode status = quarter.at("/rules/export/statusByChip");
            assertTrue(status.size() > 0, "the trace lists the US chips");
            status.fields().forEachRemaining(chip -> assertEquals("open", chip.getValue().asText(),
                    quarter.get("quarter").asText() + " " + chip.getKey()));
        }
        assertTrue(quarters.get(0).get("events").toString().contains("washington: opens every chip"),
                quarters.get(0).get("events").toString());
        // The baseline's own Washington bans the top chips, so the jar's policy is what opened them.
        Path baseline = tmp.resolve("baseline");
        assertOk(Cli.run("run", "--quarters", "1", "--out", baseline.toString()));
        assertTrue(trace(baseline).get(0).at("/rules/export/statusByChip").toString().contains("banned"));
    }

    @Test
    void aJarThatDoesNotExistIsBadInput() {
        Path missing = tmp.resolve("nope.jar");
        Cli.Result result = Cli.run("run", "--policy-jar", missing.toString(), "--quarters", "1", "--out",
                tmp.resolve("never").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("--policy-jar " + missing + ": no such jar"), result.err());
        assertTrue(Files.notExists(tmp.resolve("never")));
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
