package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything chipsim says about a game: the facts of each profile, dominance, IESDS, the
 * equilibria and, for a simulated game, how robust they are to the noise in the cells.
 *
 * @param equilibria  pure equilibria in profile order, then (two players only) mixed ones by support size
 * @param mixed       how complete the list of mixed equilibria is
 * @param degeneracy  for two players: a mixture that shows the game is degenerate, if it is
 * @param robustness  one per equilibrium for a game with intervals; empty otherwise
 * @param possible    profiles that are not equilibria at the means but could be within the intervals
 */
public record Analysis(Game game, List<ProfileFacts> profiles, List<Dominance.Domination> dominated,
        Dominance.Iesds iesds, List<Equilibrium> equilibria, MixedStatus mixed,
        Optional<Degeneracy.Witness> degeneracy, List<Robustness> robustness, List<Integer> possible) {

    /** How completely the mixed equilibria were searched. */
    public enum MixedStatus {
        /** Two players, nondegenerate: every equilibrium is listed. */
        COMPLETE,
        /** Two players, degenerate: the equilibria listed are real, but there may be more (even infinitely many). */
        DEGENERATE,
        /** Two players with too many strategies to enumerate supports: pure equilibria only. */
        TOO_LARGE,
        /** More than two players: pure equilibria only. */
        PURE_ONLY
    }

    public static Analysis of(Game game) {
        List<ProfileFacts> profiles = PureAnalysis.of(game);
        List<Equilibrium> equilibria = new ArrayList<>();
        MixedStatus mixed;
        Optional<Degeneracy.Witness> degeneracy = Optional.empty();
        if (game.playerCount() == 2 && SupportEnumeration.feasible(game)) {
            degeneracy = Degeneracy.find(game);
            mixed = degeneracy.isPresent() ? MixedStatus.DEGENERATE : MixedStatus.COMPLETE;
            equilibria.addAll(SupportEnumeration.equilibria(game));
        } else {
            mixed = game.playerCount() == 2 ? MixedStatus.TOO_LARGE : MixedStatus.PURE_ONLY;
            profiles.stream().filter(ProfileFacts::nash).forEach(f -> equilibria.add(Equilibrium.pure(game, f.index())));
        }
        List<Robustness> robustness = game.hasIntervals() ? Robustness.of(game, equilibria) : List.of();
        List<Integer> possible = game.hasIntervals() ? Robustness.possibleEquilibria(game, profiles) : List.of();
        return new Analysis(game, profiles, Dominance.dominated(game), Dominance.iesds(game), List.copyOf(equilibria),
                mixed, degeneracy, robustness, possible);
    }

    public List<Equilibrium> pureEquilibria() {
        return equilibria.stream().filter(Equilibrium::isPure).toList();
    }

    public List<Equilibrium> mixedEquilibria() {
        return equilibria.stream().filter(e -> !e.isPure()).toList();
    }
}
