package chipsim.runner.game;

import chipsim.runner.analysis.equilibria.BinaryEquilibria;
import chipsim.runner.analysis.equilibria.Bimatrix;
import chipsim.runner.analysis.equilibria.ExtremeEquilibria;
import chipsim.runner.analysis.equilibria.NormalForm;
import chipsim.runner.analysis.equilibria.NumericEquilibrium;
import chipsim.runner.analysis.equilibria.PolytopeVertices;
import chipsim.runner.analysis.equilibria.SupportSearch;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Picks the method for a game's equilibria and maps the answer back onto the game: two players,
 * every extreme equilibrium by vertex enumeration (after removing strictly dominated strategies,
 * which no equilibrium uses); more players with two strategies each, complete subdivision; any
 * other game, support search.
 */
final class EquilibriumFinder {

    /**
     * @param equilibria  in report order
     * @param components  indices into equilibria, one list per component (a single index: an isolated equilibrium)
     * @param status      how complete the list is
     * @param note        detail for the reader (method, vertex counts, what is unresolved)
     */
    record Found(List<Equilibrium> equilibria, List<List<Integer>> components, Analysis.MixedStatus status,
            String note) {}

    private EquilibriumFinder() {}

    static Found find(Game game, Dominance.Iesds iesds) {
        if (game.playerCount() == 2) {
            return twoPlayers(game, iesds);
        }
        NormalForm numeric = numeric(game);
        Rational[][] exact = exactPayoffs(game);
        // Subdivision visits 3^n patterns: kept to six players, beyond which the support search takes over.
        boolean binary = game.playerCount() <= BinaryEquilibria.MAX_PLAYERS;
        for (int p = 0; p < game.playerCount(); p++) {
            binary &= game.strategyCount(p) == 2;
        }
        List<Equilibrium> list = new ArrayList<>();
        if (binary) {
            BinaryEquilibria.Result result = BinaryEquilibria.of(numeric, exact);
            result.equilibria().forEach(e -> list.add(equilibrium(game, e)));
            return new Found(List.copyOf(list), singletons(list.size()),
                    result.complete() ? Analysis.MixedStatus.COMPLETE_NUMERIC : Analysis.MixedStatus.CONTINUUM,
                    result.note());
        }
        SupportSearch.Result result = SupportSearch.of(numeric, exact);
        result.equilibria().forEach(e -> list.add(equilibrium(game, e)));
        pureFirst(game, list);
        return new Found(List.copyOf(list), singletons(list.size()), Analysis.MixedStatus.SEARCHED,
                result.supports() + " supports searched" + (result.allSupports() ? " (all of them)" : " (the smallest)"));
    }

    private static Found twoPlayers(Game game, Dominance.Iesds iesds) {
        BitSet rows = iesds.surviving().get(0);
        BitSet cols = iesds.surviving().get(1);
        int[] r = rows.stream().toArray();
        int[] c = cols.stream().toArray();
        Rational[][] a = new Rational[r.length][c.length];
        Rational[][] b = new Rational[r.length][c.length];
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < c.length; j++) {
                a[i][j] = game.payoff(new int[] {r[i], c[j]}, 0);
                b[i][j] = game.payoff(new int[] {r[i], c[j]}, 1);
            }
        }
        ExtremeEquilibria.Result result;
        try {
            result = ExtremeEquilibria.of(new Bimatrix(a, b));
        } catch (PolytopeVertices.TooManyBases e) {
            List<Equilibrium> pure = new ArrayList<>();
            for (int index = 0; index < game.profileCount(); index++) {
                if (PureAnalysis.bestResponses(game, index, 0).contains(game.profile(index)[0])
                        && PureAnalysis.bestResponses(game, index, 1).contains(game.profile(index)[1])) {
                    pure.add(Equilibrium.pure(game, index));
                }
            }
            return new Found(List.copyOf(pure), singletons(pure.size()), Analysis.MixedStatus.TOO_LARGE,
                    "a best-response polytope has " + e.getMessage());
        }
        List<Equilibrium> list = new ArrayList<>();
        for (ExtremeEquilibria.Extreme e : result.equilibria()) {
            Rational[] x = spread(e.x(), r, game.strategyCount(0));
            Rational[] y = spread(e.y(), c, game.strategyCount(1));
            Rational[] payoffs = {Bimatrix.expected(a, e.x(), e.y()), Bimatrix.expected(b, e.x(), e.y())};
            list.add(new Equilibrium(List.of(x, y), payoffs));
        }
        String note = result.rowVertices() + " and " + result.columnVertices() + " vertices in the two best-response polytopes"
                + (r.length < game.strategyCount(0) || c.length < game.strategyCount(1)
                        ? ", after removing strictly dominated strategies" : "");
        return new Found(List.copyOf(list), result.components(), Analysis.MixedStatus.COMPLETE, note);
    }

    private static Rational[] spread(Rational[] mix, int[] kept, int size) {
        Rational[] full = new Rational[size];
        java.util.Arrays.fill(full, Rational.ZERO);
        for (int i = 0; i < kept.length; i++) {
            full[kept[i]] = mix[i];
        }
        return full;
    }

    private static List<List<Integer>> singletons(int count) {
        List<List<Integer>> list = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            list.add(List.of(e));
        }
        return List.copyOf(list);
    }

    private static void pureFirst(Game game, List<Equilibrium> list) {
        list.sort(java.util.Comparator.comparingInt((Equilibrium e) -> e.isPure() ? 0 : 1)
                .thenComparingInt(e -> e.isPure() ? game.index(e.pureProfile()) : 0));
    }

    /** A numeric equilibrium on the game: exact where it was verified exactly, else rounded to 12 digits. */
    static Equilibrium equilibrium(Game game, NumericEquilibrium e) {
        List<Rational[]> strategies = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            Rational[] mix = new Rational[game.strategyCount(p)];
            for (int s = 0; s < mix.length; s++) {
                mix[s] = e.isExact() ? e.exact()[p][s]
                        : Rational.of(new BigDecimal(e.mix()[p][s]).round(new MathContext(12)));
            }
            strategies.add(mix);
        }
        Rational[] payoffs = new Rational[game.playerCount()];
        Rational[][] fractions = strategies.toArray(new Rational[0][]);
        for (int p = 0; p < payoffs.length; p++) {
            Rational[] values = chipsim.runner.analysis.equilibria.ExactRegret.strategyValues(counts(game),
                    exactPayoffs(game), fractions, p);
            Rational sum = Rational.ZERO;
            for (int s = 0; s < values.length; s++) {
                sum = sum.add(values[s].multiply(fractions[p][s]));
            }
            payoffs[p] = sum;
        }
        return new Equilibrium(strategies, payoffs, e.isExact());
    }

    static int[] counts(Game game) {
        int[] counts = new int[game.playerCount()];
        for (int p = 0; p < counts.length; p++) {
            counts[p] = game.strategyCount(p);
        }
        return counts;
    }

    static Rational[][] exactPayoffs(Game game) {
        Rational[][] payoffs = new Rational[game.profileCount()][game.playerCount()];
        for (int i = 0; i < payoffs.length; i++) {
            for (int p = 0; p < game.playerCount(); p++) {
                payoffs[i][p] = game.payoff(i, p);
            }
        }
        return payoffs;
    }

    static NormalForm numeric(Game game) {
        double[][] payoffs = new double[game.profileCount()][game.playerCount()];
        for (int i = 0; i < payoffs.length; i++) {
            for (int p = 0; p < game.playerCount(); p++) {
                payoffs[i][p] = game.payoff(i, p).toDouble();
            }
        }
        return new NormalForm(counts(game), payoffs);
    }
}
