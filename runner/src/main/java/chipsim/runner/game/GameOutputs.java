package chipsim.runner.game;

import chipsim.runner.datapackage.DataPackage;
import chipsim.runner.datapackage.FolderFiles;
import chipsim.runner.output.Csv;
import chipsim.runner.output.Numbers;
import chipsim.runner.output.RunFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a game's output folder: equilibria.json, payoffs.csv, game.md, report.html (a simulated
 * game's runs.csv is written as its runs finish, by {@link GameRuns}). docs/games.md documents every file.
 */
public final class GameOutputs {

    public static final String EQUILIBRIA = "equilibria.json";
    public static final String PAYOFFS = "payoffs.csv";
    public static final String MARKDOWN = "game.md";
    public static final String REPORT = "report.html";
    public static final String RUNS = chipsim.runner.sweep.RunsFolder.RUNS;
    public static final String NFG = "game.nfg";

    private GameOutputs() {}

    /**
     * @param played the runs behind a simulated game, or null for a matrix game
     */
    public static void write(RunFolder folder, Analysis analysis, SimulatedGamePlayer.Played played) throws IOException {
        write(folder::file, analysis, played, Requests.NONE);
    }

    /**
     * @param requests profiles the user asked about, reported in game.md and report.html
     */
    public static void write(RunFolder folder, Analysis analysis, SimulatedGamePlayer.Played played, Requests requests)
            throws IOException {
        write(folder::file, analysis, played, requests);
    }

    /**
     * Writes every file but runs.csv, which a simulated game writes as its runs finish ({@link GameRuns}).
     *
     * @param folder where each file goes, by name
     */
    public static void write(java.util.function.Function<String, java.nio.file.Path> folder, Analysis analysis,
            SimulatedGamePlayer.Played played, Requests requests) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(folder.apply(EQUILIBRIA), json.writeValueAsString(equilibria(analysis)) + "\n",
                StandardCharsets.UTF_8);
        writePayoffs(folder, analysis);
        Files.writeString(folder.apply(NFG), NfgWriter.write(analysis.game()), StandardCharsets.UTF_8);
        List<Doc.Block> blocks = GameDocument.build(analysis, played, requests);
        Files.writeString(folder.apply(MARKDOWN), MarkdownRenderer.render(blocks), StandardCharsets.UTF_8);
        Files.writeString(folder.apply(REPORT), HtmlReport.render(blocks, analysis), StandardCharsets.UTF_8);
        DataPackage.write(folder.apply(DataPackage.FILE).getParent(), FolderFiles.Kind.GAME);
    }

    /** {"equilibria": [{"strategies": {player: {strategy: probability}}, "payoffs": {player: expected}}]} */
    static ObjectNode equilibria(Analysis analysis) {
        Game game = analysis.game();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode list = nodes.arrayNode();
        for (int e = 0; e < analysis.equilibria().size(); e++) {
            Equilibrium equilibrium = analysis.equilibria().get(e);
            ObjectNode strategies = nodes.objectNode();
            ObjectNode payoffs = nodes.objectNode();
            for (int p = 0; p < game.playerCount(); p++) {
                ObjectNode mix = strategies.putObject(game.players().get(p));
                for (int s = 0; s < game.strategyCount(p); s++) {
                    mix.set(game.strategies(p).get(s), number(equilibrium.strategies().get(p)[s]));
                }
                payoffs.set(game.players().get(p), number(equilibrium.payoffs()[p]));
            }
            ObjectNode item = list.addObject();
            item.set("strategies", strategies);
            item.set("payoffs", payoffs);
            item.put("exact", equilibrium.exact());
            item.put("component", componentNumber(analysis, e));
        }
        ObjectNode root = nodes.objectNode();
        root.put("completeness", analysis.mixed().name().toLowerCase(java.util.Locale.ROOT));
        root.put("method", analysis.method());
        root.set("equilibria", list);
        ArrayNode equivalent = root.putArray("outcomeEquivalent");
        for (OutcomeEquivalence q : analysis.equivalences()) {
            ArrayNode names = equivalent.addObject().put("player", game.players().get(q.player())).putArray("strategies");
            names.add(game.strategies(q.player()).get(q.strategy()));
            q.same().forEach(t -> names.add(game.strategies(q.player()).get(t)));
        }
        return root;
    }

    /** Components numbered from 1 in report order; every equilibrium has one. */
    private static int componentNumber(Analysis analysis, int equilibrium) {
        for (int c = 0; c < analysis.components().size(); c++) {
            if (analysis.components().get(c).contains(equilibrium)) {
                return c + 1;
            }
        }
        return 0;
    }

    private static com.fasterxml.jackson.databind.JsonNode number(Rational value) {
        return value.isInteger() ? JsonNodeFactory.instance.numberNode(value.numerator())
                : JsonNodeFactory.instance.numberNode(value.toDouble());
    }

    private static void writePayoffs(java.util.function.Function<String, java.nio.file.Path> folder, Analysis analysis) throws IOException {
        Game game = analysis.game();
        try (Writer out = Files.newBufferedWriter(folder.apply(PAYOFFS), StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(game.players());
            for (String player : game.players()) {
                header.addAll(List.of("payoff." + player, "payoff." + player + ".ci95_low",
                        "payoff." + player + ".ci95_high"));
            }
            header.addAll(List.of("regret", "nash", "pareto_optimal"));
            Csv.row(out, header);
            for (ProfileFacts facts : analysis.profiles()) {
                int index = facts.index();
                int[] profile = game.profile(index);
                List<String> row = new ArrayList<>();
                for (int p = 0; p < game.playerCount(); p++) {
                    row.add(game.strategies(p).get(profile[p]));
                }
                for (int p = 0; p < game.playerCount(); p++) {
                    Game.Interval interval = game.interval(index, p);
                    row.add(Numbers.format(game.payoff(index, p).toDouble()));
                    row.add(interval == null ? "" : Numbers.format(interval.low()));
                    row.add(interval == null ? "" : Numbers.format(interval.high()));
                }
                row.add(Numbers.format(facts.regret().toDouble()));
                row.add(String.valueOf(facts.nash()));
                row.add(String.valueOf(facts.paretoOptimal()));
                Csv.row(out, row);
            }
        }
    }
}
