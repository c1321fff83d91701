package chipsim.runner.calibrate;

import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

/** Runs a scenario and the variants the targets need, and measures every target. */
public final class Calibration {

    /** Loads the scenario with extra --set overrides (a variant). */
    @FunctionalInterface
    public interface ScenarioSource {
        Scenario load(List<String> extraOverrides) throws ScenarioException;
    }

    /** One row of the calibration table. */
    public record Row(String id, String fact, String source, double target, double simulated, String unit,
            boolean emergent, boolean firm, String variant) {

        /** (simulated - target) / target; NaN when either is unknown. */
        public double relativeError() {
            return target == 0 ? Double.NaN : (simulated - target) / target;
        }

        public boolean within(double tolerance) {
            return Math.abs(relativeError()) <= tolerance;
        }
    }

    private Calibration() {}

    /**
     * @throws CalibrationException when a variant's run fails
     */
    public static List<Row> measure(ScenarioSource source, Simulation simulation)
            throws ScenarioException, CalibrationException {
        Map<String, CompletionStage<RunResult>> runs = new TreeMap<>();
        for (Map.Entry<String, List<String>> variant : Targets.VARIANTS.entrySet()) {
            runs.put(variant.getKey(), simulation.run(source.load(variant.getValue())));
        }
        Map<String, TraceQuery> queries = new TreeMap<>();
        for (Map.Entry<String, CompletionStage<RunResult>> run : runs.entrySet()) {
            RunResult result = run.getValue().toCompletableFuture().join();
            if (!result.ok()) {
                throw new CalibrationException("the " + run.getKey() + " run failed: " + result.error());
            }
            queries.put(run.getKey(), new TraceQuery(result));
        }
        List<Row> rows = new ArrayList<>();
        for (Target target : Targets.all()) {
            double simulated;
            try {
                simulated = target.measure().applyAsDouble(queries.get(target.variant()));
            } catch (IllegalArgumentException e) {
                simulated = Double.NaN;
            }
            rows.add(new Row(target.id(), target.fact(), target.source(), target.target(), simulated, target.unit(),
                    target.emergent(), target.firm(), target.variant()));
        }
        return rows;
    }

    /** A calibration that could not be measured. */
    public static final class CalibrationException extends Exception {
        public CalibrationException(String message) {
            super(message);
        }
    }
}
