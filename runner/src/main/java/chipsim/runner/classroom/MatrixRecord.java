package chipsim.runner.classroom;

import chipsim.runner.game.Analysis;
import chipsim.runner.game.Equilibrium;
import chipsim.runner.game.Game;
import chipsim.runner.game.Rational;
import chipsim.runner.output.RunFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * What a class of matrix-game rounds leaves: choices.csv (one row per player per group per round:
 * who chose what, what it paid, who decided) and summary.json (the game's equilibria beside the
 * share of each strategy the class chose, per player).
 */
final class MatrixRecord {

    static final String CHOICES = "choices.csv";
    static final String SUMMARY = "summary.json";

    private MatrixRecord() {}

    static void write(RunFolder folder, Game game, List<MatrixSession.Choice> choices) throws IOException {
        StringBuilder csv = new StringBuilder("round,group,player,student,strategy,payoff,decided_by\n");
        for (MatrixSession.Choice c : choices) {
            csv.append(c.round()).append(',').append(c.group()).append(',').append(c.player()).append(',')
                    .append(c.student()).append(',').append(c.strategy()).append(',')
                    .append(String.format(Locale.ROOT, "%s", c.payoff())).append(',').append(c.decidedBy()).append('\n');
        }
        Files.writeString(folder.file(CHOICES), csv, StandardCharsets.UTF_8);
        Files.writeString(folder.file(SUMMARY), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(summary(game, choices)) + "\n", StandardCharsets.UTF_8);
    }

    static ObjectNode summary(Game game, List<MatrixSession.Choice> choices) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("game", game.name());
        root.put("rounds", choices.stream().mapToInt(MatrixSession.Choice::round).max().orElse(0));
        ArrayNode players = root.putArray("players");
        Analysis analysis = Analysis.of(game);
        for (int p = 0; p < game.playerCount(); p++) {
            String player = game.players().get(p);
            ObjectNode node = players.addObject();
            node.put("player", player);
            ObjectNode shares = node.putObject("chosenShare");
            List<MatrixSession.Choice> mine = choices.stream().filter(c -> c.player().equals(player)).toList();
            for (String strategy : game.strategies(p)) {
                long count = mine.stream().filter(c -> c.strategy().equals(strategy)).count();
                shares.put(strategy, mine.isEmpty() ? 0 : (double) count / mine.size());
            }
            ArrayNode equilibria = node.putArray("equilibria");
            for (Equilibrium e : analysis.equilibria()) {
                ObjectNode mix = equilibria.addObject();
                Rational[] probabilities = e.strategies().get(p);
                for (int s = 0; s < probabilities.length; s++) {
                    mix.put(game.strategies(p).get(s), probabilities[s].toDouble());
                }
            }
        }
        return root;
    }
}
