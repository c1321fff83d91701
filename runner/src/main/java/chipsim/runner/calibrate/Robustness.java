package chipsim.runner.calibrate;

import chipsim.runner.engine.Progress;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The robustness check of a calibration (docs/calibration.md, "Robustness"): N points drawn around
 * the calibrated parameters, each run in every variant the targets need, through the one run engine.
 */
public final class Robustness {

    /** What one draw gave: its parameter values, every target's simulated value, its regime and headlines. */
    public record Draw(int index, double[] values, Map<String, Double> targets, String regime,
            Map<String, Double> headlines) {}

    /** One run of one draw in one variant. */
    private record DrawRun(int draw, String variant, Scenario scenario) implements RunEngine.Job {}

    /** What a finished run leaves once read: only the figures, so that the traces can go. */
    private record Measured(Map<String, Double> targets, String regime, Map<String, Double> headlines,
            String error) {}

    private Robustness() {}

    /**
     * Runs the draws {@code 0..count-1}.
     *
     * @throws Calibration.CalibrationException when a run fails (naming the draw and the variant)
     */
    public static List<Draw> run(Calibration.ScenarioSource source, List<CalibratedParameters.Parameter> parameters,
            double spread, long seed, int count, Simulation simulation, int parallel, Progress progress)
            throws ScenarioException, Calibration.CalibrationException {
        List<DrawRun> runs = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] drawn = ParameterDraws.draw(parameters, spread, seed, i);
            values.add(drawn);
            for (Map.Entry<String, List<String>> variant : new TreeMap<>(Targets.VARIANTS).entrySet()) {
                List<String> overrides = new ArrayList<>(ParameterDraws.overrides(parameters, drawn));
                overrides.addAll(variant.getValue());
                runs.add(new DrawRun(i, variant.getKey(), source.load(overrides)));
            }
        }
        List<Measured> measured;
        try {
            measured = new RunEngine(simulation, parallel).runAll(runs, Robustness::measure, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Calibration.CalibrationException("interrupted");
        }
        List<Draw> draws = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Double> targets = new TreeMap<>();
            String regime = null;
            Map<String, Double> headlines = null;
            for (int r = 0; r < runs.size(); r++) {
                DrawRun run = runs.get(r);
                if (run.draw() != i) {
                    continue;
                }
                Measured m = measured.get(r);
                if (m.error() != null) {
                    throw new Calibration.CalibrationException("draw " + i + " (" + String.join(" ",
                            ParameterDraws.overrides(parameters, values.get(i))) + "), the " + run.variant()
                            + " run failed: " + m.error());
                }
                targets.putAll(m.targets());
                if (run.variant().equals("baseline")) {
                    regime = m.regime();
                    headlines = m.headlines();
                }
            }
            Map<String, Double> ordered = new LinkedHashMap<>();
            for (Target target : Targets.all()) {
                ordered.put(target.id(), targets.getOrDefault(target.id(), Double.NaN));
            }
            draws.add(new Draw(i, values.get(i), ordered, regime, headlines));
        }
        return draws;
    }

    /** Reads a finished run's figures on the engine's thread. */
    private static Measured measure(DrawRun run, RunResult result) {
        if (!result.ok()) {
            return new Measured(Map.of(), null, Map.of(), result.error());
        }
        TraceQuery query = new TraceQuery(result);
        Map<String, Double> targets = new TreeMap<>();
        for (Target target : Targets.all()) {
            if (target.variant().equals(run.variant())) {
                targets.put(target.id(), measureOrNaN(target.measure()::applyAsDouble, query));
            }
        }
        Map<String, Double> headlines = new LinkedHashMap<>();
        for (Headlines.Headline headline : Headlines.all()) {
            headlines.put(headline.id(), measureOrNaN(headline.measure()::applyAsDouble, query));
        }
        List<QuarterRecord> quarters = result.quarters();
        Set<String> offered = new HashSet<>();
        for (QuarterRecord quarter : quarters) {
            quarter.books().forEach((chip, book) -> {
                if (book.offeredUnits() > 0) {
                    offered.add(chip);
                }
            });
        }
        String regime = Regimes.label(quarters.get(quarters.size() - 1), run.scenario().chips(), offered);
        return new Measured(targets, regime, headlines, null);
    }

    private static double measureOrNaN(java.util.function.ToDoubleFunction<TraceQuery> measure, TraceQuery query) {
        try {
            return measure.applyAsDouble(query);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
