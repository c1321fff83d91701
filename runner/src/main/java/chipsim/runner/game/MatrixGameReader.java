package chipsim.runner.game;

import chipsim.runner.scenario.Problems;
import chipsim.agents.Names;
import chipsim.runner.scenario.LocatedTree;
import chipsim.runner.scenario.ScenarioException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code kind: matrix} game: players, their strategies, and the payoffs written out as
 * one nested mapping per player (row strategy, then column strategy, ...) ending in a list with
 * one payoff per player. docs/games.md is the schema.
 */
final class MatrixGameReader {

    static final List<String> KEYS = List.of("kind", "name", "description", "players", "strategies", "payoffs");
    /** Hand-written matrices stay far below this; it keeps a typo in a generator from eating memory. */
    static final int MAX_PROFILES = 10_000;

    private MatrixGameReader() {}

    static Game read(LocatedTree tree, String defaultName) throws ScenarioException {
        Problems problems = new Problems(tree);
        GameNode top = new GameNode(tree.root(), "", problems);
        top.allowOnly(KEYS);
        String name = GameFiles.name(top, defaultName, problems);
        String description = GameFiles.description(top);
        List<String> players = GameNode.names(top.get("players"), "players", "players", "[row, col]", problems);
        if (players != null && players.size() < 2) {
            problems.add("players", "a game needs at least two players, not " + players.size(),
                    "list them, e.g. players: [row, col]");
            players = null;
        }
        List<List<String>> strategies = players == null ? null : strategies(top, players, problems);
        if (players != null && strategies == null) {
            problems.add("strategies", "missing 'strategies'", "add strategies: with a list per player");
        }
        // Every problem is reported at once: the payoffs are read whenever the shape of the game is
        // known (each player has strategies), whatever else is wrong.
        boolean shaped = strategies != null && strategies.stream().noneMatch(List::isEmpty);
        long profiles = shaped ? strategies.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b) : 0;
        if (profiles > MAX_PROFILES) {
            problems.add("strategies", "the game has " + profiles + " profiles, more than " + MAX_PROFILES,
                    "use fewer strategies or players");
            shaped = false;
        }
        Rational[][] payoffs = shaped ? new Rational[(int) profiles][players.size()] : null;
        if (!top.has("payoffs") && players != null) {
            problems.add("", "missing 'payoffs'", "add payoffs: nested by " + String.join(", then ", players)
                    + "'s strategy, each ending in a list of " + players.size() + " payoffs");
        } else if (shaped && top.has("payoffs")) {
            readLevel(top.get("payoffs"), "payoffs", 0, 0, players, strategies, payoffs, problems);
        }
        problems.throwIfAny();
        Game game = new Game(name, description, Game.Kind.MATRIX, players, strategies, payoffs, null);
        return game;
    }

    private static List<List<String>> strategies(GameNode top, List<String> players, Problems problems) {
        Map<String, JsonNode> byPlayer = top.mapping("strategies", "row: [cooperate, defect]");
        if (!top.has("strategies")) {
            return null;
        }
        for (String key : byPlayer.keySet()) {
            if (!players.contains(key)) {
                problems.add("strategies." + key, "'" + key + "' is not one of the players", Names.suggestion(key, players));
            }
        }
        List<List<String>> strategies = new ArrayList<>();
        for (String player : players) {
            String path = "strategies." + player;
            if (!byPlayer.containsKey(player)) {
                problems.add("strategies", "no strategies for " + player, "add " + player + ": [a, b]");
                strategies.add(List.of());
                continue;
            }
            List<String> names = GameNode.names(byPlayer.get(player), path, "strategies of " + player, "[a, b]", problems);
            if (names != null && names.size() < 2) {
                problems.add(path, player + " has " + names.size() + " strateg" + (names.size() == 1 ? "y" : "ies")
                        + "; a player with fewer than two makes no choice", "give " + player
                        + " at least two strategies, or leave it out of the game");
            }
            strategies.add(names == null ? List.of() : names);
        }
        return strategies;
    }

    /** Reads the mapping for player {@code level}, whose entries are its strategies, down to the payoff lists. */
    private static void readLevel(JsonNode node, String path, int level, int prefix, List<String> players,
            List<List<String>> strategies, Rational[][] payoffs, Problems problems) {
        int n = players.size();
        if (level == n) {
            payoffs[prefix] = leaf(node, path, players, problems);
            return;
        }
        List<String> own = strategies.get(level);
        if (!node.isObject()) {
            problems.add(path, "expected a mapping from " + players.get(level) + "'s strategies ("
                    + String.join(", ", own) + "), not " + GameNode.describe(node),
                    level == 0 ? "write e.g. " + own.get(0) + ": {...}" : "nest one mapping per player, in the order of players:");
            return;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!own.contains(key)) {
                problems.add(path + "." + key, "'" + key + "' is not a strategy of " + players.get(level),
                        Names.suggestion(key, own));
            }
        });
        for (int s = 0; s < own.size(); s++) {
            String key = own.get(s);
            if (!node.has(key)) {
                problems.add(path, "no payoffs for " + players.get(level) + " playing " + key,
                        "add " + key + ": under " + path);
                continue;
            }
            readLevel(node.get(key), path + "." + key, level + 1, prefix * own.size() + s, players, strategies,
                    payoffs, problems);
        }
    }

    private static Rational[] leaf(JsonNode node, String path, List<String> players, Problems problems) {
        int n = players.size();
        String hint = "write a list of " + n + " payoffs, one per player in the order " + String.join(", ", players)
                + ", e.g. [" + String.join(", ", java.util.Collections.nCopies(n, "1")) + "]";
        if (!node.isArray() || node.size() != n) {
            problems.add(path, "expected " + n + " payoffs, one per player, not " + (node.isArray() ? node.size()
                    : GameNode.describe(node)), hint);
            return null;
        }
        Rational[] values = new Rational[n];
        for (int p = 0; p < n; p++) {
            values[p] = number(node.get(p), path + "[" + p + "]", players.get(p), problems);
        }
        return values;
    }

    /** A payoff: a number, or text holding a fraction ("1/3") for exactness. */
    private static Rational number(JsonNode value, String path, String player, Problems problems) {
        try {
            if (value.isIntegralNumber()) {
                return Rational.of(new java.math.BigDecimal(value.bigIntegerValue()));
            }
            if (value.isNumber()) {
                return Rational.of(value.doubleValue());
            }
            if (value.isTextual()) {
                return Rational.parse(value.asText());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // Falls through to the problem below.
        }
        problems.add(path, player + "'s payoff must be a number, not " + GameNode.describe(value),
                "write a number such as 3, -1.5, or a fraction in quotes such as \"1/3\"");
        return Rational.ZERO;
    }
}
