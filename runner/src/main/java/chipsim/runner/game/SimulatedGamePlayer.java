package chipsim.runner.game;

import chipsim.runner.engine.SampleSummary;
import chipsim.runner.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays a simulated game: every profile, every replication, through a {@link ProfileRunner}; a
 * role's payoff in a run is its discounted sum of quarterly payoffs, and a cell is the mean over
 * replications with its 95% confidence interval.
 */
public final class SimulatedGamePlayer {

    /**
     * The game with its estimated payoffs, and the payoff of each run behind them.
     *
     * @param runPayoffs [profile][replication][role]: each role's discounted payoff in each run
     */
    public record Played(SimulatedGame spec, Game game, double[][][] runPayoffs) {}

    /** A run of the game failed, so its matrix is incomplete. */
    public static final class RunFailed extends Exception {
        public RunFailed(String message) {
            super(message);
        }
    }

    private SimulatedGamePlayer() {}

    public static Played play(SimulatedGame spec, ProfileRunner runner, ProfileRunner.Progress progress)
            throws RunFailed {
        int profiles = spec.profiles().size();
        int replications = spec.replications();
        List<Scenario> runs = new ArrayList<>();
        for (Scenario profile : spec.profiles()) {
            for (int r = 0; r < replications; r++) {
                runs.add(profile.withSeed(spec.seed(r)));
            }
        }
        List<ProfileRunner.RunPayoffs> results = runner.run(runs, progress);
        List<List<String>> names = new ArrayList<>();
        for (int role = 0; role < spec.roles().size(); role++) {
            names.add(spec.strategyNames(role));
        }
        Game shape = new Game(spec.name(), spec.description(), Game.Kind.SIMULATED, spec.roles(), names,
                new Rational[profiles][spec.roles().size()], null);
        double[][][] perRun = new double[profiles][replications][spec.roles().size()];
        for (int p = 0; p < profiles; p++) {
            for (int r = 0; r < replications; r++) {
                ProfileRunner.RunPayoffs result = results.get(p * replications + r);
                String where = "profile " + shape.describe(p) + ", replication " + (r + 1) + " (seed " + spec.seed(r) + ")";
                if (!result.ok()) {
                    throw new RunFailed(where + " failed: " + result.error());
                }
                perRun[p][r] = rolePayoffs(spec, result, where);
            }
        }
        return new Played(spec, estimate(spec, names, perRun), perRun);
    }

    /** The game estimated from the payoffs of its runs, [profile][replication][role] (as a runs.csv holds them). */
    public static Played fromRuns(SimulatedGame spec, double[][][] perRun) {
        List<List<String>> names = new ArrayList<>();
        for (int role = 0; role < spec.roles().size(); role++) {
            names.add(spec.strategyNames(role));
        }
        return new Played(spec, estimate(spec, names, perRun), perRun);
    }

    /** Each role's discounted payoff in one run; {@code where} names the run in the error. */
    static double[] rolePayoffs(SimulatedGame spec, ProfileRunner.RunPayoffs result, String where) throws RunFailed {
        if (!result.ok()) {
            throw new RunFailed(where + " failed: " + result.error());
        }
        double[] payoffs = new double[spec.roles().size()];
        for (int role = 0; role < payoffs.length; role++) {
            double[] quarterly = result.quarterlyPayoffs().get(spec.roles().get(role));
            double value = quarterly == null ? Double.NaN : discounted(quarterly, spec.discountRatePerQuarter());
            if (!Double.isFinite(value)) {
                throw new RunFailed(where + ": " + spec.roles().get(role) + " reported no finite payoff");
            }
            payoffs[role] = value;
        }
        return payoffs;
    }

    /** Quarter q (from 0) counts 1 / (1 + rate)^q. */
    public static double discounted(double[] quarterly, double ratePerQuarter) {
        double sum = 0;
        double weight = 1;
        for (double payoff : quarterly) {
            sum += payoff * weight;
            weight /= 1 + ratePerQuarter;
        }
        return sum;
    }

    private static Game estimate(SimulatedGame spec, List<List<String>> names, double[][][] perRun) {
        int roles = spec.roles().size();
        Rational[][] means = new Rational[perRun.length][roles];
        Game.Interval[][] intervals = spec.replications() < 2 ? null : new Game.Interval[perRun.length][roles];
        for (int p = 0; p < perRun.length; p++) {
            for (int role = 0; role < roles; role++) {
                double[] sample = new double[spec.replications()];
                for (int r = 0; r < sample.length; r++) {
                    sample[r] = perRun[p][r][role];
                }
                SampleSummary summary = SampleSummary.of(sample);
                means[p][role] = Rational.of(summary.mean());
                if (intervals != null) {
                    intervals[p][role] = new Game.Interval(summary.low(), summary.high());
                }
            }
        }
        return new Game(spec.name(), spec.description(), Game.Kind.SIMULATED, spec.roles(), names, means, intervals);
    }
}
