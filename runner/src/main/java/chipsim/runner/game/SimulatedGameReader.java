package chipsim.runner.game;

import chipsim.runner.scenario.Problems;
import chipsim.agents.AgentSpec;
import chipsim.agents.Names;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.LocatedTree;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code kind: simulated} game: a base scenario, the agents that play, and per agent its
 * strategies, each a policy with parameters or a list of {@code --set} overrides. Every strategy
 * and every profile is checked against the scenario before anything runs. docs/games.md is the schema.
 */
final class SimulatedGameReader {

    static final List<String> KEYS = List.of("kind", "name", "description", "scenario", "quarters", "replications",
            "seed", "discountRatePerQuarter", "roles");
    static final List<String> STRATEGY_KEYS = List.of("policy", "params", "set");
    static final int DEFAULT_REPLICATIONS = 5;
    static final int MAX_PROFILES = 1_000;

    private SimulatedGameReader() {}

    static SimulatedGame read(LocatedTree tree, Path file, String defaultName, PolicyRegistry registry)
            throws ScenarioException {
        Problems problems = new Problems(tree);
        GameNode top = new GameNode(tree.root(), "", problems);
        top.allowOnly(KEYS);
        String name = GameFiles.name(top, defaultName, problems);
        String description = GameFiles.description(top);
        String scenarioText = top.text("scenario", true, "../baseline.yaml (relative to this file)");
        Long quarters = top.integer("quarters", 0L, 1, 400, "quarters");
        Long replications = top.integer("replications", (long) DEFAULT_REPLICATIONS, 1, 10_000, "runs per profile");
        Double discount = top.number("discountRatePerQuarter", 0.0, 0, 1, "share per quarter");
        if (scenarioText == null) {
            problems.throwIfAny();
        }
        // Everything that can be checked is, and reported together: the game's own keys, its
        // scenario, its roles and each strategy; profiles only once those are sound.
        ScenarioLoader loader = new ScenarioLoader(registry);
        LocatedTree scenarioTree;
        Scenario base;
        try {
            scenarioTree = loader.readReferenced(tree, "scenario", file, scenarioText);
            base = loader.load(scenarioTree, List.of());
        } catch (ScenarioException e) {
            problems.add("scenario", "the base scenario " + scenarioText + " cannot run; its problems follow",
                    "fix the scenario, or point scenario: at another file (or bundled:baseline)");
            problems.addAll(e.problems());
            problems.throwIfAny();
            throw e;
        }
        Long seed = top.integer("seed", base.seed(), Long.MIN_VALUE / 2, Long.MAX_VALUE / 2, "");
        int horizon = quarters == 0 ? base.quarters() : quarters.intValue();
        if (horizon > base.quarters()) {
            problems.add("quarters", "the scenario has only " + base.quarters() + " quarters (" + base.start() + " to "
                    + base.end() + ")", "use at most " + base.quarters() + ", or leave quarters: out");
        }
        List<String> roles = new ArrayList<>();
        List<List<SimulatedGame.Strategy>> strategies = new ArrayList<>();
        readRoles(top, base, roles, strategies, problems);
        for (int r = 0; r < roles.size() && r < strategies.size(); r++) {
            for (SimulatedGame.Strategy strategy : strategies.get(r)) {
                check(loader, scenarioTree, strategy.overrides(), tree, "roles." + roles.get(r) + "." + strategy.name(),
                        "with this strategy", problems);
            }
        }
        long profileCount = strategies.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        if (profileCount > MAX_PROFILES) {
            problems.add("roles", "the game has " + profileCount + " profiles, more than " + MAX_PROFILES,
                    "use fewer strategies or roles");
        }
        problems.throwIfAny();
        List<Scenario> profiles = profiles(loader, scenarioTree, tree, roles, strategies, horizon, problems);
        problems.throwIfAny();
        return new SimulatedGame(name, description, scenarioText, roles, strategies, replications.intValue(), seed,
                discount, horizon, profiles);
    }

    private static void readRoles(GameNode top, Scenario base, List<String> roles,
            List<List<SimulatedGame.Strategy>> strategies, Problems problems) {
        if (!top.has("roles")) {
            problems.add("", "missing 'roles'", "add roles: with, per agent of the scenario that plays, its strategies");
            return;
        }
        Map<String, JsonNode> byRole = top.mapping("roles", "washington: {ban: {policy: static}, ...}");
        List<String> agentIds = base.agents().stream().map(AgentSpec::id).toList();
        if (top.get("roles").isObject() && byRole.size() < 2) {
            problems.add("roles", "a game needs at least two roles, not " + byRole.size(),
                    "add another agent of the scenario with its strategies");
        }
        for (Map.Entry<String, JsonNode> entry : byRole.entrySet()) {
            String role = entry.getKey();
            String path = "roles." + role;
            if (!agentIds.contains(role)) {
                problems.add(path, "the scenario has no agent '" + role + "'", Names.suggestion(role, agentIds));
                continue;
            }
            GameNode roleNode = new GameNode(top.get("roles"), "roles", problems);
            Map<String, JsonNode> named = roleNode.mapping(role, "ban: {policy: static}");
            if (entry.getValue().isObject() && named.size() < 2) {
                problems.add(path, role + " has " + named.size() + " strateg" + (named.size() == 1 ? "y" : "ies")
                        + "; a player with fewer than two makes no choice",
                        "give " + role + " at least two strategies, or leave it out of roles:");
            }
            List<SimulatedGame.Strategy> list = new ArrayList<>();
            named.keySet().stream().filter(n -> !GameNode.isName(n)).forEach(n -> problems.add(path + "." + n,
                    "'" + n + "' is not a plain name", GameNode.NAME_HINT));
            named.forEach((strategyName, spec) -> list.add(
                    new SimulatedGame.Strategy(strategyName, overrides(base.agent(role), spec, path + "." + strategyName,
                            problems))));
            roles.add(role);
            strategies.add(list);
        }
    }

    /**
     * The --set assignments that make the agent play a strategy. With the agent's own policy the
     * given parameters change only themselves; with another policy they replace the agent's
     * parameters (the scenario's belong to the old policy), defaults filling the rest.
     */
    private static List<String> overrides(AgentSpec agent, JsonNode spec, String path, Problems problems) {
        List<String> overrides = new ArrayList<>();
        if (spec.isArray()) {
            addSets(spec, path, overrides, problems);
            return overrides;
        }
        if (!spec.isObject()) {
            problems.add(path, "a strategy must be a mapping (policy:, params:, set:) or a list of overrides, not "
                    + GameNode.describe(spec), "write e.g. {policy: license-for-revenue, params: {revenueShare: 0.15}}");
            return overrides;
        }
        GameNode node = new GameNode(spec, path, problems);
        node.allowOnly(STRATEGY_KEYS);
        String policy = node.text("policy", false, "static");
        Map<String, JsonNode> params = node.mapping("params", "{revenueShare: 0.15}");
        String id = agent.id();
        if (policy == null || policy.equals(agent.policyName())) {
            params.forEach((key, value) -> overrides.add(id + ".params." + key + "=" + value));
        } else {
            overrides.add(id + ".policy=" + policy);
            overrides.add(id + ".params=" + (node.has("params") ? node.get("params") : "{}"));
        }
        if (node.has("set")) {
            addSets(node.get("set"), path + ".set", overrides, problems);
        }
        return overrides;
    }

    private static void addSets(JsonNode list, String path, List<String> overrides, Problems problems) {
        if (!list.isArray()) {
            problems.add(path, "set must be a list of PATH=VALUE overrides, not " + GameNode.describe(list),
                    "write e.g. set: [washington.setup.banAboveTpp=1000000]");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isTextual() || item.asText().indexOf('=') <= 0) {
                problems.add(path + "[" + i + "]", "an override must look like PATH=VALUE, not "
                        + GameNode.describe(item), "write e.g. washington.params.revenueShare=0.15, as with --set");
                continue;
            }
            overrides.add(item.asText());
        }
    }

    private static Scenario check(ScenarioLoader loader, LocatedTree scenarioTree, List<String> overrides,
            LocatedTree tree, String path, String context, Problems problems) {
        try {
            return loader.load(scenarioTree, overrides);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                problems.add(locate(tree, path, p), context + ", " + (p.path().isEmpty() ? "" : p.path() + ": ")
                        + p.message(), p.hint());
            }
            return null;
        }
    }

    /** The place in the game file that caused a problem of the scenario: a parameter, the policy, an override. */
    private static String locate(LocatedTree tree, String strategyPath, Problem problem) {
        String scenarioPath = problem.path();
        int params = scenarioPath.indexOf(".params.");
        if (problem.source().startsWith("--set ")) {
            String assignment = problem.source().substring("--set ".length());
            String found = findSet(tree, strategyPath, assignment);
            if (found != null) {
                return found;
            }
        }
        if (scenarioPath.startsWith("agents.") && params > 0 && located(tree, strategyPath + ".params")) {
            String candidate = strategyPath + scenarioPath.substring(params);
            return located(tree, candidate) ? candidate : strategyPath + ".params";
        }
        if (scenarioPath.startsWith("agents.") && scenarioPath.endsWith(".policy") && located(tree, strategyPath + ".policy")) {
            return strategyPath + ".policy";
        }
        return strategyPath;
    }

    /** The list item of a strategy that holds this override, if the strategy wrote it out. */
    private static String findSet(LocatedTree tree, String strategyPath, String assignment) {
        for (String list : List.of(strategyPath, strategyPath + ".set")) {
            JsonNode node = at(tree.root(), list);
            if (node != null && node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    if (assignment.equals(node.get(i).asText())) {
                        return list + "[" + i + "]";
                    }
                }
            }
        }
        return null;
    }

    /** True when the path itself (not just an ancestor) is in the file. */
    private static boolean located(LocatedTree tree, String path) {
        return at(tree.root(), path) != null;
    }

    private static JsonNode at(JsonNode root, String dotted) {
        JsonNode node = root;
        for (String key : dotted.split("\\.")) {
            node = node == null ? null : node.get(key);
        }
        return node;
    }

    private static List<Scenario> profiles(ScenarioLoader loader, LocatedTree scenarioTree, LocatedTree tree,
            List<String> roles, List<List<SimulatedGame.Strategy>> strategies, int horizon, Problems problems) {
        List<List<String>> names = strategies.stream().map(l -> l.stream().map(SimulatedGame.Strategy::name).toList())
                .toList();
        Game shape = new Game("shape", "", Game.Kind.SIMULATED, roles, names,
                new Rational[names.stream().mapToInt(List::size).reduce(1, (a, b) -> a * b)][roles.size()], null);
        List<Scenario> profiles = new ArrayList<>();
        for (int index = 0; index < shape.profileCount(); index++) {
            int[] profile = shape.profile(index);
            List<String> overrides = new ArrayList<>();
            for (int r = 0; r < roles.size(); r++) {
                overrides.addAll(strategies.get(r).get(profile[r]).overrides());
            }
            Scenario scenario = check(loader, scenarioTree, overrides, tree, "roles",
                    "in profile " + shape.describe(index), problems);
            if (scenario != null) {
                profiles.add(scenario.truncated(horizon));
            }
        }
        return profiles;
    }
}
