package chipsim.runner.sweep;

import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of each run's scenario.resolved.yaml, as {@code chipsim run} would write it. Runs of
 * one point differ only in the top-level {@code seed:} line, so the YAML is built once per point
 * and the seed spliced in: writing the YAML for every run cost a tenth of a sweep's CPU.
 */
final class ScenarioHashes {

    private static final long PLACEHOLDER = 0;

    private final String version;
    private final Map<Integer, String[]> halves = new ConcurrentHashMap<>();

    ScenarioHashes(String version) {
        this.version = version;
    }

    String of(RunSpec run) {
        String[] around = halves.computeIfAbsent(run.point().id(), id -> split(run.scenario()));
        if (around == null) {
            return Hashes.sha256(ScenarioWriter.toYaml(run.scenario(), version));
        }
        return Hashes.sha256(around[0] + run.seed() + around[1]);
    }

    /** The text before and after the seed's value, or null if the seed line cannot be found once. */
    private String[] split(Scenario scenario) {
        String yaml = ScenarioWriter.toYaml(scenario.withSeed(PLACEHOLDER), version);
        String line = "\nseed: " + PLACEHOLDER + "\n";
        int at = yaml.indexOf(line);
        if (at < 0 || yaml.indexOf(line, at + 1) >= 0) {
            return null;
        }
        int valueAt = at + line.indexOf(Long.toString(PLACEHOLDER));
        return new String[] {yaml.substring(0, valueAt), yaml.substring(valueAt + Long.toString(PLACEHOLDER).length())};
    }
}
