package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/** A short reading of a game's analysis in plain language, one paragraph per finding. */
public final class GameReading {

    private GameReading() {}

    public static List<String> paragraphs(Analysis analysis) {
        Game game = analysis.game();
        List<String> text = new ArrayList<>();
        dominantStrategies(game, text);
        if (analysis.iesds().solved() && !analysis.iesds().eliminations().isEmpty()) {
            text.add("Removing strictly dominated strategies, round by round, leaves a single profile, "
                    + game.describe(survivor(game, analysis.iesds())) + ": the game is solved by dominance alone.");
        }
        List<Equilibrium> pure = analysis.pureEquilibria();
        List<Equilibrium> mixed = analysis.mixedEquilibria();
        if (pure.isEmpty()) {
            noPureEquilibrium(analysis, mixed, text);
        } else if (pure.size() == 1) {
            onePureEquilibrium(analysis, pure.get(0), text);
        } else {
            severalPureEquilibria(analysis, pure, text);
        }
        if (!pure.isEmpty() && !mixed.isEmpty()) {
            for (Equilibrium m : mixed) {
                boolean worseThanAll = pure.stream().allMatch(e -> everyoneWorse(m, e));
                text.add("There is also a mixed equilibrium (" + GameText.equilibrium(game, m) + "), with expected "
                        + "payoffs " + GameText.payoffs(game, m.payoffs()) + (worseThanAll
                                ? ": every player does worse in it than in any pure equilibrium, the price of "
                                        + "failing to coordinate." : "."));
            }
        }
        robustness(analysis, text);
        for (OutcomeEquivalence q : analysis.equivalences()) {
            text.add("Caution: " + q.describe(game) + ". The choice between them makes no difference here"
                    + (game.kind() == Game.Kind.SIMULATED ? " (in a simulated game: the scenario never reaches what tells "
                    + "them apart; a longer horizon or other settings may)" : "") + ", so read any equilibria that differ "
                    + "only in them as one.");
        }
        long continua = analysis.components().stream().filter(c -> c.size() > 1).count();
        if (continua > 0) {
            text.add("The equilibria are not all isolated: " + GameText.count((int) continua, "component is",
                    "components are") + " a continuum, along which a player can shift weight between strategies "
                    + "without anyone gaining by deviating. Ties like this are common when two strategies have the same effect.");
        }
        switch (analysis.mixed()) {
            case TOO_LARGE -> text.add("The game is too large to enumerate mixed equilibria; only pure ones are listed.");
            case CONTINUUM -> text.add("Somewhere the game has a continuum of equilibria, which is not listed point by point.");
            case SEARCHED -> text.add("With more than two players and more than two strategies each, the equilibria "
                    + "listed are verified but there may be more.");
            default -> { }
        }
        return text;
    }

    private static void dominantStrategies(Game game, List<String> text) {
        for (int p = 0; p < game.playerCount(); p++) {
            for (int s = 0; s < game.strategyCount(p); s++) {
                if (strictlyDominant(game, p, s)) {
                    text.add(game.strategies(p).get(s) + " is a dominant strategy for " + game.players().get(p)
                            + ": whatever the others do, it pays " + game.players().get(p) + " more than any alternative.");
                }
            }
        }
    }

    private static void noPureEquilibrium(Analysis analysis, List<Equilibrium> mixed, List<String> text) {
        Game game = analysis.game();
        ProfileFacts calmest = analysis.profiles().stream()
                .min((a, b) -> a.regret().compareTo(b.regret())).orElseThrow();
        text.add("No profile is stable: at every one, some player gains by switching alone (the smallest such gain is "
                + GameText.value(game, calmest.regret()) + ", at " + game.describe(calmest.index()) + ").");
        for (Equilibrium m : mixed) {
            text.add("The equilibrium is mixed: " + GameText.equilibrium(game, m) + ", with expected payoffs "
                    + GameText.payoffs(game, m.payoffs()) + ". Each player mixes just so that the other is indifferent "
                    + "between its strategies, so a predictable choice could be exploited and none is made.");
        }
    }

    private static void onePureEquilibrium(Analysis analysis, Equilibrium only, List<String> text) {
        Game game = analysis.game();
        int index = game.index(only.pureProfile());
        String sentence = game.describe(index) + " is the only pure equilibrium: no player gains by changing "
                + "strategy alone.";
        if (!analysis.profiles().get(index).paretoOptimal()) {
            int better = betterForAll(game, index);
            sentence += " Yet it is not Pareto-optimal: " + game.describe(better) + " is at least as good for every "
                    + "player and better for some. Each choice that is rational alone leads together to a worse outcome, "
                    + "the logic of the Prisoner's Dilemma.";
        }
        text.add(sentence);
    }

    private static void severalPureEquilibria(Analysis analysis, List<Equilibrium> pure, List<String> text) {
        Game game = analysis.game();
        List<String> names = pure.stream().map(e -> GameText.equilibrium(game, e)).toList();
        String sentence = "There are " + pure.size() + " pure equilibria, " + String.join(" and ", names)
                + ": the players must coordinate, and the payoffs alone do not say which one will happen.";
        List<Integer> favourite = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            int best = 0;
            for (int e = 1; e < pure.size(); e++) {
                if (pure.get(e).payoffs()[p].compareTo(pure.get(best).payoffs()[p]) > 0) {
                    best = e;
                }
            }
            favourite.add(best);
        }
        int shared = favourite.get(0);
        boolean agreed = favourite.stream().allMatch(f -> f == shared)
                && pure.stream().allMatch(e -> e == pure.get(shared) || everyoneWorse(e, pure.get(shared)));
        if (agreed) {
            List<String> others = new ArrayList<>(names);
            others.remove(shared);
            sentence += " Every player prefers " + names.get(shared) + ", yet " + String.join(" and ", others)
                    + (others.size() == 1 ? " is" : " are") + " stable too: once there, no one gains by leaving alone "
                    + "(as in the Stag Hunt).";
        } else if (distinctFavourites(game, pure) && favourite.stream().distinct().count() > 1) {
            List<String> preferences = new ArrayList<>();
            for (int p = 0; p < game.playerCount(); p++) {
                preferences.add(game.players().get(p) + " prefers " + names.get(favourite.get(p)));
            }
            sentence += " They disagree about which: " + String.join(", ", preferences) + ".";
        }
        text.add(sentence);
    }

    private static void robustness(Analysis analysis, List<String> text) {
        Game game = analysis.game();
        for (int e = 0; e < analysis.robustness().size(); e++) {
            Equilibrium equilibrium = analysis.equilibria().get(e);
            Robustness r = analysis.robustness().get(e);
            String name = GameText.equilibrium(game, equilibrium);
            if (equilibrium.isPure() && r.robust()) {
                text.add(name + " holds even at the edges of the 95% intervals: the noise of the runs does not put it in doubt.");
            } else if (equilibrium.isPure()) {
                text.add(name + " may not survive the noise: within the 95% intervals " + game.players().get(r.player())
                        + " could gain up to " + GameText.approx(-r.margin()) + " by switching to "
                        + game.strategies(r.player()).get(r.strategy()) + ". More replications would settle it.");
            } else if (!Double.isNaN(r.holdShare())) {
                text.add("The mixed equilibrium keeps its supports in " + Math.round(r.holdShare() * 100)
                        + "% of games drawn within the intervals" + (r.robust() ? "." : "; its exact mixture is uncertain."));
            }
        }
        if (!analysis.possible().isEmpty()) {
            text.add("Within the noise, " + String.join(" and ", analysis.possible().stream().map(game::describe).toList())
                    + (analysis.possible().size() == 1 ? " could also be an equilibrium." : " could also be equilibria."));
        }
    }

    static boolean strictlyDominant(Game game, int player, int strategy) {
        for (int index = 0; index < game.profileCount(); index++) {
            if (game.profile(index)[player] == strategy) {
                continue;
            }
            Rational own = game.payoff(game.deviate(index, player, strategy), player);
            if (own.compareTo(game.payoff(index, player)) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static int survivor(Game game, Dominance.Iesds iesds) {
        int[] profile = new int[game.playerCount()];
        for (int p = 0; p < profile.length; p++) {
            profile[p] = iesds.surviving().get(p).nextSetBit(0);
        }
        return game.index(profile);
    }

    /** A profile that Pareto-dominates {@code index}, preferring one better for every player. */
    private static int betterForAll(Game game, int index) {
        int found = -1;
        for (int other = 0; other < game.profileCount(); other++) {
            if (PureAnalysis.paretoDominates(game, other, index) && PureAnalysis.paretoOptimal(game, other)) {
                if (found < 0 || everyoneBetter(game, other, index)) {
                    found = other;
                }
            }
        }
        return found;
    }

    private static boolean everyoneBetter(Game game, int a, int b) {
        for (int p = 0; p < game.playerCount(); p++) {
            if (game.payoff(a, p).compareTo(game.payoff(b, p)) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean everyoneWorse(Equilibrium a, Equilibrium b) {
        for (int p = 0; p < a.payoffs().length; p++) {
            if (a.payoffs()[p].compareTo(b.payoffs()[p]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Each player's favourite equilibrium is unique (no ties), and not all the same. */
    private static boolean distinctFavourites(Game game, List<Equilibrium> pure) {
        for (int p = 0; p < game.playerCount(); p++) {
            final int player = p;
            Rational best = pure.stream().map(e -> e.payoffs()[player]).max(Rational::compareTo).orElseThrow();
            if (pure.stream().filter(e -> e.payoffs()[player].equals(best)).count() > 1) {
                return false;
            }
        }
        return true;
    }
}
