package chipsim.runner.game;

import chipsim.runner.scenario.Scenario;
import java.util.List;
import java.util.SortedMap;

/**
 * Runs the simulations a simulated game needs: one per profile and replication, each a complete
 * scenario with its seed. Kept behind this interface so the sweep engine can take the job over.
 */
public interface ProfileRunner {

    /**
     * What one run yields for a game.
     *
     * @param quarterlyPayoffs per agent id, its payoff in each quarter, in order; empty when the run failed
     * @param error            null when the run completed; otherwise what stopped it
     */
    record RunPayoffs(SortedMap<String, double[]> quarterlyPayoffs, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Called after each finished run with how many are done, from any thread. */
    interface Progress {
        void done(int finished, int total);
    }

    /** Runs every scenario; the results are in the same order, failed runs included. */
    List<RunPayoffs> run(List<Scenario> scenarios, Progress progress);
}
