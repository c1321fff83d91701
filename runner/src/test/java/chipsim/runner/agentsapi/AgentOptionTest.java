package chipsim.runner.agentsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.AgentSpec;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading --agent ROLE_OR_ID=SPEC: the three kinds of SPEC, and what is wrong with a bad one. */
class AgentOptionTest {

    @Test
    void theThreeKindsOfSpec() {
        AgentOption cmd = AgentOption.parse("washington=cmd:python3 my_washington.py --fast");
        assertEquals(AgentOption.Kind.CMD, cmd.kind());
        assertEquals("python3 my_washington.py --fast", cmd.command());
        AgentOption tcp = AgentOption.parse("beijing=tcp:127.0.0.1:5555");
        assertEquals(AgentOption.Kind.TCP, tcp.kind());
        assertEquals("127.0.0.1", tcp.host());
        assertEquals(5555, tcp.port());
        AgentOption listen = AgentOption.parse("nvidia=listen:5556");
        assertEquals(AgentOption.Kind.LISTEN, listen.kind());
        assertEquals(5556, listen.port());
    }

    @Test
    void aBadSpecSaysHowToWriteIt() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOption.parse("washington"))
                .getMessage().contains("ROLE_OR_ID=SPEC"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOption.parse("nvidia=listen:http"))
                .getMessage().contains("'http' is not a port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOption.parse("nvidia=tcp:5555"))
                .getMessage().contains("HOST:PORT"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOption.parse("nvidia=ssh:host"))
                .getMessage().contains("cmd:COMMAND, tcp:HOST:PORT or listen:PORT"));
    }

    @Test
    void anIdNamesOneAgentARoleAllOfIt() throws Exception {
        PolicyRegistry registry = PolicyRegistry.standard();
        Scenario baseline = new ScenarioLoader(registry).loadBundled(ScenarioLoader.BUNDLED_BASELINE, List.of());
        assertEquals(List.of("bytedance"), AgentOption.parse("bytedance=cmd:x").agents(baseline).stream()
                .map(AgentSpec::id).toList());
        assertEquals(baseline.agentsOf("buyer"), AgentOption.parse("buyer=cmd:x").agents(baseline));
        assertTrue(baseline.agentsOf("buyer").size() > 1);
    }
}
