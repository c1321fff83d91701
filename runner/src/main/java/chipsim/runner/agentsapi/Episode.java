package chipsim.runner.agentsapi;

import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionAnswered;
import chipsim.agents.decision.DecisionAsk;
import chipsim.market.report.AgentReport;
import chipsim.runner.decisions.DecisionJson;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One run as one program plays it: the agents it holds ask, their asks of the same step go out
 * as one {@code observe}, the program's {@code act} answers them; refusals, rewards and the end
 * are told to it. Runs on the conversation's own thread, from the run's start to its
 * {@link Conversation.Ended}. docs/agents-api.md describes the messages.
 */
final class Episode {

    private final Conversation conversation;
    private final long number;
    private final SortedMap<String, String> held;
    private final Scenario scenario;
    private final PolicyRegistry registry;

    private final StepGathering gathering;
    /** Observes sent and not yet answered, by request id. */
    private final Map<Long, Map<String, DecisionAsk<?, ?>>> open = new TreeMap<>();
    /** The request each ask went out in, by agent and ask id, so that a refusal can name it. */
    private final Map<String, Long> requestOfAsk = new java.util.HashMap<>();
    private final SortedMap<String, Double> returns = new TreeMap<>();
    private long nextRequest;
    private int refusals;
    private boolean corrupt;
    private String disconnected;
    /** A message that ends the episode early (env: a reset or close during the run): kept for after it. */
    private JsonNode interrupting;

    /**
     * @param held agent id to role, the agents this program plays in this run
     */
    Episode(Conversation conversation, long number, SortedMap<String, String> held, Scenario scenario,
            PolicyRegistry registry) {
        this.conversation = conversation;
        this.number = number;
        this.held = new TreeMap<>(held);
        this.scenario = scenario;
        this.registry = registry;
        this.gathering = new StepGathering(this.held);
        held.keySet().forEach(id -> returns.put(id, 0.0));
    }

    /** The deciders for the run: one per agent held. */
    Map<String, Decider> deciders() {
        Map<String, Decider> deciders = new TreeMap<>();
        for (String id : held.keySet()) {
            deciders.put(id, new ProgramDecider(conversation, number, new FallbackProposals(scenario, id, registry)));
        }
        return deciders;
    }

    Consumer<QuarterRecord> quarterListener() {
        return record -> conversation.post(new Conversation.QuarterClosed(number, record));
    }

    SortedMap<String, String> held() {
        return held;
    }

    /** What the program was told about its agents: id to role and points. */
    ObjectNode agentsJson() {
        ObjectNode agents = DecisionJson.MAPPER.createObjectNode();
        held.forEach((id, role) -> {
            ObjectNode agent = agents.putObject(id);
            agent.put("role", role);
            Roles.role(role).decisionPoints().forEach(p -> agent.withArray("points").add(p.name()));
        });
        return agents;
    }

    int refusals() {
        return refusals;
    }

    boolean corrupt() {
        return corrupt;
    }

    /** Why the program is gone, or null while it is connected. */
    String disconnected() {
        return disconnected;
    }

    JsonNode interrupting() {
        return interrupting;
    }

    SortedMap<String, Double> returns() {
        return returns;
    }

    /** Talks to the program until the run ends, then says so; returns the run's result. */
    RunResult play(long boundMillis) {
        long deadline = System.currentTimeMillis() + boundMillis;
        while (true) {
            Conversation.Event event = conversation.next(Math.max(1, deadline - System.currentTimeMillis()));
            if (event == null) {
                return new RunResult(scenario, List.of(), "the run did not end within " + boundMillis + " ms");
            }
            if (event instanceof Conversation.Ended ended && ended.episode() == number) {
                sendDone(ended.result());
                return ended.result();
            }
            handle(event);
        }
    }

    private void handle(Conversation.Event event) {
        if (event instanceof Conversation.Asked asked && asked.episode() == number) {
            onAsked(asked);
        } else if (event instanceof Conversation.Refused refused && refused.episode() == number) {
            onRefused(refused);
        } else if (event instanceof Conversation.QuarterClosed closed && closed.episode() == number) {
            onQuarterClosed(closed);
        } else if (event instanceof Conversation.Received received) {
            onReceived(received.line());
        } else if (event instanceof Conversation.Lost lost) {
            lose(lost.reason());
        }
        // Anything else belongs to an earlier episode: nothing is waiting for it.
    }

    private void onAsked(Conversation.Asked asked) {
        DecisionAsk<?, ?> ask = asked.ask();
        if (disconnected != null || interrupting != null) {
            giveUp(ask, disconnected != null ? "the program is disconnected: " + disconnected
                    : "the episode was ended by the program's " + interrupting.path("type").asText());
            return;
        }
        gathering.add(asked).forEach(this::send);
    }

    private void send(SortedMap<String, Conversation.Asked> step) {
        long requestId = ++nextRequest;
        Map<String, DecisionAsk<?, ?>> asks = new LinkedHashMap<>();
        step.forEach((id, asked) -> {
            asks.put(id, asked.ask());
            requestOfAsk.put(id + "#" + asked.ask().askId(), requestId);
        });
        open.put(requestId, asks);
        conversation.send(Protocol.observe(requestId, number, scenario.decisionTimeoutMillis(), step));
    }

    private void onReceived(String line) {
        if (line == null) {
            malformed("a line longer than " + Protocol.MAX_LINE_CHARS + " characters");
            return;
        }
        if (line.isBlank()) {
            return;
        }
        JsonNode message;
        try {
            message = DecisionJson.MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            malformed("not JSON: " + firstLine(e.getMessage()));
            return;
        }
        String type = message == null ? "" : message.path("type").asText("");
        if (type.equals("act")) {
            onAct(message);
        } else if (type.equals("reset") || type.equals("close")) {
            interrupt(message);
        } else {
            malformed(type.isEmpty() ? "a message without a \"type\"" : "an unknown message type '" + type + "'");
        }
    }

    /** A line the protocol cannot read: told, counted, and every open request falls back at once. */
    private void malformed(String what) {
        ObjectNode error = Protocol.error("malformed message: " + what);
        if (open.isEmpty()) {
            count(error);
        } else {
            conversation.send(error);
        }
        giveUpOpen("the program sent a malformed message: " + what);
    }

    private void onAct(JsonNode act) {
        long requestId = act.path("requestId").asLong(-1);
        Map<String, DecisionAsk<?, ?>> asks = open.remove(requestId);
        if (asks == null) {
            ObjectNode error = Protocol.error("request " + requestId + " is not open: it was answered already, "
                    + "or its deadline passed and the fallback decided");
            error.put("requestId", requestId);
            conversation.send(error);
            return;
        }
        JsonNode actions = act.path("actions");
        if (!actions.isObject()) {
            conversation.send(withRequest(Protocol.error("act " + requestId + " has no \"actions\" object"), requestId));
            asks.values().forEach(ask -> giveUp(ask, "act " + requestId + " has no \"actions\" object"));
            return;
        }
        for (Iterator<String> names = actions.fieldNames(); names.hasNext(); ) {
            String id = names.next();
            if (!held.containsKey(id)) {
                ObjectNode error = withRequest(Protocol.error("'" + id + "' is not an agent this program plays "
                        + held.keySet() + "; its action is ignored"), requestId);
                error.put("agent", id);
                count(error);
            } else if (!asks.containsKey(id)) {
                ObjectNode error = withRequest(Protocol.error("'" + id + "' was not asked in request " + requestId
                        + "; its action is ignored"), requestId);
                error.put("agent", id);
                count(error);
            }
        }
        asks.forEach((id, ask) -> answer(ask, actions.get(id), requestId));
    }

    private void answer(DecisionAsk<?, ?> ask, JsonNode action, long requestId) {
        if (action == null || action.isNull()) {
            giveUp(ask, "act " + requestId + " has no action for " + ask.agentId());
            return;
        }
        Object decision;
        try {
            decision = DecisionJson.MAPPER.treeToValue(action, ask.point().decisionType());
        } catch (java.io.IOException | IllegalArgumentException e) {
            giveUp(ask, "its " + ask.point().name() + " decision cannot be read: " + firstLine(e.getMessage()));
            return;
        }
        ask.replyTo().tell(new DecisionAnswered(ask.askId(), decision, "program", ""));
    }

    private void onRefused(Conversation.Refused refused) {
        DecisionAsk<?, ?> ask = refused.ask();
        Long requestId = requestOfAsk.remove(ask.agentId() + "#" + ask.askId());
        if (requestId != null) {
            Map<String, DecisionAsk<?, ?>> asks = open.get(requestId);
            if (asks != null) {
                asks.remove(ask.agentId());
                if (asks.isEmpty()) {
                    open.remove(requestId);
                }
            }
        }
        gathering.remove(ask.agentId());
        if (disconnected != null || interrupting != null) {
            return;
        }
        ObjectNode error = Protocol.error(refused.reason() + "; the fallback policy decided");
        if (requestId != null) {
            error.put("requestId", requestId);
        }
        error.put("agent", ask.agentId());
        error.put("point", ask.point().name());
        count(error);
    }

    /** Sends an error that counts against the program; past the limit, disconnects it and marks the episode corrupt. */
    private void count(ObjectNode error) {
        refusals++;
        error.put("refusals", refusals);
        error.put("maxRefusals", Protocol.MAX_REFUSALS);
        boolean fatal = refusals > Protocol.MAX_REFUSALS && disconnected == null;
        error.put("fatal", fatal);
        conversation.send(error);
        if (fatal) {
            corrupt = true;
            lose("disconnected after " + refusals + " refusals (the limit is " + Protocol.MAX_REFUSALS + ")");
            // Closing waits for a started program to exit; the run's asks must not wait behind it.
            Thread closer = new Thread(conversation.link()::close, "agents-api closer");
            closer.setDaemon(true);
            closer.start();
        }
    }

    private void onQuarterClosed(Conversation.QuarterClosed closed) {
        ObjectNode rewards = DecisionJson.MAPPER.createObjectNode();
        for (AgentReport report : closed.record().agents()) {
            if (held.containsKey(report.agentId())) {
                rewards.put(report.agentId(), report.payoff());
                returns.merge(report.agentId(), report.payoff(), Double::sum);
            }
        }
        if (disconnected == null) {
            conversation.send(Protocol.reward(number, closed.record().quarter(), rewards));
        }
    }

    private void interrupt(JsonNode message) {
        if (interrupting == null) {
            interrupting = message;
        }
        giveUpOpen("the episode was ended by the program's " + message.path("type").asText());
    }

    private void lose(String reason) {
        if (disconnected == null) {
            disconnected = reason;
        }
        giveUpOpen("the program is disconnected: " + reason);
    }

    private void giveUpOpen(String reason) {
        List<DecisionAsk<?, ?>> waiting = new ArrayList<>();
        open.values().forEach(asks -> waiting.addAll(asks.values()));
        gathering.drain().values().forEach(asked -> waiting.add(asked.ask()));
        open.clear();
        waiting.forEach(ask -> giveUp(ask, reason));
    }

    private static void giveUp(DecisionAsk<?, ?> ask, String reason) {
        ask.replyTo().tell(DecisionAnswered.giveUp(ask.askId(), "program", reason));
    }

    private void sendDone(RunResult result) {
        if (disconnected != null) {
            return;
        }
        conversation.send(Protocol.done(number, result, corrupt, refusals, returns));
    }

    private static ObjectNode withRequest(ObjectNode error, long requestId) {
        error.put("requestId", requestId);
        return error;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
