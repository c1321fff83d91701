package chipsim.runner.agentsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.market.report.AgentReport;
import chipsim.runner.decisions.DecisionJson;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * chipsim env spoken to over a plain socket: episodes one after another on one connection, the
 * rewards are the agents' quarterly payoffs, and echoing the fallback's proposal gives the run
 * of the policies.
 */
class EnvServerTest {

    private static final PolicyRegistry REGISTRY = PolicyRegistry.standard();
    private static Simulation simulation;
    private static EnvServer server;

    @BeforeAll
    static void start() throws IOException {
        simulation = Simulation.start(2, REGISTRY);
        server = AgentsApi.serve(simulation, new EnvScenarios(REGISTRY, null, List.of()), 0, "tok");
    }

    @AfterAll
    static void stop() {
        server.close();
        simulation.close();
    }

    /** A line-by-line client with every read bounded. */
    private static final class Client implements AutoCloseable {
        final Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        final BufferedReader in;
        final OutputStream out;

        Client() throws IOException {
            socket.setSoTimeout(60_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        void send(String json) throws IOException {
            out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        JsonNode receive() throws IOException {
            String line = in.readLine();
            assertTrue(line != null, "the server closed the connection");
            return DecisionJson.MAPPER.readTree(line);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Plays one episode echoing the proposals; returns the rewards of the agent, quarter by quarter. */
    private static List<Double> echoEpisode(Client client, String agent, int quarters) throws IOException {
        client.send("{\"type\":\"reset\",\"agents\":[\"" + agent + "\"],\"seed\":11,\"quarters\":" + quarters + "}");
        assertEquals("episode", client.receive().get("type").asText());
        List<Double> rewards = new ArrayList<>();
        while (true) {
            JsonNode message = client.receive();
            switch (message.get("type").asText()) {
                case "observe" -> {
                    ObjectNode act = DecisionJson.MAPPER.createObjectNode();
                    act.put("type", "act");
                    act.put("requestId", message.get("requestId").asLong());
                    message.get("agents").fields().forEachRemaining(e -> act.with("actions")
                            .set(e.getKey(), e.getValue().get("fallbackDecision")));
                    client.send(DecisionJson.write(act));
                }
                case "reward" -> rewards.add(message.get("rewards").get(agent).asDouble());
                case "done" -> {
                    assertTrue(message.get("ok").asBoolean(), message.toString());
                    assertEquals(0, message.get("refusals").asInt());
                    return rewards;
                }
                default -> throw new AssertionError("unexpected " + message);
            }
        }
    }

    @Test
    void episodesFollowOneAnotherAndTheirRewardsAreThePolicyRunsPayoffs() throws Exception {
        Scenario scenario = new EnvScenarios(REGISTRY, null, List.of()).defaultScenario().withSeed(11).truncated(3);
        RunResult byPolicy = simulation.runToEnd(scenario);
        try (Client client = new Client()) {
            client.send("{\"type\":\"hello\",\"protocol\":1,\"token\":\"tok\"}");
            JsonNode welcome = client.receive();
            assertEquals("welcome", welcome.get("type").asText());
            assertEquals(chipsim.agents.Roles.allDecisionPoints().size(), welcome.get("points").size());
            for (String agent : List.of("nvidia", "bytedance", "nvidia")) {
                List<Double> expected = new ArrayList<>();
                for (QuarterRecord quarter : byPolicy.quarters()) {
                    expected.add(quarter.agents().stream().filter(a -> a.agentId().equals(agent))
                            .mapToDouble(AgentReport::payoff).sum());
                }
                assertEquals(expected, echoEpisode(client, agent, 3), agent);
            }
            client.send("{\"type\":\"close\"}");
        }
    }

    @Test
    void aClientWithoutTheTokenIsToldWhyAndDisconnected() throws IOException {
        try (Client client = new Client()) {
            client.send("{\"type\":\"hello\",\"protocol\":1}");
            JsonNode error = client.receive();
            assertEquals("error", error.get("type").asText());
            assertTrue(error.get("fatal").asBoolean());
            assertTrue(error.get("reason").asText().contains("token"), error.toString());
            assertEquals(null, client.in.readLine(), "disconnected");
        }
    }
}
