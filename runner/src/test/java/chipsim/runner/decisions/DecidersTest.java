package chipsim.runner.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.agents.decision.Decided;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionAnswered;
import chipsim.agents.decision.DecisionAsk;
import chipsim.agents.decision.PolicyDecider;
import chipsim.runner.output.TableWriters;
import chipsim.runner.output.TraceWriter;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deciders other than a policy: one that answers later on another thread decides exactly what the
 * policy would, one that never answers is covered by the fallback after the deadline.
 */
class DecidersTest {

    private static final PolicyRegistry REGISTRY = PolicyRegistry.standard();
    private static Simulation simulation;
    private static Scenario baseline;

    @BeforeAll
    static void start() throws Exception {
        simulation = Simulation.start(2, REGISTRY);
        baseline = new ScenarioLoader(REGISTRY).loadBundled(ScenarioLoader.BUNDLED_BASELINE, List.of());
    }

    @AfterAll
    static void stop() {
        simulation.close();
    }

    /** Answers every decision with the policy's own, a little later, from another thread. */
    private record Delayed(PolicyDecider policy, Executor later) implements Decider {
        @Override
        public Decided decide(DecisionAsk<?, ?> ask) {
            later.execute(() -> ask.replyTo().tell(new DecisionAnswered(ask.askId(),
                    policy.decide(ask).decision(), "program", "")));
            return null;
        }
    }

    /** Never answers, and remembers why it was refused. */
    private static final class Silent implements Decider {
        volatile String refusal;

        @Override
        public Decided decide(DecisionAsk<?, ?> ask) {
            return null;
        }

        @Override
        public void refused(DecisionAsk<?, ?> ask, String reason) {
            refusal = reason;
        }
    }

    private static String outputs(RunResult result) throws IOException {
        StringWriter out = new StringWriter();
        TraceWriter.write(out, result.quarters());
        TableWriters.quarters(out, result.quarters());
        TableWriters.flows(out, result.quarters());
        TableWriters.agents(out, result.quarters());
        return out.toString();
    }

    private static Object policyOf(String agentId) {
        var spec = baseline.agent(agentId);
        return REGISTRY.create(spec.role(), spec.policyName(), spec.policyParams(),
                chipsim.agents.Roles.policyType(spec.role()));
    }

    @Test
    void aDeciderThatAnswersLaterOnAnotherThreadGivesTheSameRun() throws IOException {
        RunResult direct = simulation.runToEnd(baseline, RunInputs.LOGGED);
        Executor later = CompletableFuture.delayedExecutor(2, TimeUnit.MILLISECONDS);
        RunInputs delayed = RunInputs.LOGGED;
        for (String id : List.of("washington", "beijing", "nvidia", "tsmc", "huawei", "bytedance", "broker-sg")) {
            var spec = baseline.agent(id);
            delayed = delayed.with(id, new Delayed(PolicyDecider.primary(spec.policyName(), policyOf(id)), later));
        }
        RunResult answeredLater = simulation.runToEnd(baseline, delayed);
        assertNull(answeredLater.error());
        assertEquals(outputs(direct), outputs(answeredLater));
        long byProgram = answeredLater.quarters().stream().flatMap(q -> q.decisions().stream())
                .filter(line -> line.contains("\"decidedBy\":\"program\"")).count();
        assertEquals(16 * (1 + 1 + 3 + 1 + 2 + 1 + 1), byProgram, "every decision of those agents came from the program");
    }

    @Test
    void aDeciderThatNeverAnswersIsCoveredByTheFallbackAtTheDeadline() throws IOException {
        Scenario quick = baseline.withDecisionTimeout(50).truncated(4);
        Silent silent = new Silent();
        RunResult policy = simulation.runToEnd(quick, RunInputs.LOGGED);
        RunResult covered = simulation.runToEnd(quick, RunInputs.LOGGED.with("washington", silent));
        assertNull(covered.error(), "the run completes");
        assertEquals(outputs(policy), outputs(covered), "the fallback is the scenario's own policy");
        List<String> washington = covered.quarters().stream().flatMap(q -> q.decisions().stream())
                .filter(line -> line.contains("\"agent\":\"washington\"")).toList();
        assertEquals(4, washington.size());
        for (String line : washington) {
            assertTrue(line.contains("\"decidedBy\":\"fallback:license-for-revenue\""), line);
            assertTrue(line.contains("\"refusal\":\"no decision within 50 ms (decisionTimeoutMillis)\""), line);
        }
        assertEquals("no decision within 50 ms (decisionTimeoutMillis)", silent.refusal);
    }

    @Test
    void aBadLateDecisionIsRefusedWithItsFieldAndTheFallbackDecides() throws IOException {
        Scenario quick = baseline.truncated(2);
        Decider wrong = ask -> {
            ask.replyTo().tell(new DecisionAnswered(ask.askId(),
                    new chipsim.agents.washington.RulesDecision(4800, 4800, 2.0, 0, 0.3, ""), "program", ""));
            return null;
        };
        RunResult result = simulation.runToEnd(quick, RunInputs.LOGGED.with("washington", wrong));
        assertNull(result.error());
        String first = result.quarters().get(0).decisions().stream()
                .filter(line -> line.contains("\"agent\":\"washington\"")).findFirst().orElseThrow();
        assertTrue(first.contains("\"decidedBy\":\"fallback:license-for-revenue\""), first);
        assertTrue(first.contains("revenueShare: 2 is outside 0..1"), first);
        assertEquals(outputs(simulation.runToEnd(quick, RunInputs.LOGGED)), outputs(result));
    }

    @Test
    void anUnknownAgentCannotBeGivenADecider() {
        RunResult result = simulation.runToEnd(baseline, RunInputs.LEAN.with("nobody", new Silent()));
        assertTrue(result.error().contains("nobody"), result.error());
        assertTrue(Map.of().isEmpty());
    }
}
