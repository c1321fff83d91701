package chipsim.runner.agentsapi;

import chipsim.agents.AgentSpec;
import chipsim.runner.decisions.DecisionJson;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One client of {@code chipsim env}: after the hello, each {@code reset} starts an episode (a run
 * of the scenario with the client's agents played by it), played like a run's program, ended by
 * {@code done}; episodes follow one another on the connection until it closes.
 */
final class EnvSession implements Runnable {

    /** How long a connected client may stay silent between episodes before it is disconnected. */
    private static final long IDLE_MILLIS = 3_600_000;
    private static final long HELLO_MILLIS = 10_000;

    private final Link link;
    private final Simulation simulation;
    private final EnvScenarios scenarios;
    private final String token;
    private long episodes;

    EnvSession(Link link, Simulation simulation, EnvScenarios scenarios, String token) {
        this.link = link;
        this.simulation = simulation;
        this.scenarios = scenarios;
        this.token = token;
    }

    @Override
    public void run() {
        Conversation conversation = new Conversation(link);
        try {
            Handshake.awaitHello(conversation, token, HELLO_MILLIS);
            long decisionTimeout;
            try {
                decisionTimeout = scenarios.defaultScenario().decisionTimeoutMillis();
            } catch (ScenarioException e) {
                decisionTimeout = 0;
            }
            conversation.send(Protocol.welcome("env", decisionTimeout, HELLO_MILLIS));
            JsonNode next = null;
            while (true) {
                JsonNode message = next != null ? next : nextMessage(conversation);
                next = null;
                if (message == null || message.path("type").asText().equals("close")) {
                    return;
                }
                if (!message.path("type").asText().equals("reset")) {
                    conversation.send(Protocol.error("expected a reset or a close between episodes, not '"
                            + message.path("type").asText() + "'"));
                    continue;
                }
                Episode episode = reset(conversation, message);
                if (episode == null) {
                    continue;
                }
                if (episode.disconnected() != null) {
                    return;
                }
                next = episode.interrupting();
            }
        } catch (Handshake.Refused e) {
            // Told and disconnected already.
        } finally {
            link.close();
        }
    }

    /** The next message between episodes, or null when the client is gone or silent too long. */
    private static JsonNode nextMessage(Conversation conversation) {
        long deadline = System.currentTimeMillis() + IDLE_MILLIS;
        while (true) {
            Conversation.Event event = conversation.next(Math.max(1, deadline - System.currentTimeMillis()));
            if (event == null || event instanceof Conversation.Lost) {
                return null;
            }
            if (event instanceof Conversation.Received received && received.line() != null
                    && !received.line().isBlank()) {
                try {
                    JsonNode message = DecisionJson.MAPPER.readTree(received.line());
                    if (message != null && message.isObject()) {
                        return message;
                    }
                } catch (java.io.IOException e) {
                    // Reported below.
                }
                conversation.send(Protocol.error("malformed message: expected a JSON object such as "
                        + "{\"type\":\"reset\",\"agents\":[\"washington\"]}"));
            }
        }
    }

    /** Starts and plays one episode; null when the reset was refused (the client was told why). */
    private Episode reset(Conversation conversation, JsonNode reset) {
        Scenario scenario;
        SortedMap<String, String> held = new TreeMap<>();
        try {
            List<String> overrides = new ArrayList<>();
            reset.path("overrides").forEach(o -> overrides.add(o.asText()));
            String file = reset.hasNonNull("scenario") ? reset.get("scenario").asText() : null;
            scenario = scenarios.load(file, overrides);
            if (reset.hasNonNull("seed")) {
                scenario = scenario.withSeed(reset.get("seed").asLong());
            }
            if (reset.hasNonNull("quarters")) {
                int quarters = reset.get("quarters").asInt();
                if (quarters < 1 || quarters > 400) {
                    throw new IllegalArgumentException("reset: quarters must be from 1 to 400, not " + quarters);
                }
                scenario = scenario.truncated(quarters);
            }
            JsonNode agents = reset.path("agents");
            if (!agents.isArray() || agents.isEmpty()) {
                throw new IllegalArgumentException("reset: give \"agents\", a list of agent ids or roles to play, "
                        + "e.g. [\"washington\"]");
            }
            for (JsonNode target : agents) {
                for (AgentSpec agent : AgentOption.resolve(scenario, target.asText(), "reset: agents")) {
                    held.put(agent.id(), agent.role());
                }
            }
        } catch (ScenarioException e) {
            conversation.send(Protocol.error("reset: the scenario cannot run:\n" + e.getMessage()));
            return null;
        } catch (IllegalArgumentException e) {
            conversation.send(Protocol.error(e.getMessage()));
            return null;
        }
        long number = ++episodes;
        Episode episode = new Episode(conversation, number, held, scenario, scenarios.registry());
        ObjectNode started = Protocol.message("episode");
        started.put("episode", number);
        started.put("scenario", scenario.name());
        started.put("seed", scenario.seed());
        started.put("start", scenario.start().toString());
        started.put("end", scenario.end().toString());
        started.put("decisionTimeoutMillis", scenario.decisionTimeoutMillis());
        started.set("agents", episode.agentsJson());
        conversation.send(started);
        Scenario played = scenario;
        RunInputs inputs = new RunInputs(false, episode.deciders()).withQuarterListener(episode.quarterListener());
        simulation.run(played, inputs).whenComplete((result, failure) -> conversation.post(new Conversation.Ended(
                number, result != null ? result : new RunResult(played, List.of(), "the run did not answer: " + failure))));
        episode.play(AgentsApi.runBoundMillis(scenario));
        return episode;
    }
}
