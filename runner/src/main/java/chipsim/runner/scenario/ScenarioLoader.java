package chipsim.runner.scenario;

import chipsim.agents.AgentSpec;
import chipsim.agents.Names;
import chipsim.agents.ParamProblem;
import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.ParamsException;
import chipsim.agents.PolicyFactory;
import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a scenario file (YAML, or JSON by extension), applies --set overrides, and checks it all
 * before anything runs, reporting every problem at once with its file, line, column and a hint.
 * The schema is docs/scenarios.md.
 */
public final class ScenarioLoader {

    /** The baseline inside the jar, used by `chipsim run` without a file. */
    public static final String BUNDLED_BASELINE = "configs/baseline.yaml";

    /** How a file names a scenario shipped in the jar: {@code bundled:baseline}, {@code bundled:scenarios/full-ban}. */
    public static final String BUNDLED_PREFIX = "bundled:";

    private static final String BUNDLED_HINT =
            "write bundled:baseline, bundled:history-2022-2026 or bundled:scenarios/NAME, or a file path";

    /** The jar resource a {@code bundled:NAME} reference stands for. */
    static String bundledResource(String reference) {
        return "configs/" + reference.substring(BUNDLED_PREFIX.length()) + ".yaml";
    }

    static final List<String> TOP_KEYS = List.of("base", "name", "description", "start", "end", "seed", "flopsWeight",
            "phaseTimeoutMillis", "decisionTimeoutMillis", "chips", "agents", "events");
    static final List<String> AGENT_KEYS = List.of("role", "policy", "params", "setup", "payoff");

    private final PolicyRegistry registry;

    public ScenarioLoader(PolicyRegistry registry) {
        this.registry = registry;
    }

    public Scenario load(Path file, List<String> overrides) throws ScenarioException {
        return check(readWithBase(ScenarioSource.file(file), new ArrayList<>()), overrides);
    }

    /** A scenario bundled in the jar, e.g. {@link #BUNDLED_BASELINE}. */
    public Scenario loadBundled(String resource, List<String> overrides) throws ScenarioException {
        return check(readWithBase(ScenarioSource.resource(resource), new ArrayList<>()), overrides);
    }

    /**
     * The scenario another file names under {@code key} (a sweep's {@code base:}, a game's
     * {@code scenario:}): a path relative to that file, or bundled:NAME. It is laid over its
     * bases but not checked: the common start of many loads with different overrides (a sweep's
     * points, a game's profiles), each made by {@link #load(LocatedTree, List)}.
     */
    public LocatedTree readReferenced(LocatedTree referrer, String key, Path referringFile, String reference)
            throws ScenarioException {
        boolean bundled = reference.startsWith(BUNDLED_PREFIX);
        ScenarioSource source = bundled ? ScenarioSource.resource(bundledResource(reference))
                : ScenarioSource.file(shown(referencedFile(referringFile, reference)));
        if (bundled && !source.exists()) {
            throw ScenarioException.of(referrer.problemAt(key, "no scenario " + reference + " is bundled in chipsim",
                    BUNDLED_HINT));
        }
        return readWithBase(source, new ArrayList<>());
    }

    /** The file a path in another file names: relative to that file's folder unless absolute. */
    public static Path referencedFile(Path referringFile, String reference) {
        Path given = Path.of(reference);
        Path folder = referringFile.toAbsolutePath().getParent();
        return given.isAbsolute() || folder == null ? given : folder.resolve(given).normalize();
    }

    /** A path relative to the working folder when it is under it, so messages stay short. */
    private static Path shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path) : path;
    }

    /** A scenario from a tree of {@link #readReferenced}, which is left as it was. */
    public Scenario load(LocatedTree resolved, List<String> overrides) throws ScenarioException {
        return check(resolved.copy(), overrides);
    }

    /** A scenario from text (no base file can be named relative to it). */
    public Scenario load(String source, Reader reader, boolean json, List<String> overrides) throws ScenarioException {
        return check(LocatedTree.parseReportingDuplicates(source, reader, json), overrides);
    }

    private Scenario check(LocatedTree tree, List<String> overrides) throws ScenarioException {
        Problems problems = new Problems(tree);
        Overrides.apply(tree, overrides, problems);
        return check(tree.root(), problems);
    }

    /** A sweep or a game file given where a scenario belongs: one problem that names the right command. */
    private static void refuseOtherKinds(LocatedTree tree) throws ScenarioException {
        JsonNode root = tree.root();
        if (root.has("kind") && !root.has("agents")) {
            throw ScenarioException.of(tree.problemAt("kind", "this is a game file, not a scenario",
                    "analyse it with: chipsim game " + tree.source()));
        }
        if (root.has("axes") && !root.has("agents")) {
            throw ScenarioException.of(tree.problemAt("axes", "this is a sweep file, not a scenario",
                    "run it with: chipsim sweep " + tree.source()));
        }
    }

    /**
     * Reads a scenario and, when it names a {@code base:}, lays it over that base (read the same
     * way), so a counterfactual file holds only what differs from the scenario it extends.
     */
    private static LocatedTree readWithBase(ScenarioSource source, List<ScenarioSource> chain)
            throws ScenarioException {
        LocatedTree tree = source.read();
        if (chain.isEmpty()) {
            refuseOtherKinds(tree);
        }
        JsonNode base = tree.root().get("base");
        if (base == null) {
            return tree;
        }
        LocatedTree.Location at = tree.locate("base");
        if (!base.isTextual()) {
            throw ScenarioException.of(new Problem(at.source(), at.line(), at.column(), "base",
                    "base must name a scenario file", "write base: ../baseline.yaml (relative to this file)"));
        }
        chain.add(source);
        ScenarioSource parent = source.sibling(base.asText());
        // By identity, not by name: the same file can be reached as a.yaml and ./x/../a.yaml.
        if (chain.stream().anyMatch(s -> s.identity().equals(parent.identity()))) {
            throw ScenarioException.of(new Problem(at.source(), at.line(), at.column(), "base",
                    "scenarios extend each other in a loop: "
                            + String.join(" -> ", chain.stream().map(ScenarioSource::name).toList())
                            + " -> " + parent.name(),
                    "a scenario's base must not lead back to it; the last one should extend a full scenario "
                            + "such as configs/baseline.yaml"));
        }
        if (parent.file() != null && java.nio.file.Files.isDirectory(parent.file())) {
            throw ScenarioException.of(new Problem(at.source(), at.line(), at.column(), "base",
                    "base " + parent.name() + " is a folder, not a scenario file",
                    "name a .yaml file in it, e.g. base: " + java.nio.file.Path.of(base.asText()).resolve("baseline.yaml")
                            + ", or base: bundled:baseline"));
        }
        if (!parent.exists()) {
            boolean bundled = base.asText().startsWith(BUNDLED_PREFIX);
            throw ScenarioException.of(new Problem(at.source(), at.line(), at.column(), "base",
                    bundled ? "no scenario " + base.asText() + " is bundled in chipsim"
                            : "base scenario " + parent.name() + " does not exist",
                    bundled ? BUNDLED_HINT
                            : "give a path relative to " + source.name() + ", e.g. base: ../baseline.yaml, "
                                    + "or base: bundled:baseline"));
        }
        LocatedTree merged = tree.over(readWithBase(parent, chain));
        ((ObjectNode) merged.root()).remove("base");
        return merged;
    }

    private Scenario check(JsonNode root, Problems problems) throws ScenarioException {
        NodeReader top = new NodeReader(root, "", problems);
        top.allowOnly(TOP_KEYS);
        String name = top.text("name", "unnamed", true);
        if (!name.matches("[A-Za-z0-9._-]+")) {
            problems.add("name", "name '" + name + "' has characters unsafe in a folder name",
                    "use letters, digits, '.', '_' and '-' only");
        }
        String description = top.text("description", "", false);
        Quarter start = top.quarter("start", true);
        Quarter end = top.quarter("end", true);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("end", "the run ends (" + end + ") before it starts (" + start + ")",
                    "end must be on or after start");
        }
        if (start != null && end != null && start.until(end) >= 400) {
            problems.add("end", "a horizon of " + (start.until(end) + 1) + " quarters is more than 400",
                    "simulate at most 100 years");
        }
        // Any 64-bit integer, read exactly: a seed rounded through a double would re-run another stream.
        long seed = orElse(top.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, ""), 1L);
        double flopsWeight = orElse(top.number("flopsWeight", 0.6, 0, 1, "share of FLOPs in effective compute"), 0.6);
        long timeout = orElse(top.integer("phaseTimeoutMillis", 10_000L, 100, 3_600_000, "ms"), 10_000L);
        long decisionTimeout = orElse(top.integer("decisionTimeoutMillis", 10_000L, 10, 86_400_000, "ms"), 10_000L);

        Map<String, JsonNode> agentNodes = top.mapping("agents");
        if (!top.has("agents")) {
            problems.add("", "missing 'agents'", "add an agents: section; configs/baseline.yaml has one");
        }
        Map<String, String> roleById = roles(agentNodes, problems);
        Map<String, String> sellers = new TreeMap<>();
        roleById.forEach((id, role) -> {
            if (role.equals(Roles.NVIDIA) || role.equals(Roles.HUAWEI)) {
                sellers.put(id, role);
            }
        });
        List<Chip> chips = ChipReader.read(top, sellers, problems);
        Set<String> chipIds = new TreeSet<>();
        chips.forEach(c -> chipIds.add(c.id()));
        List<AgentSpec> agents = agents(agentNodes, roleById, chipIds, problems);
        List<ScriptedEvent> events = events(top, roleById, chipIds, start, end, this::checkPolicySwitch, problems);
        if (start != null && end != null && !end.isBefore(start)) {
            for (GrowthLimit.Excess excess : GrowthLimit.check(agents, start.until(end) + 1)) {
                problems.add(excess.path(), excess.message(start.until(end) + 1), excess.hint());
            }
        }
        problems.throwIfAny();
        return new Scenario(name, description, start, end, seed, flopsWeight, timeout, decisionTimeout, chips, agents,
                events);
    }

    /** Each agent's role, checking ids and that every one-of role is played exactly once. */
    private static Map<String, String> roles(Map<String, JsonNode> agentNodes, Problems problems) {
        Map<String, String> roleById = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : agentNodes.entrySet()) {
            String id = entry.getKey();
            String path = "agents." + id;
            if (!id.matches("[a-z][a-z0-9-]*")) {
                problems.add(path, "agent id '" + id + "' must be lower-case letters, digits and '-'",
                        "e.g. bytedance, us-clouds, broker-sg");
            }
            if (!entry.getValue().isObject()) {
                problems.add(path, "agent '" + id + "' must be a mapping with role: and policy:",
                        "write role: buyer and policy: value-per-dollar under it");
                continue;
            }
            String role = new NodeReader(entry.getValue(), path, problems).text("role", null, true);
            if (role == null) {
                continue;
            }
            if (!Roles.ALL.contains(role)) {
                problems.add(path + ".role", "unknown role '" + role + "'", Names.suggestion(role, Roles.ALL));
                continue;
            }
            roleById.put(id, role);
        }
        for (String role : Roles.SINGLETONS) {
            long count = roleById.values().stream().filter(role::equals).count();
            if (count != 1 && !agentNodes.isEmpty()) {
                problems.add("agents", count == 0 ? "no agent plays " + role : count + " agents play " + role,
                        "exactly one agent must have role: " + role);
            }
        }
        if (!agentNodes.isEmpty() && !roleById.containsValue(Roles.BUYER)) {
            problems.add("agents", "no agent plays buyer", "add at least one agent with role: buyer");
        }
        return roleById;
    }

    private List<AgentSpec> agents(Map<String, JsonNode> agentNodes, Map<String, String> roleById,
            Set<String> chipIds, Problems problems) {
        List<AgentSpec> agents = new ArrayList<>();
        for (Map.Entry<String, String> entry : roleById.entrySet()) {
            String id = entry.getKey();
            String role = entry.getValue();
            String path = "agents." + id;
            NodeReader agent = new NodeReader(agentNodes.get(id), path, problems);
            agent.allowOnly(AGENT_KEYS);
            String policyName = agent.text("policy", null, true);
            Map<String, Object> policyParams = javaMap(agent, "params");
            Params setup = params(Roles.setupSpecs(role), javaMap(agent, "setup"), path + ".setup", problems);
            Params payoff = params(Roles.payoffSpecs(role), javaMap(agent, "payoff"), path + ".payoff", problems);
            if (setup != null) {
                checkSetup(role, setup, chipIds, path + ".setup", problems);
            }
            Map<String, Object> resolvedParams = policyParams;
            if (policyName != null) {
                PolicyFactory factory = registry.find(role, policyName).orElse(null);
                if (factory == null) {
                    problems.add(path + ".policy", "unknown " + role + " policy '" + policyName + "'",
                            Names.suggestion(policyName, registry.namesFor(role)) + " (chipsim policies lists them)");
                } else {
                    Params checked = params(factory.params(), policyParams, path + ".params", problems,
                            "; another policy's parameters? reset them with --set " + id + ".params={}");
                    if (checked != null) {
                        resolvedParams = checked.asMap();
                        tryToCreate(factory, checked, id, role, path + ".policy", problems);
                    }
                }
            }
            if (setup != null && payoff != null && policyName != null) {
                agents.add(new AgentSpec(id, role, policyName, AgentSpec.paramsOf(resolvedParams), setup, payoff));
            }
        }
        return agents;
    }

    /**
     * Makes the policy once, as the run will: a policy from a jar whose constructor throws, or that
     * is not the role's policy type, is refused here naming the agent and the policy, not in the run.
     */
    private static void tryToCreate(PolicyFactory factory, Params params, String id, String role, String path,
            Problems problems) {
        String what = "policy '" + factory.name() + "' of agent " + id + " (" + factory.getClass().getName() + ")";
        try {
            Object policy = factory.create(params);
            if (!Roles.policyType(role).isInstance(policy)) {
                problems.add(path, what + " is not a " + Roles.policyType(role).getSimpleName(),
                        "its create() must return an implementation of " + Roles.policyType(role).getName());
            }
        } catch (chipsim.agents.ParamsException e) {
            // A policy's own check of its parameters: a plain problem at the parameter, no exception name.
            for (chipsim.agents.ParamProblem problem : e.problems()) {
                problems.add(path.replaceAll("\\.policy$", "") + ".params." + problem.key(), problem.message(),
                        problem.hint());
            }
        } catch (RuntimeException | LinkageError e) {
            problems.add(path, what + " cannot be created: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "fix its factory's create() or the policy's constructor; check its params");
        }
    }

    private static Map<String, Object> javaMap(NodeReader agent, String key) {
        Map<String, Object> values = new LinkedHashMap<>();
        agent.mapping(key).forEach((k, v) -> values.put(k, NodeReader.toJava(v)));
        return values;
    }

    private static Params params(List<ParamSpec> specs, Map<String, Object> given, String path, Problems problems) {
        return params(specs, given, path, problems, "");
    }

    /** @param unknownHint added to the hint of an unknown key */
    private static Params params(List<ParamSpec> specs, Map<String, Object> given, String path, Problems problems,
            String unknownHint) {
        try {
            return Params.resolve(specs, given);
        } catch (ParamsException e) {
            for (ParamProblem problem : e.problems()) {
                boolean unknown = problem.message().startsWith("unknown parameter");
                problems.add(path + "." + problem.key(), problem.message(),
                        problem.hint() + (unknown ? unknownHint : ""));
            }
            return null;
        }
    }

    /** Set-up maps keyed by chip must name known chips; by-year maps years; by-quarter maps quarters. */
    private static void checkSetup(String role, Params setup, Set<String> chipIds, String path, Problems problems) {
        for (ParamSpec spec : Roles.setupSpecs(role)) {
            if (spec.type() != ParamSpec.Type.NUMBER_MAP) {
                continue;
            }
            boolean byYear = spec.name().startsWith("annual");
            boolean byQuarter = spec.name().endsWith("ByQuarter");
            for (String key : setup.numberMap(spec.name()).keySet()) {
                if (byQuarter) {
                    NodeReader.quarter(path + "." + spec.name() + "." + key, key, problems);
                } else if (byYear && !key.matches("\\d{4}")) {
                    problems.add(path + "." + spec.name() + "." + key, "'" + key + "' is not a year",
                            "key " + spec.name() + " by calendar year, e.g. 2025: 12e9");
                } else if (!byYear && !chipIds.contains(key)) {
                    problems.add(path + "." + spec.name() + "." + key, "unknown chip '" + key + "'",
                            Names.suggestion(key, chipIds));
                }
            }
        }
        if (role.equals(Roles.BUYER)) {
            String region = setup.text("region");
            if (!List.of("CN", "US", "OFFSHORE").contains(region)) {
                problems.add(path + ".region", "region must be CN, US or OFFSHORE, not '" + region + "'",
                        "CN buyers need Beijing's approval for US chips; US and OFFSHORE buyers need none");
            }
        }
    }

    /** A policy a scripted switch names must exist for the agent's role and take the parameters given. */
    private EventParser.BadEvent checkPolicySwitch(String role, String policyName, Map<String, Object> params) {
        PolicyFactory factory = registry.find(role, policyName).orElse(null);
        if (factory == null) {
            return new EventParser.BadEvent("unknown " + role + " policy '" + policyName + "'",
                    Names.suggestion(policyName, registry.namesFor(role)) + " (chipsim policies lists them)");
        }
        try {
            chipsim.agents.Params.resolve(factory.params(), params);
            return null;
        } catch (chipsim.agents.ParamsException e) {
            return new EventParser.BadEvent("the settings do not fit policy '" + policyName + "': " + e.getMessage(),
                    "chipsim policies --role " + role + " lists its parameters");
        }
    }

    private static List<ScriptedEvent> events(NodeReader top, Map<String, String> roleById, Set<String> chipIds,
            Quarter start, Quarter end, EventParser.PolicyCheck policyCheck, Problems problems) {
        List<ScriptedEvent> events = new ArrayList<>();
        EventParser parser = new EventParser(roleById, chipIds, policyCheck);
        for (Map.Entry<String, JsonNode> entry : top.mapping("events").entrySet()) {
            String path = "events." + entry.getKey();
            Quarter quarter = NodeReader.quarter(path, entry.getKey(), problems);
            if (quarter != null && start != null && end != null && (quarter.isBefore(start) || quarter.isAfter(end))) {
                problems.add(path, "event quarter " + quarter + " is outside the run " + start + ".." + end,
                        "move the event into the horizon, or change start/end");
                quarter = null;
            }
            JsonNode value = entry.getValue();
            List<JsonNode> sentences = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(sentences::add);
            } else {
                sentences.add(value);
            }
            for (int i = 0; i < sentences.size(); i++) {
                String at = value.isArray() ? path + "[" + i + "]" : path;
                JsonNode sentence = sentences.get(i);
                if (!sentence.isTextual()) {
                    problems.add(at, "an event must be a sentence, not " + NodeReader.describe(sentence),
                            "write e.g. - washington bans H20");
                    continue;
                }
                try {
                    ScriptedEvent event = parser.parse(quarter == null ? Quarter.parse("2000Q1") : quarter,
                            sentence.asText());
                    if (quarter != null) {
                        events.add(event);
                    }
                } catch (EventParser.BadEvent e) {
                    problems.add(at, e.getMessage(), e.hint);
                }
            }
        }
        events.sort((a, b) -> a.quarter().compareTo(b.quarter()));
        return events;
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
