package chipsim.runner.agentsapi;

import chipsim.agents.AgentSpec;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.decisions.DecisionJson;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The agents API's entry point (docs/agents-api.md): programs that take roles in a run
 * ({@link #connect}, for {@code chipsim run --agent}) and the training server
 * ({@link #serve}, for {@code chipsim env}).
 */
public final class AgentsApi {

    /** An {@code --agent} option that cannot be used as written: bad input. */
    public static final class BadOption extends Exception {
        BadOption(String message) {
            super(message);
        }
    }

    /** A program could not be reached or did not open the conversation properly: the run cannot start. */
    public static final class NotConnected extends Exception {
        NotConnected(String message) {
            super(message);
        }
    }

    private AgentsApi() {}

    /**
     * Reaches every program the options name and greets it, before the run starts. On any problem
     * every program already reached is disconnected.
     *
     * @param token         the token programs reached over TCP must present; null when none was given
     * @param connectMillis how long to wait for a connection and for a hello
     */
    public static Programs connect(Scenario scenario, PolicyRegistry registry, List<String> options, String token,
            long connectMillis) throws BadOption, NotConnected {
        Map<String, AgentOption> bySpec = new LinkedHashMap<>();
        Map<String, SortedMap<String, String>> heldBySpec = new LinkedHashMap<>();
        Map<String, String> specOfAgent = new TreeMap<>();
        try {
            for (String text : options) {
                AgentOption option = AgentOption.parse(text);
                bySpec.putIfAbsent(option.spec(), option);
                for (AgentSpec agent : option.agents(scenario)) {
                    String before = specOfAgent.put(agent.id(), option.spec());
                    if (before != null && !before.equals(option.spec())) {
                        throw new IllegalArgumentException("--agent: " + agent.id() + " is given to two programs, "
                                + before + " and " + option.spec());
                    }
                    heldBySpec.computeIfAbsent(option.spec(), s -> new TreeMap<>()).put(agent.id(), agent.role());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new BadOption(e.getMessage());
        }
        boolean overNetwork = bySpec.values().stream().anyMatch(o -> o.kind() != AgentOption.Kind.CMD);
        if (overNetwork && (token == null || token.isEmpty())) {
            throw new BadOption("--agent with tcp: or listen: needs a token: give --agent-token TOKEN or set "
                    + "CHIPSIM_TOKEN, and give the same token to the program");
        }
        Programs programs = new Programs(scenario);
        try {
            for (AgentOption option : bySpec.values()) {
                Link link;
                try {
                    link = Links.open(option, connectMillis);
                } catch (Links.Unreachable e) {
                    throw new NotConnected("--agent " + option.target() + "=" + option.spec() + ": " + e.getMessage());
                }
                Conversation conversation = new Conversation(link);
                try {
                    Handshake.awaitHello(conversation, option.kind() == AgentOption.Kind.CMD ? null : token,
                            connectMillis);
                } catch (Handshake.Refused e) {
                    throw new NotConnected("--agent " + option.target() + "=" + option.spec() + ": the program "
                            + e.getMessage());
                }
                Episode episode = new Episode(conversation, 1, heldBySpec.get(option.spec()), scenario, registry);
                ObjectNode welcome = Protocol.welcome("run", scenario.decisionTimeoutMillis(), connectMillis);
                welcome.set("agents", episode.agentsJson());
                welcome.put("scenario", scenario.name());
                welcome.put("start", scenario.start().toString());
                welcome.put("end", scenario.end().toString());
                conversation.send(welcome);
                programs.add(conversation, episode);
            }
        } catch (NotConnected e) {
            programs.abandon();
            throw e;
        }
        return programs;
    }

    /** The programs of one run, talked to on their own threads while it runs. */
    public static final class Programs {

        private final Scenario scenario;
        private final List<Conversation> conversations = new ArrayList<>();
        private final List<Episode> episodes = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();

        private Programs(Scenario scenario) {
            this.scenario = scenario;
        }

        private void add(Conversation conversation, Episode episode) {
            conversations.add(conversation);
            episodes.add(episode);
        }

        /** The run's inputs with the programs' agents decided by them and the quarters told to them. */
        public RunInputs inputs(RunInputs base) {
            RunInputs inputs = base;
            for (Episode episode : episodes) {
                for (Map.Entry<String, chipsim.agents.decision.Decider> decider : episode.deciders().entrySet()) {
                    inputs = inputs.with(decider.getKey(), decider.getValue());
                }
            }
            List<java.util.function.Consumer<chipsim.runner.sim.QuarterRecord>> listeners =
                    episodes.stream().map(Episode::quarterListener).toList();
            return inputs.withQuarterListener(record -> listeners.forEach(l -> l.accept(record)));
        }

        /** Starts talking to the programs; call just before the run starts. */
        public void start() {
            long bound = runBoundMillis(scenario);
            for (Episode episode : episodes) {
                Thread thread = new Thread(() -> episode.play(bound), "agents-api " + episode.held().keySet());
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        /**
         * Tells the programs the run ended, waits (bounded) for their threads, disconnects them, and
         * returns one line per program that misbehaved, for the user.
         */
        public List<String> finish(RunResult result) {
            conversations.forEach(c -> c.post(new Conversation.Ended(1, result)));
            for (Thread thread : threads) {
                try {
                    thread.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < episodes.size(); i++) {
                Episode episode = episodes.get(i);
                Conversation conversation = conversations.get(i);
                conversation.link().close();
                String who = "agent program " + conversation.link().name() + " (" + String.join(", ",
                        episode.held().keySet()) + ")";
                if (episode.corrupt()) {
                    notes.add(who + ": " + episode.disconnected() + "; the run is corrupt: its fallback policies "
                            + "decided from then on (decisions.jsonl)");
                } else if (episode.disconnected() != null) {
                    notes.add(who + ": " + episode.disconnected() + "; its fallback policies decided from then on "
                            + "(decisions.jsonl)");
                } else if (episode.refusals() > 0) {
                    notes.add(who + ": " + episode.refusals() + " decisions refused; the fallback policies decided "
                            + "them (decisions.jsonl)");
                }
            }
            return notes;
        }

        /** Disconnects every program still connected (after {@link #finish}, or when the run could not start). */
        public void abandon() {
            conversations.forEach(c -> c.link().close());
        }
    }

    /** How long a run may take at most: the bound the simulation itself puts on it. */
    static long runBoundMillis(Scenario scenario) {
        return (scenario.phaseTimeoutMillis() + scenario.decisionTimeoutMillis()) * (scenario.quarters() * 12L + 2)
                + 60_000;
    }

    /** Serves training episodes on 127.0.0.1:port until closed (docs/agents-api.md, "chipsim env"). */
    public static EnvServer serve(Simulation simulation, EnvScenarios scenarios, int port, String token)
            throws java.io.IOException {
        return EnvServer.start(simulation, scenarios, port, token);
    }

    static ObjectNode json() {
        return DecisionJson.MAPPER.createObjectNode();
    }
}
