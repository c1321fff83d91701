package chipsim.runner.decisions;

import chipsim.agents.AgentSpec;
import chipsim.agents.Roles;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.Quarter;
import chipsim.runner.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The decisions.jsonl of an earlier run, read and checked against the scenario it is to replay:
 * every line well formed, every agent of the log in the scenario with the same role and every
 * agent of the scenario in the log, every quarter of the run there, each agent's every decision
 * point in each quarter exactly once. Anything else is refused before the run, naming the line.
 */
public final class ReplayLog {

    /** One logged decision. */
    record Entry(int line, String decidedBy, String refusal, String observationDigest, JsonNode decision) {}

    /** Key of an entry: quarter, agent, point. */
    record Key(Quarter quarter, String agentId, String point) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byQuarter = quarter.compareTo(other.quarter);
            if (byQuarter != 0) {
                return byQuarter;
            }
            int byAgent = agentId.compareTo(other.agentId);
            return byAgent != 0 ? byAgent : point.compareTo(other.point);
        }
    }

    /** The log does not fit the scenario, or is not a decision log at all. */
    public static final class Mismatch extends Exception {
        public Mismatch(String message) {
            super(message);
        }
    }

    private static final long MAX_BYTES = 512L * 1024 * 1024;

    private final Path file;
    private final SortedMap<Key, Entry> entries;

    private ReplayLog(Path file, SortedMap<Key, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads {@code file} and checks it against {@code scenario}. */
    public static ReplayLog read(Path file, Scenario scenario) throws Mismatch {
        if (!Files.isRegularFile(file)) {
            throw new Mismatch(file + ": no such file (give the decisions.jsonl of a run folder)");
        }
        SortedMap<Key, Entry> entries = new TreeMap<>();
        Map<String, String> roles = new TreeMap<>();
        scenario.agents().forEach(agent -> roles.put(agent.id(), agent.role()));
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Mismatch(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a decision log");
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String text;
                int number = 0;
                while ((text = in.readLine()) != null) {
                    number++;
                    if (text.isBlank()) {
                        continue;
                    }
                    readLine(file, number, text, roles, entries);
                }
            }
        } catch (CharacterCodingException e) {
            throw new Mismatch(file + ": not UTF-8 text; not a decision log");
        } catch (IOException e) {
            throw new Mismatch(file + ": cannot be read (" + e.getMessage() + ")");
        }
        checkComplete(file, scenario, entries);
        return new ReplayLog(file, entries);
    }

    private static void readLine(Path file, int number, String text, Map<String, String> roles,
            SortedMap<Key, Entry> entries) throws Mismatch {
        String at = file + ":" + number + ": ";
        JsonNode line;
        try {
            line = DecisionJson.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Mismatch(at + "not a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (line == null || !line.isObject()) {
            throw new Mismatch(at + "not a JSON object");
        }
        for (String field : List.of("quarter", "agent", "role", "point", "decidedBy", "observationDigest")) {
            if (!line.path(field).isTextual()) {
                throw new Mismatch(at + "field '" + field + "' is missing or not text");
            }
        }
        if (!line.path("decision").isObject()) {
            throw new Mismatch(at + "field 'decision' is missing or not an object");
        }
        Quarter quarter;
        try {
            quarter = Quarter.parse(line.get("quarter").asText());
        } catch (IllegalArgumentException e) {
            throw new Mismatch(at + "'" + line.get("quarter").asText() + "' is not a quarter (write 2025Q3)");
        }
        String agent = line.get("agent").asText();
        String role = line.get("role").asText();
        if (!roles.containsKey(agent)) {
            throw new Mismatch(at + "agent '" + agent + "' is not in the scenario (its agents are " + roles.keySet()
                    + "); replay with the scenario the log was written by");
        }
        if (!roles.get(agent).equals(role)) {
            throw new Mismatch(at + "agent '" + agent + "' is a " + roles.get(agent) + " in the scenario but a "
                    + role + " in the log");
        }
        String point = line.get("point").asText();
        if (pointOf(role, point) == null) {
            throw new Mismatch(at + "'" + point + "' is not a decision of the " + role + " role");
        }
        Key key = new Key(quarter, agent, point);
        Entry entry = new Entry(number, line.get("decidedBy").asText(), line.path("refusal").asText(""),
                line.get("observationDigest").asText(), line.get("decision"));
        Entry before = entries.put(key, entry);
        if (before != null) {
            throw new Mismatch(at + agent + "'s " + point + " decision of " + quarter + " is already on line "
                    + before.line());
        }
    }

    private static void checkComplete(Path file, Scenario scenario, SortedMap<Key, Entry> entries) throws Mismatch {
        for (Key key : entries.keySet()) {
            if (key.quarter().isBefore(scenario.start()) || key.quarter().isAfter(scenario.end())) {
                throw new Mismatch(file + ":" + entries.get(key).line() + ": " + key.quarter() + " is outside the run "
                        + scenario.start() + ".." + scenario.end());
            }
        }
        for (Quarter quarter = scenario.start(); !quarter.isAfter(scenario.end()); quarter = quarter.next()) {
            for (AgentSpec agent : scenario.agents()) {
                for (DecisionPoint<?, ?, ?> point : Roles.role(agent.role()).decisionPoints()) {
                    if (!entries.containsKey(new Key(quarter, agent.id(), point.name()))) {
                        throw new Mismatch(file + ": no " + point.name() + " decision of " + agent.id() + " in "
                                + quarter + "; the log is not of this scenario (or was cut short)");
                    }
                }
            }
        }
    }

    static DecisionPoint<?, ?, ?> pointOf(String role, String name) {
        for (DecisionPoint<?, ?, ?> point : Roles.role(role).decisionPoints()) {
            if (point.name().equals(name)) {
                return point;
            }
        }
        return null;
    }

    Path file() {
        return file;
    }

    Entry entry(Quarter quarter, String agentId, String point) {
        return entries.get(new Key(quarter, agentId, point));
    }

    /** A decider per agent of the scenario that plays the log back. */
    public Map<String, Decider> deciders(Scenario scenario) {
        Map<String, Decider> deciders = new TreeMap<>();
        for (AgentSpec agent : scenario.agents()) {
            deciders.put(agent.id(), new ReplayDecider(this));
        }
        return deciders;
    }

    public List<String> agents() {
        List<String> ids = new ArrayList<>();
        entries.keySet().forEach(key -> {
            if (!ids.contains(key.agentId())) {
                ids.add(key.agentId());
            }
        });
        return ids;
    }
}
