package chipsim.runner.game;

import java.util.List;

/**
 * A game in Gambit's strategic-form file format (.nfg, payoff version), so that Gambit's solvers
 * (gambit-enummixed, gambit-enumpoly, gambit-logit, ...) can check or extend chipsim's analysis.
 * Profiles are listed with the first player's strategy changing fastest, as Gambit expects;
 * payoffs are exact (a fraction as a/b, which Gambit reads).
 */
public final class NfgWriter {

    private NfgWriter() {}

    public static String write(Game game) {
        StringBuilder out = new StringBuilder("NFG 1 R ").append(quoted(game.name())).append(" {");
        game.players().forEach(p -> out.append(' ').append(quoted(p)));
        out.append(" }\n\n{ ");
        for (int p = 0; p < game.playerCount(); p++) {
            out.append(p == 0 ? "" : "  ").append('{');
            game.strategies(p).forEach(s -> out.append(' ').append(quoted(s)));
            out.append(" }\n");
        }
        out.append("}\n").append(quoted(game.description())).append("\n\n");
        int[] profile = new int[game.playerCount()];
        StringBuilder payoffs = new StringBuilder();
        for (int k = 0; k < game.profileCount(); k++) {
            int index = game.index(profile);
            for (int p = 0; p < game.playerCount(); p++) {
                payoffs.append(payoffs.length() == 0 ? "" : " ").append(game.payoff(index, p));
            }
            // Advance with the first player fastest.
            for (int p = 0; p < profile.length; p++) {
                if (++profile[p] < game.strategyCount(p)) {
                    break;
                }
                profile[p] = 0;
            }
        }
        return out.append(payoffs).append('\n').toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + '"';
    }

    /** The payoffs of a written file in Gambit's order, for tests. */
    static List<String> payoffTokens(String nfg) {
        String last = nfg.strip().substring(nfg.strip().lastIndexOf('\n') + 1);
        return List.of(last.split(" "));
    }
}
