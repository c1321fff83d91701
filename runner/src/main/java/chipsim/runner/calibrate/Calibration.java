package chipsim.runner.calibrate;

import chipsim.runner.engine.Progress;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** One variant's run, made by the engine every many-run command uses. */
    private record VariantRun(String variant, Scenario scenario) implements RunEngine.Job {}

    private Calibration() {}

    /** How many runs one measurement takes: the scenario and each variant the targets need. */
    public static int variantCount() {
        return Targets.VARIANTS.size();
    }

    /**
     * @throws CalibrationException when a variant's run fails
     */
    public static List<Row> measure(ScenarioSource source, Simulation simulation)
            throws ScenarioException, CalibrationException {
        List<VariantRun> runs = new ArrayList<>();
        for (Map.Entry<String, List<String>> variant : new TreeMap<>(Targets.VARIANTS).entrySet()) {
            runs.add(new VariantRun(variant.getKey(), source.load(variant.getValue())));
        }
        List<RunResult> results;
        try {
            results = new RunEngine(simulation, runs.size()).runAll(runs, (run, result) -> result, Progress.none());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalibrationException("interrupted");
        }
        Map<String, TraceQuery> queries = new TreeMap<>();
        for (int i = 0; i < runs.size(); i++) {
            RunResult result = results.get(i);
            if (!result.ok()) {
                throw new CalibrationException("the " + runs.get(i).variant() + " run failed: " + result.error());
            }
            queries.put(runs.get(i).variant(), new TraceQuery(result));
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
