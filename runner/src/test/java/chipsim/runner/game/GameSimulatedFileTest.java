package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Cli;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulated game file is checked against its scenario before anything runs; problems point into the game file. */
class GameSimulatedFileTest {

    @TempDir
    Path dir;

    @Test
    void theShippedSimulatedGamesAreValid() throws Exception {
        SimulatedGame game = read(Path.of(Cli.config("games/export-control.yaml")));
        assertEquals(List.of("washington", "beijing"), game.roles());
        assertEquals(12, game.profiles().size());
        assertEquals(8, game.quarters());
        assertEquals(List.of("washington.policy=static", "washington.params={}", "washington.setup.banAboveTpp=21000",
                "washington.setup.revenueShare=0.15", "washington.setup.chinaCapRatio=0.5"),
                game.strategies().get(0).get(1).overrides());
        assertEquals("static", game.profiles().get(0).agent("washington").policyName());
        assertEquals("self-reliance", game.profiles().get(0).agent("beijing").policyName());
        assertEquals(0.25, game.profiles().get(6).agent("washington").setup().number("revenueShare"));
        assertEquals(8, game.profiles().get(0).quarters());
        SimulatedGame three = read(Path.of(Cli.config("games/export-control-variants.yaml")));
        assertEquals(List.of("washington", "beijing", "nvidia"), three.roles());
        assertEquals(Boolean.FALSE, three.profiles().get(1).agent("nvidia").policyParams().get("designVariants"));
    }

    @Test
    void anUnknownRoleGetsTheNearestAgent() throws Exception {
        Problem p = only(game("""
                  washingtn:
                    a: {policy: static}
                    b: {policy: threshold-ratchet}
                  beijing:
                    a: {policy: self-reliance}
                    b: {policy: tit-for-tat}
                """));
        assertEquals("roles.washingtn", p.path());
        assertEquals(7, p.line());
        assertTrue(p.hint().contains("did you mean 'washington'?"), p.render());
    }

    @Test
    void aStrategysUnknownPolicyAndBadParameterArePlacedOnTheirLines() throws Exception {
        ScenarioException e = refuse(game("""
                  washington:
                    a: {policy: statik}
                    b:
                      policy: license-for-revenue
                      params:
                        revenueShare: 1.5
                  beijing:
                    a: {policy: self-reliance}
                    b: {policy: tit-for-tat}
                """));
        assertEquals(2, e.problems().size(), e.getMessage());
        Problem policy = e.problems().get(0);
        assertEquals("roles.washington.a.policy", policy.path());
        assertEquals(8, policy.line());
        assertTrue(policy.message().contains("unknown washington policy 'statik'"), policy.render());
        assertTrue(policy.hint().contains("did you mean 'static'?"), policy.render());
        Problem share = e.problems().get(1);
        assertEquals("roles.washington.b.params.revenueShare", share.path());
        assertEquals(12, share.line());
    }

    @Test
    void anOverrideListIsCheckedItemByItem() throws Exception {
        Problem p = only(game("""
                  washington:
                    a: {policy: static}
                    b: [washington.setup.banAboveTpp=-5]
                  beijing:
                    a: {policy: self-reliance}
                    b: {policy: tit-for-tat}
                """));
        assertEquals("roles.washington.b[0]", p.path());
        assertTrue(p.message().contains("banAboveTpp"), p.render());
    }

    @Test
    void aShortRoleListAndAHorizonBeyondTheScenarioAreRefused() throws Exception {
        Path file = dir.resolve("g.yaml");
        Files.writeString(file, """
                kind: simulated
                scenario: %s
                quarters: 99
                roles:
                  washington:
                    a: {policy: static}
                """.formatted(Cli.config("baseline.yaml")));
        String text = refuse(file).getMessage();
        assertTrue(text.contains("g.yaml:3:1: quarters: the scenario has only 16 quarters"), text);
        assertTrue(text.contains("a game needs at least two roles, not 1"), text);
        assertTrue(text.contains("washington has 1 strategy"), text);
    }

    @Test
    void aMissingScenarioIsNamed() throws Exception {
        Path file = dir.resolve("g.yaml");
        Files.writeString(file, "kind: simulated\nscenario: nowhere.yaml\nroles: {}\n");
        String text = refuse(file).getMessage();
        assertTrue(text.contains("the base scenario"), text);
        assertTrue(text.contains("nowhere.yaml: no such scenario file"), text);
    }

    @Test
    void theScenarioShippedInChipsimCanBeNamedFromAnywhere() throws Exception {
        Path file = dir.resolve("g.yaml");
        Files.writeString(file, """
                kind: simulated
                scenario: bundled:scenarios/full-ban
                quarters: 2
                replications: 1
                roles:
                  beijing:
                    a: {policy: self-reliance}
                    b: {policy: tit-for-tat}
                  washington:
                    as-in-full-ban: {}
                    ratchet: {policy: threshold-ratchet}
                """);
        SimulatedGame game = read(file);
        assertEquals("bundled:scenarios/full-ban", game.scenario());
        assertEquals("full-ban", game.profiles().get(0).name(), "the bundled counterfactual, laid over its base");
        assertEquals("static", game.profiles().get(0).agent("washington").policyName());
        assertEquals("threshold-ratchet", game.profiles().get(1).agent("washington").policyName());

        Files.writeString(file, "kind: simulated\nscenario: bundled:full-ban\nroles: {}\n");
        Problem p = refuse(file).problems().get(1);
        assertEquals("scenario", p.path());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("no scenario bundled:full-ban is bundled in chipsim"), p.render());
        assertTrue(p.hint().contains("bundled:scenarios/NAME"), p.render());
    }

    private Path game(String roles) throws Exception {
        Path file = dir.resolve("g.yaml");
        Files.writeString(file, """
                kind: simulated
                name: g
                scenario: %s
                quarters: 2
                replications: 1
                roles:
                %s""".formatted(Cli.config("baseline.yaml"), roles));
        return file;
    }

    private static SimulatedGame read(Path file) throws ScenarioException {
        return ((GameFiles.SimulatedFile) GameFiles.read(file, PolicyRegistry.standard())).game();
    }

    private static Problem only(Path file) {
        List<Problem> problems = refuse(file).problems();
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static ScenarioException refuse(Path file) {
        return assertThrows(ScenarioException.class, () -> read(file));
    }
}
