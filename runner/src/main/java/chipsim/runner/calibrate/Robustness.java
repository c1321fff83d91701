package chipsim.runner.calibrate;

import chipsim.runner.engine.Progress;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
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

    /**
     * What one draw gave: its parameter values, every target's simulated value, its regime, its
     * headlines, and the policy path of its baseline run with the capitals' reasons ({@link PolicyPath}).
     */
    public record Draw(int index, double[] values, Map<String, Double> targets, String regime,
            Map<String, Double> headlines, List<String> policyPath, List<String> policyReasons) {}

    /** One run of one draw in one variant. */
    public record DrawRun(int draw, String variant, Scenario scenario) implements RunEngine.Job {}

    /** What a finished run leaves once read: only the figures, so that the traces can go. */
    private record Measured(Map<String, Double> targets, String regime, Map<String, Double> headlines,
            List<String> policyPath, List<String> policyReasons, String error) {}

    private Robustness() {}

    /**
     * What a check's draws depend on, as robustness.settings holds it: the scenario (its resolved
     * form's SHA-256), the design, the spread, the seed, the parameters and the chipsim version.
     */
    public static String settings(Scenario scenario, List<CalibratedParameters.Parameter> parameters,
            ParameterDraws.Design design, double spread, long seed, String version) {
        StringBuilder text = new StringBuilder("# chipsim calibrate --robustness: what the draws of this folder depend"
                + " on; --resume checks it\n");
        text.append("chipsim: ").append(version).append('\n');
        text.append("scenario-sha256: ").append(chipsim.runner.sweep.Hashes.sha256(
                chipsim.runner.scenario.ScenarioWriter.toTree(scenario).toString())).append('\n');
        text.append("design: ").append(design.label()).append('\n');
        text.append("spread: ").append(chipsim.runner.output.Numbers.format(spread)).append('\n');
        text.append("seed: ").append(seed).append('\n');
        for (CalibratedParameters.Parameter parameter : parameters) {
            text.append("parameter: ").append(parameter.path()).append('\n');
        }
        return text.toString();
    }

    /** Receives each draw as its last run finishes, on the caller's thread. */
    @FunctionalInterface
    public interface DrawSink {
        void accept(Draw draw) throws IOException;
    }

    /** The runs of some draws, every scenario loaded and checked: made before anything is written. */
    public record Plan(List<DrawRun> runs, Map<Integer, double[]> values) {}

    /**
     * @throws ScenarioException when a drawn point makes a scenario that does not pass its checks
     */
    public static Plan plan(Calibration.ScenarioSource source, List<CalibratedParameters.Parameter> parameters,
            ParameterDraws.Design design, double spread, long seed, List<Integer> indices) throws ScenarioException {
        List<DrawRun> runs = new ArrayList<>();
        Map<Integer, double[]> values = new TreeMap<>();
        for (int i : indices) {
            double[] drawn = ParameterDraws.values(design, parameters, spread, seed, i);
            values.put(i, drawn);
            for (Map.Entry<String, List<String>> variant : new TreeMap<>(Targets.VARIANTS).entrySet()) {
                List<String> overrides = new ArrayList<>(ParameterDraws.overrides(parameters, drawn));
                overrides.addAll(variant.getValue());
                runs.add(new DrawRun(i, variant.getKey(), source.load(overrides)));
            }
        }
        return new Plan(runs, values);
    }

    /**
     * Runs a plan's draws, handing each to {@code sink} as its last run finishes (in the order they finish).
     *
     * @throws Calibration.CalibrationException when a run fails (naming the draw and the variant);
     *                                          the draws that completed before were handed over
     */
    public static void run(Plan plan, List<CalibratedParameters.Parameter> parameters, Simulation simulation,
            int parallel, Progress progress, DrawSink sink) throws Calibration.CalibrationException, IOException {
        List<DrawRun> runs = plan.runs();
        Map<Integer, double[]> values = plan.values();
        int variants = Targets.VARIANTS.size();
        Map<Integer, Map<String, Measured>> pending = new TreeMap<>();
        String[] firstError = {null};
        try {
            new RunEngine(simulation, parallel).run(runs, Robustness::measure, finished -> {
                progress.step(!finished.result().ok());
                DrawRun run = finished.run();
                Measured m = finished.prepared();
                if (m.error() != null) {
                    if (firstError[0] == null) {
                        firstError[0] = "draw " + run.draw() + " (" + String.join(" ",
                                ParameterDraws.overrides(parameters, values.get(run.draw()))) + "), the "
                                + run.variant() + " run failed: " + m.error();
                    }
                    return;
                }
                Map<String, Measured> done = pending.computeIfAbsent(run.draw(), k -> new TreeMap<>());
                done.put(run.variant(), m);
                if (done.size() == variants) {
                    pending.remove(run.draw());
                    sink.accept(draw(run.draw(), values.get(run.draw()), done));
                }
            }, true, progress::tick);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Calibration.CalibrationException("interrupted");
        }
        if (firstError[0] != null) {
            throw new Calibration.CalibrationException(firstError[0]);
        }
    }

    private static Draw draw(int index, double[] values, Map<String, Measured> byVariant) {
        Map<String, Double> targets = new TreeMap<>();
        byVariant.values().forEach(m -> targets.putAll(m.targets()));
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Target target : Targets.all()) {
            ordered.put(target.id(), targets.getOrDefault(target.id(), Double.NaN));
        }
        Measured base = byVariant.get("baseline");
        return new Draw(index, values, ordered, base.regime(), base.headlines(), base.policyPath(),
                base.policyReasons());
    }

    /** Reads a finished run's figures on the engine's thread. */
    private static Measured measure(DrawRun run, RunResult result) {
        if (!result.ok()) {
            return new Measured(Map.of(), null, Map.of(), List.of(), List.of(), result.error());
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
        // Only the baseline variant's path is kept (draw()); the other variants' are not read.
        List<String> path = run.variant().equals("baseline") ? PolicyPath.steps(quarters) : List.of();
        return new Measured(targets, regime, headlines, path, PolicyPath.reasons(quarters, path), null);
    }

    private static double measureOrNaN(java.util.function.ToDoubleFunction<TraceQuery> measure, TraceQuery query) {
        try {
            return measure.applyAsDouble(query);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
