package chipsim.runner.analysis.equilibria;

import chipsim.runner.game.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Every extreme Nash equilibrium of a two-player game, degenerate or not, and the components they
 * form, by vertex enumeration of the two best-response polytopes (as lrsnash does; Avis,
 * Rosenberg, Savani and von Stengel, "Enumeration of Nash equilibria for two-player games",
 * Economic Theory 42, 2010).
 *
 * <p>With both payoff matrices made positive (a positive affine change per player, which keeps
 * every equilibrium), P = {x >= 0 : B'x <= 1} and Q = {y >= 0 : Ay <= 1}. A point of P carries
 * label i when x_i = 0 and label m + j when column j is a best response (B'x)_j = 1; a point of Q
 * carries label m + j when y_j = 0 and label i when row i is a best response. A pair of vertices,
 * neither the origin, whose labels cover all m + n strategies is an extreme equilibrium after
 * scaling x and y to probabilities. Every equilibrium is a convex combination of extreme ones
 * within a component: two extreme equilibria sharing x or sharing y lie in one (the set {x} x
 * conv(Y) of a shared x is all equilibria), which is how components are grouped here, as in
 * lrsnash's output and Gambit.
 */
public final class ExtremeEquilibria {

    /**
     * Bases walked per polytope before giving up: about 10 to 30 s of pivoting on two cores (a
     * random 16 x 16 game with payoffs 0..3 needs about 94,000 vertices in all; 20 x 20 ones, millions).
     */
    public static final long DEFAULT_MAX_BASES = 120_000;

    /**
     * One extreme equilibrium.
     *
     * @param x       the row player's mixture
     * @param y       the column player's mixture
     * @param xVertex which vertex of P it uses (equilibria with the same one share x)
     * @param yVertex which vertex of Q
     */
    public record Extreme(Rational[] x, Rational[] y, int xVertex, int yVertex) {}

    /**
     * @param equilibria  every extreme equilibrium: pure ones first, then by support size
     * @param components  indices into {@code equilibria}, one list per connected component
     * @param rowVertices  vertices of P, the row player's polytope
     * @param columnVertices vertices of Q
     */
    public record Result(List<Extreme> equilibria, List<List<Integer>> components, int rowVertices,
            int columnVertices) {

        /** True when some component has more than one extreme point, i.e. a continuum of equilibria. */
        public boolean hasContinuum() {
            return components.stream().anyMatch(c -> c.size() > 1);
        }
    }

    private ExtremeEquilibria() {}

    /** Tableau entries updated in all, per polytope, before giving up: the limit above, for 16 x 16. */
    static final long MAX_WORK = DEFAULT_MAX_BASES * 16 * 33;

    /** With the default limit, scaled down for larger games so that each pivot's cost counts. */
    public static Result of(Bimatrix game) throws PolytopeVertices.TooManyBases {
        long entries = (long) Math.max(game.rows(), game.columns()) * (game.rows() + game.columns() + 1);
        return of(game, Math.max(1000, Math.min(DEFAULT_MAX_BASES, MAX_WORK / entries)));
    }

    public static Result of(Bimatrix game, long maxBases) throws PolytopeVertices.TooManyBases {
        int m = game.rows();
        int n = game.columns();
        BigInteger[][] a = positiveIntegers(game.rowPayoffs());
        BigInteger[][] b = positiveIntegers(game.columnPayoffs());
        BigInteger[][] bTransposed = new BigInteger[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                bTransposed[j][i] = b[i][j];
            }
        }
        // P's variables are x (labels 0..m-1), its rows the columns' payoffs (labels m..m+n-1): already in label order.
        List<PolytopeVertices.Vertex> p = PolytopeVertices.of(bTransposed, maxBases).vertices();
        // Q's variables are y (labels m..m+n-1), its rows the rows' payoffs (labels 0..m-1): rotate.
        List<PolytopeVertices.Vertex> q = PolytopeVertices.of(a, maxBases).vertices();
        List<long[]> qLabels = new ArrayList<>();
        for (PolytopeVertices.Vertex v : q) {
            BitSet labels = new BitSet(m + n);
            for (int j = 0; j < n; j++) {
                if (v.tight().get(j)) {
                    labels.set(m + j);
                }
            }
            for (int i = 0; i < m; i++) {
                if (v.tight().get(n + i)) {
                    labels.set(i);
                }
            }
            qLabels.add(labels.toLongArray());
        }
        // Which vertices of Q carry each label: a partner of x must carry every label x lacks, so the
        // partners are the intersection of those sets.
        List<BitSet> qWithLabel = new ArrayList<>();
        for (int label = 0; label < m + n; label++) {
            qWithLabel.add(new BitSet(q.size()));
        }
        for (int t = 0; t < q.size(); t++) {
            if (q.get(t).isOrigin()) {
                continue;
            }
            BitSet labels = BitSet.valueOf(qLabels.get(t));
            for (int label = labels.nextSetBit(0); label >= 0; label = labels.nextSetBit(label + 1)) {
                qWithLabel.get(label).set(t);
            }
        }
        List<Extreme> found = new ArrayList<>();
        for (int s = 0; s < p.size(); s++) {
            if (p.get(s).isOrigin()) {
                continue;
            }
            BitSet has = p.get(s).tight();
            BitSet partners = null;
            for (int label = has.nextClearBit(0); label < m + n; label = has.nextClearBit(label + 1)) {
                if (partners == null) {
                    partners = (BitSet) qWithLabel.get(label).clone();
                } else {
                    partners.and(qWithLabel.get(label));
                }
                if (partners.isEmpty()) {
                    break;
                }
            }
            if (partners == null) {
                continue; // x alone carries every label: only with y = 0, which is no equilibrium
            }
            for (int t = partners.nextSetBit(0); t >= 0; t = partners.nextSetBit(t + 1)) {
                found.add(new Extreme(probabilities(p.get(s)), probabilities(q.get(t)), s, t));
            }
        }
        found.sort(ORDER);
        return new Result(List.copyOf(found), components(found), p.size(), q.size());
    }

    /** Pure first, then fewer strategies used, then the row mixture, then the column one, larger weight on earlier strategies first. */
    static final Comparator<Extreme> ORDER = Comparator
            .comparingInt((Extreme e) -> isPure(e) ? 0 : 1)
            .thenComparingInt(e -> support(e.x()) + support(e.y()))
            .thenComparing(Extreme::x, ExtremeEquilibria::earlierWeightFirst)
            .thenComparing(Extreme::y, ExtremeEquilibria::earlierWeightFirst);

    private static boolean isPure(Extreme e) {
        return support(e.x()) == 1 && support(e.y()) == 1;
    }

    static int support(Rational[] mix) {
        int size = 0;
        for (Rational v : mix) {
            size += v.signum() > 0 ? 1 : 0;
        }
        return size;
    }

    private static int earlierWeightFirst(Rational[] a, Rational[] b) {
        for (int i = 0; i < a.length; i++) {
            int cmp = b[i].compareTo(a[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private static List<List<Integer>> components(List<Extreme> equilibria) {
        int[] parent = new int[equilibria.size()];
        for (int e = 0; e < parent.length; e++) {
            parent[e] = e;
        }
        TreeMap<Integer, Integer> firstWithX = new TreeMap<>();
        TreeMap<Integer, Integer> firstWithY = new TreeMap<>();
        for (int e = 0; e < equilibria.size(); e++) {
            Integer sx = firstWithX.putIfAbsent(equilibria.get(e).xVertex(), e);
            if (sx != null) {
                union(parent, sx, e);
            }
            Integer sy = firstWithY.putIfAbsent(equilibria.get(e).yVertex(), e);
            if (sy != null) {
                union(parent, sy, e);
            }
        }
        TreeMap<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int e = 0; e < parent.length; e++) {
            byRoot.computeIfAbsent(find(parent, e), k -> new ArrayList<>()).add(e);
        }
        List<List<Integer>> components = new ArrayList<>(byRoot.values().stream().map(List::copyOf).toList());
        components.sort(Comparator.comparingInt(c -> c.get(0)));
        return List.copyOf(components);
    }

    private static int find(int[] parent, int e) {
        while (parent[e] != e) {
            parent[e] = parent[parent[e]];
            e = parent[e];
        }
        return e;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static Rational[] probabilities(PolytopeVertices.Vertex v) {
        BigInteger total = BigInteger.ZERO;
        for (BigInteger z : v.numerators()) {
            total = total.add(z);
        }
        Rational[] mix = new Rational[v.numerators().length];
        for (int j = 0; j < mix.length; j++) {
            mix[j] = Rational.of(v.numerators()[j], total);
        }
        return mix;
    }

    /**
     * The matrix scaled to integers by the common denominator and shifted so its least entry is 1:
     * a positive affine map of one player's payoffs, which changes no best response.
     */
    static BigInteger[][] positiveIntegers(Rational[][] matrix) {
        BigInteger lcm = BigInteger.ONE;
        for (Rational[] row : matrix) {
            for (Rational v : row) {
                lcm = lcm.divide(lcm.gcd(v.denominator())).multiply(v.denominator());
            }
        }
        BigInteger[][] scaled = new BigInteger[matrix.length][matrix[0].length];
        BigInteger min = null;
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[0].length; j++) {
                scaled[i][j] = matrix[i][j].numerator().multiply(lcm.divide(matrix[i][j].denominator()));
                min = min == null ? scaled[i][j] : min.min(scaled[i][j]);
            }
        }
        for (BigInteger[] row : scaled) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j].subtract(min).add(BigInteger.ONE);
            }
        }
        return scaled;
    }
}
