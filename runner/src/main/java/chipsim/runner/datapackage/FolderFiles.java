package chipsim.runner.datapackage;

import java.util.ArrayList;
import java.util.List;

/**
 * The files of each kind of output folder, for datapackage.json. A command that writes a new file
 * into a folder adds its definition to the folder's list here, in the same commit as the writer.
 */
public final class FolderFiles {

    /** The three kinds of output folder. */
    public enum Kind {
        RUN("chipsim-run", "A chipsim run", "one simulated run: its quarters, trades and agents (docs/trace.md)"),
        SWEEP("chipsim-sweep", "A chipsim sweep", "many runs of one scenario over a design of settings"
                + " (docs/sweeps.md); with --keep-traces, traces/ holds one run folder per run, each with its own"
                + " datapackage.json"),
        GAME("chipsim-game", "A chipsim game", "a game's payoffs and equilibria (docs/games.md)");

        private final String packageName;
        private final String title;
        private final String description;

        Kind(String packageName, String title, String description) {
            this.packageName = packageName;
            this.title = title;
            this.description = description;
        }

        public String packageName() {
            return packageName;
        }

        public String title() {
            return title;
        }

        public String description() {
            return description;
        }
    }

    private static final List<FileDefinition> FIGURES = List.of(
            FileDefinition.other("figures/*.png", "png", "image/png", "a chart of report.html as a PNG image"),
            FileDefinition.other("figures/*.svg", "svg", "image/svg+xml", "a chart of report.html as an SVG drawing"),
            FileDefinition.other("figures/*.pdf", "pdf", "application/pdf", "a chart of report.html as a one-page PDF"));

    private static final FileDefinition REPORT = FileDefinition.other("report.html", "html", "text/html",
            "charts of the folder's data in one self-contained page (docs/reports.md)");

    /** The files of a run folder (docs/trace.md). */
    public static final List<FileDefinition> RUN = withFigures(List.of(
            FileDefinition.other("trace.jsonl", "jsonl", "application/x-ndjson",
                    "one JSON object per quarter: rules, market, flows, every agent's state and payoff, metrics, events"),
            FileDefinition.csv(RunTables.QUARTERS),
            FileDefinition.csv(RunTables.FLOWS),
            FileDefinition.csv(RunTables.AGENTS),
            FileDefinition.other("decisions.jsonl", "jsonl", "application/x-ndjson",
                    "one line per decision of every agent, in a fixed order: quarter, phase, step, agent, role, point, "
                            + "who decided, the observation's digest, the decision (docs/decisions.md); run --replay plays it back"),
            FileDefinition.other("scenario.resolved.yaml", "yaml", "application/yaml",
                    "the scenario exactly as it ran, every default filled in; running it reproduces the run"),
            REPORT,
            FileDefinition.other("run.log", "log", "text/plain",
                    "diagnostics from Akka and chipsim (timestamps: not reproducible)")));

    /** The files of a sweep folder (docs/sweeps.md). */
    public static final List<FileDefinition> SWEEP = withFigures(List.of(
            FileDefinition.other("sweep.resolved.yaml", "yaml", "application/yaml",
                    "the sweep exactly as it runs: its keys, every point, the base scenario"),
            FileDefinition.csv(SweepTables.RUNS),
            FileDefinition.csv(SweepTables.SUMMARY),
            REPORT,
            FileDefinition.other("sweep.log", "log", "text/plain", "diagnostics (Akka, failed runs' stack traces)")));

    /** The files of a game folder (docs/games.md). */
    public static final List<FileDefinition> GAME = withFigures(List.of(
            FileDefinition.other("equilibria.json", "json", "application/json",
                    "every equilibrium: each player's mixed strategy and expected payoff"),
            FileDefinition.csv(GameTables.PAYOFFS),
            FileDefinition.csv(GameTables.RUNS),
            FileDefinition.other("game.md", "md", "text/markdown", "the analysis as readable tables"),
            FileDefinition.other("game.nfg", "nfg", "text/plain",
                    "the game in Gambit's normal-form format, for Gambit and other solvers"),
            FileDefinition.other("search.csv", "csv", "text/csv",
                    "with --sampling deviations: the profiles the deviation search ran, in order (docs/games.md)"),
            REPORT,
            FileDefinition.other("game.log", "log", "text/plain", "the actor system's log lines")));

    private FolderFiles() {}

    public static List<FileDefinition> of(Kind kind) {
        return switch (kind) {
            case RUN -> RUN;
            case SWEEP -> SWEEP;
            case GAME -> GAME;
        };
    }

    private static List<FileDefinition> withFigures(List<FileDefinition> files) {
        List<FileDefinition> all = new ArrayList<>(files);
        all.addAll(FIGURES);
        return List.copyOf(all);
    }
}
