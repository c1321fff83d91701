package chipsim.runner.analysis.equilibria;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every vertex of a polytope {z >= 0 : K z <= 1} with K a matrix of positive integers, exactly.
 *
 * <p>Why pivoting and not subsets: a d-dimensional polytope with r extra facets has at most a few
 * vertices per basis, but C(d + r, d) candidate bases; at 20 x 20 that is 1.4e11. The walk here
 * visits only feasible bases, moving between adjacent ones by simplex pivots. Under the
 * lexicographic rule (the right-hand side perturbed by 1 + (eps, eps^2, ...)) each pivot is
 * determined and the feasible bases are those of a simple polytope, whose graph is connected, so
 * a depth-first walk from the basis of the origin reaches every vertex even when the polytope is
 * degenerate (a vertex with more than d tight facets, as in games with ties). Each degenerate vertex
 * is reached through one or more of its lexicographic bases and reported once.
 *
 * <p>Arithmetic is integer pivoting ({@link IntegerTableau}): the tableau holds integers whose
 * common denominator is the last pivot, every division is exact, so no fraction is ever reduced
 * and no rounding happens.
 */
public final class PolytopeVertices {

    /**
     * One vertex: {@code z[j] = numerators[j] / denominator}, and which of the d + r inequalities
     * are tight there: bit j (j < d) for z_j = 0, bit d + i for row i of K z <= 1.
     */
    public record Vertex(BigInteger[] numerators, BigInteger denominator, BitSet tight) {
        public boolean isOrigin() {
            return Arrays.stream(numerators).allMatch(v -> v.signum() == 0);
        }
    }

    /** Thrown when the walk meets more bases than it was allowed. */
    public static final class TooManyBases extends Exception {
        public TooManyBases(long limit) {
            super("more than " + limit + " bases");
        }
    }

    /**
     * @param vertices every vertex, in the order the walk first met them (the origin first)
     * @param bases    how many lexicographic bases were visited
     */
    public record Result(List<Vertex> vertices, long bases) {}

    private final int d;
    private final int r;
    private final IntegerTableau tableau; // r rows: columns 0..d-1 z, d..d+r-1 slacks, d+r right-hand side
    private final int[] basicInRow;
    private final int[] rowOfVariable; // -1 when nonbasic

    private PolytopeVertices(BigInteger[][] k) {
        r = k.length;
        d = k[0].length;
        basicInRow = new int[r];
        rowOfVariable = new int[d + r];
        Arrays.fill(rowOfVariable, -1);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < d; j++) {
                if (k[i][j].signum() <= 0) {
                    throw new IllegalArgumentException("constraint matrix must be positive");
                }
            }
            basicInRow[i] = d + i;
            rowOfVariable[d + i] = i;
        }
        tableau = IntegerTableau.of(k);
    }

    /** Vertices of {z >= 0 : K z <= 1}; K is r x d with positive entries. */
    public static Result of(BigInteger[][] k, long maxBases) throws TooManyBases {
        return new PolytopeVertices(k).walk(maxBases);
    }

    private Result walk(long maxBases) throws TooManyBases {
        Map<List<BigInteger>, Vertex> vertices = new LinkedHashMap<>();
        Set<BitSet> visited = new HashSet<>();
        visited.add(basis());
        record(vertices);
        // Each frame: the pivot that led here (to undo it), and the next entering variable to try.
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {-1, -1, 0});
        while (!stack.isEmpty()) {
            int[] frame = stack.peek();
            int entering = frame[2];
            while (entering < d + r && rowOfVariable[entering] >= 0) {
                entering++;
            }
            if (entering == d + r) {
                stack.pop();
                if (frame[0] >= 0) {
                    // Undo: the variable that left re-enters in the row of the one that entered.
                    pivot(rowOfVariable[frame[0]], frame[1]);
                }
                continue;
            }
            frame[2] = entering + 1;
            int row = lexMinRatioRow(entering);
            if (row < 0) {
                continue;
            }
            int leaving = basicInRow[row];
            BitSet next = basis();
            next.clear(leaving);
            next.set(entering);
            if (!visited.add(next)) {
                continue;
            }
            if (visited.size() > maxBases) {
                throw new TooManyBases(maxBases);
            }
            pivot(row, entering);
            record(vertices);
            stack.push(new int[] {entering, leaving, 0});
        }
        return new Result(List.copyOf(vertices.values()), visited.size());
    }

    private BitSet basis() {
        BitSet basis = new BitSet(d + r);
        for (int variable : basicInRow) {
            basis.set(variable);
        }
        return basis;
    }

    /**
     * The row of the lexicographic minimum ratio for an entering column, or -1 when no row limits it.
     * Rows are compared on (rhs, slack columns) / entry, which never ties: the slack columns are
     * the rows of the basis inverse.
     */
    private int lexMinRatioRow(int column) {
        int best = -1;
        for (int i = 0; i < r; i++) {
            if (tableau.signum(i, column) * tableau.denominatorSignum() <= 0) {
                continue;
            }
            if (best < 0 || lexLess(i, best, column)) {
                best = i;
            }
        }
        return best;
    }

    private boolean lexLess(int a, int b, int column) {
        // ratio_a < ratio_b  <=>  T[a][c] * T[b][e] < T[b][c] * T[a][e], both entries of the same sign as D.
        int sign = tableau.signum(a, column) * tableau.signum(b, column);
        // First the right-hand side, then the slack columns (the basis inverse) in order.
        for (int k = 0; k <= r; k++) {
            int c = k == 0 ? d + r : d + k - 1;
            int cmp = tableau.compareCross(a, b, c, column);
            if (cmp != 0) {
                return cmp * sign < 0;
            }
        }
        throw new IllegalStateException("lexicographic tie: the basis is singular");
    }

    private void pivot(int row, int column) {
        tableau.pivot(row, column);
        int leaving = basicInRow[row];
        rowOfVariable[leaving] = -1;
        basicInRow[row] = column;
        rowOfVariable[column] = row;
    }

    private void record(Map<List<BigInteger>, Vertex> vertices) {
        BigInteger[] numerators = new BigInteger[d];
        Arrays.fill(numerators, BigInteger.ZERO);
        BigInteger denominator = tableau.denominator();
        for (int j = 0; j < d; j++) {
            int row = rowOfVariable[j];
            if (row >= 0) {
                numerators[j] = tableau.entry(row, d + r);
            }
        }
        BigInteger gcd = denominator;
        for (BigInteger v : numerators) {
            gcd = gcd.gcd(v);
        }
        if (denominator.signum() < 0) {
            gcd = gcd.negate();
        }
        for (int j = 0; j < d; j++) {
            numerators[j] = numerators[j].divide(gcd);
        }
        denominator = denominator.divide(gcd);
        List<BigInteger> key = new ArrayList<>(Arrays.asList(numerators));
        if (vertices.containsKey(key)) {
            return;
        }
        BitSet tight = new BitSet(d + r);
        for (int j = 0; j < d; j++) {
            if (numerators[j].signum() == 0) {
                tight.set(j);
            }
        }
        for (int i = 0; i < r; i++) {
            int row = rowOfVariable[d + i];
            if (row < 0 || tableau.signum(row, d + r) == 0) {
                tight.set(d + i);
            }
        }
        vertices.put(key, new Vertex(numerators, denominator, tight));
    }
}
