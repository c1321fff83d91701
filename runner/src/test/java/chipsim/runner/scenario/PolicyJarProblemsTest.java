package chipsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken --policy-jar files, each refused before anything runs (exit 2, nothing written) with the
 * jar, the class and what is wrong: a text file, a folder, a factory whose constructor or name()
 * throws, a factory for a role chipsim has not, a policy whose own constructor throws.
 */
class PolicyJarProblemsTest {

    private static final String PACKAGE = "org.example.broken";

    /** A factory for Washington, its methods' bodies given; the policy it makes is chipsim's static one. */
    private static String factory(String className, String constructor, String name, String role, String create) {
        return """
                package org.example.broken;

                import chipsim.agents.ParamSpec;
                import chipsim.agents.Params;
                import chipsim.agents.PolicyFactory;
                import java.util.List;

                public final class %1$s implements PolicyFactory {
                    public %1$s() { %2$s }
                    @Override public String name() { %3$s }
                    @Override public String role() { %4$s }
                    @Override public String description() { return "broken on purpose"; }
                    @Override public List<ParamSpec> params() { return List.of(); }
                    @Override public Object create(Params params) { %5$s }
                }
                """.formatted(className, constructor, name, role, create);
    }

    private static final String POLICY_THAT_THROWS = """
            package org.example.broken;

            import chipsim.agents.washington.RulesDecision;
            import chipsim.agents.washington.WashingtonObservation;
            import chipsim.agents.washington.WashingtonPolicy;

            public final class NeedsAModel implements WashingtonPolicy {
                public NeedsAModel() { throw new IllegalStateException("model file weights.bin not found"); }
                @Override public RulesDecision decide(WashingtonObservation observation) { return null; }
            }
            """;

    @TempDir
    static Path tmp;

    private static Path constructorThrows;
    private static Path nameThrows;
    private static Path unknownRole;
    private static Path policyThrows;

    @BeforeAll
    static void buildTheJars() {
        constructorThrows = PolicyJarBuilder.build(tmp, "ctor.jar", PACKAGE, Map.of("CtorThrows",
                factory("CtorThrows", "throw new IllegalStateException(\"no licence key\");", "return \"x\";",
                        "return \"washington\";", "return null;")), List.of(PACKAGE + ".CtorThrows"));
        nameThrows = PolicyJarBuilder.build(tmp, "name.jar", PACKAGE, Map.of("NameThrows",
                factory("NameThrows", "", "throw new UnsupportedOperationException(\"later\");",
                        "return \"washington\";", "return null;")), List.of(PACKAGE + ".NameThrows"));
        unknownRole = PolicyJarBuilder.build(tmp, "role.jar", PACKAGE, Map.of("ForTheSenate",
                factory("ForTheSenate", "", "return \"filibuster\";", "return \"senate\";", "return null;")),
                List.of(PACKAGE + ".ForTheSenate"));
        policyThrows = PolicyJarBuilder.build(tmp, "policy.jar", PACKAGE, Map.of(
                "NeedsAModelFactory", factory("NeedsAModelFactory", "", "return \"needs-a-model\";",
                        "return \"washington\";", "return new NeedsAModel();"),
                "NeedsAModel", POLICY_THAT_THROWS), List.of(PACKAGE + ".NeedsAModelFactory"));
    }

    /** `run` with the jar: exit 2, the message, no run folder, no stack trace. */
    private static Cli.Result refused(Path jar, String... more) {
        Path out = tmp.resolve("never-" + jar.getFileName());
        List<String> args = new java.util.ArrayList<>(List.of("run", "--policy-jar", jar.toString(), "--quarters", "1",
                "--out", out.toString()));
        args.addAll(List.of(more));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(2, result.status(), result.toString());
        assertFalse(Files.exists(out), "wrote " + out);
        assertFalse(result.err().contains("\tat "), "a stack trace:\n" + result.err());
        assertTrue(result.err().contains("--policy-jar " + jar) || result.err().contains("agents."), result.err());
        return result;
    }

    @Test
    void aTextFileIsNotAJar() throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.jar"), "these are my policy ideas\n");
        Cli.Result result = refused(text);
        assertTrue(result.err().contains("--policy-jar " + text + ": is not a jar (zip) file"), result.err());
        assertTrue(result.err().contains("hint: give the .jar built from your policies"), result.err());
    }

    @Test
    void aFolderIsCalledAFolder() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("my-policies"));
        Cli.Result result = refused(folder);
        assertTrue(result.err().contains("--policy-jar " + folder + ": is a folder, not a jar"), result.err());
        assertFalse(result.err().contains("no such jar"), result.err());
    }

    @Test
    void aFactoryWhoseConstructorThrowsIsNamed() {
        Cli.Result result = refused(constructorThrows);
        assertTrue(result.err().contains("policy factory " + PACKAGE + ".CtorThrows cannot be created: its constructor "
                + "threw IllegalStateException: no licence key"), result.err());
    }

    @Test
    void aFactoryWhoseNameThrowsIsNamed() {
        Cli.Result result = refused(nameThrows);
        assertTrue(result.err().contains("policy factory " + PACKAGE + ".NameThrows: name() threw "
                + "UnsupportedOperationException: later"), result.err());
        assertTrue(Cli.run("policies", "--policy-jar", nameThrows.toString()).status() == 2);
    }

    @Test
    void aFactoryForAnUnknownRoleIsRefusedNotListed() {
        Cli.Result result = refused(unknownRole);
        assertTrue(result.err().contains("('filibuster') is for role 'senate', which chipsim does not have"),
                result.err());
        Cli.Result listed = Cli.run("policies", "--policy-jar", unknownRole.toString());
        assertEquals(2, listed.status(), listed.toString());
        assertFalse(listed.out().contains("filibuster"), listed.out());
    }

    @Test
    void aPolicyWhoseConstructorThrowsNamesTheAgentAndThePolicy() {
        Cli.Result result = refused(policyThrows, "--set", "washington.policy=needs-a-model", "--set",
                "washington.params={}");
        assertTrue(result.err().contains("agents.washington.policy: policy 'needs-a-model' of agent washington ("
                + PACKAGE + ".NeedsAModelFactory) cannot be created: IllegalStateException: model file weights.bin "
                + "not found"), result.err());
        // The jar itself is fine: without that policy the scenario is valid.
        assertEquals(0, Cli.run("validate", "--policy-jar", policyThrows.toString()).status());
    }
}
