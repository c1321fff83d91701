package chipsim.runner.game;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Dominance between a player's pure strategies, and iterated elimination of strictly dominated
 * strategies (IESDS). Only domination by another pure strategy is checked, not by a mixture.
 */
public final class Dominance {

    /** {@code by} dominates {@code dominated} for {@code player}; strictly, or only weakly. */
    public record Domination(int player, int dominated, int by, boolean strict) {}

    /** One strategy removed in round {@code round} (from 1) of IESDS. */
    public record Elimination(int round, Domination because) {}

    /** What IESDS removed, round by round, and what survives, per player. */
    public record Iesds(List<Elimination> eliminations, List<BitSet> surviving) {

        /** True when one profile survives: the game is dominance-solvable. */
        public boolean solved() {
            return surviving.stream().allMatch(s -> s.cardinality() == 1);
        }
    }

    private Dominance() {}

    /**
     * Each dominated strategy of the full game once, with one strategy that dominates it: strictly
     * when any strategy dominates it strictly, otherwise weakly.
     */
    public static List<Domination> dominated(Game game) {
        List<BitSet> all = allStrategies(game);
        List<Domination> found = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            for (int s = 0; s < game.strategyCount(p); s++) {
                Domination strict = null;
                Domination weak = null;
                for (int t = 0; t < game.strategyCount(p); t++) {
                    if (t == s) {
                        continue;
                    }
                    Comparison c = compare(game, all, p, t, s);
                    if (c == Comparison.STRICT && strict == null) {
                        strict = new Domination(p, s, t, true);
                    } else if (c == Comparison.WEAK && weak == null) {
                        weak = new Domination(p, s, t, false);
                    }
                }
                if (strict != null) {
                    found.add(strict);
                } else if (weak != null) {
                    found.add(weak);
                }
            }
        }
        return found;
    }

    /** Removes every strictly dominated strategy of every player each round, until none is left. */
    public static Iesds iesds(Game game) {
        List<BitSet> surviving = allStrategies(game);
        List<Elimination> eliminations = new ArrayList<>();
        for (int round = 1; ; round++) {
            List<Domination> thisRound = new ArrayList<>();
            for (int p = 0; p < game.playerCount(); p++) {
                for (int s = surviving.get(p).nextSetBit(0); s >= 0; s = surviving.get(p).nextSetBit(s + 1)) {
                    for (int t = surviving.get(p).nextSetBit(0); t >= 0; t = surviving.get(p).nextSetBit(t + 1)) {
                        if (t != s && compare(game, surviving, p, t, s) == Comparison.STRICT) {
                            thisRound.add(new Domination(p, s, t, true));
                            break;
                        }
                    }
                }
            }
            if (thisRound.isEmpty()) {
                return new Iesds(eliminations, surviving);
            }
            for (Domination d : thisRound) {
                surviving.get(d.player()).clear(d.dominated());
                eliminations.add(new Elimination(round, d));
            }
        }
    }

    private enum Comparison { STRICT, WEAK, NONE }

    /** How t compares with s for player p, against every surviving strategy of the others. */
    private static Comparison compare(Game game, List<BitSet> surviving, int p, int t, int s) {
        boolean strictEverywhere = true;
        boolean betterSomewhere = false;
        for (int index = 0; index < game.profileCount(); index++) {
            int[] profile = game.profile(index);
            if (profile[p] != s || !survives(profile, surviving, p)) {
                continue;
            }
            int cmp = game.payoff(game.deviate(index, p, t), p).compareTo(game.payoff(index, p));
            if (cmp < 0) {
                return Comparison.NONE;
            }
            strictEverywhere &= cmp > 0;
            betterSomewhere |= cmp > 0;
        }
        return strictEverywhere ? Comparison.STRICT : betterSomewhere ? Comparison.WEAK : Comparison.NONE;
    }

    private static boolean survives(int[] profile, List<BitSet> surviving, int except) {
        for (int q = 0; q < profile.length; q++) {
            if (q != except && !surviving.get(q).get(profile[q])) {
                return false;
            }
        }
        return true;
    }

    private static List<BitSet> allStrategies(Game game) {
        List<BitSet> all = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            BitSet set = new BitSet();
            set.set(0, game.strategyCount(p));
            all.add(set);
        }
        return all;
    }
}
