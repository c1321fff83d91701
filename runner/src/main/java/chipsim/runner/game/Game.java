package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/**
 * A game in normal form: players, each with named strategies, and every player's payoff at every
 * profile (one strategy per player). Profiles are numbered in row-major order, the first player
 * slowest, which is the order of the nested payoffs in a matrix game file.
 *
 * <p>Payoffs are exact rationals. A simulated game's payoffs are means over replications, each
 * with a 95% confidence interval ({@link #interval}); a matrix game's are exact and have none.
 */
public final class Game {

    /** Where the payoffs came from. */
    public enum Kind { MATRIX, SIMULATED }

    /** A 95% confidence interval of a mean payoff. */
    public record Interval(double low, double high) {
        public boolean contains(double value) {
            return low <= value && value <= high;
        }
    }

    private final String name;
    private final String description;
    private final Kind kind;
    private final List<String> players;
    private final List<List<String>> strategies;
    private final Rational[][] payoffs;
    private final Interval[][] intervals;
    private final int[] counts;

    /**
     * @param payoffs   [profile][player], profiles in row-major order
     * @param intervals [profile][player], or null when the payoffs are exact
     */
    public Game(String name, String description, Kind kind, List<String> players, List<List<String>> strategies,
            Rational[][] payoffs, Interval[][] intervals) {
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.players = List.copyOf(players);
        List<List<String>> copied = new ArrayList<>();
        strategies.forEach(s -> copied.add(List.copyOf(s)));
        this.strategies = List.copyOf(copied);
        this.counts = this.strategies.stream().mapToInt(List::size).toArray();
        int profiles = 1;
        for (int count : counts) {
            profiles *= count;
        }
        if (players.size() != strategies.size() || payoffs.length != profiles) {
            throw new IllegalArgumentException("payoffs do not match the strategies");
        }
        this.payoffs = payoffs;
        this.intervals = intervals;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> players() {
        return players;
    }

    public int playerCount() {
        return players.size();
    }

    public List<String> strategies(int player) {
        return strategies.get(player);
    }

    public int strategyCount(int player) {
        return counts[player];
    }

    public int profileCount() {
        return payoffs.length;
    }

    /** The strategy indices of a profile number. */
    public int[] profile(int index) {
        int[] profile = new int[counts.length];
        for (int p = counts.length - 1; p >= 0; p--) {
            profile[p] = index % counts[p];
            index /= counts[p];
        }
        return profile;
    }

    /** The number of a profile. */
    public int index(int[] profile) {
        int index = 0;
        for (int p = 0; p < counts.length; p++) {
            index = index * counts[p] + profile[p];
        }
        return index;
    }

    /** The profile with player {@code player}'s strategy changed to {@code strategy}. */
    public int deviate(int index, int player, int strategy) {
        int[] profile = profile(index);
        profile[player] = strategy;
        return index(profile);
    }

    public Rational payoff(int index, int player) {
        return payoffs[index][player];
    }

    public Rational payoff(int[] profile, int player) {
        return payoffs[index(profile)][player];
    }

    public boolean hasIntervals() {
        return intervals != null;
    }

    /** The 95% interval of a cell, or null when the game has none. */
    public Interval interval(int index, int player) {
        return intervals == null ? null : intervals[index][player];
    }

    /** "(defect, defect)". */
    public String describe(int index) {
        int[] profile = profile(index);
        List<String> names = new ArrayList<>();
        for (int p = 0; p < profile.length; p++) {
            names.add(strategies.get(p).get(profile[p]));
        }
        return "(" + String.join(", ", names) + ")";
    }
}
