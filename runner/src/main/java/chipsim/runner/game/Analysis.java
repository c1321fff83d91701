package chipsim.runner.game;

import chipsim.runner.analysis.equilibria.LogitPath;
import java.util.List;
import java.util.Optional;

/**
 * Everything chipsim says about a game: the facts of each profile, dominance, IESDS, the
 * equilibria and their components, strategies that make no difference, the logit quantal
 * response path and, for a simulated game, how robust the equilibria are to the noise in the cells.
 *
 * @param equilibria   pure equilibria first, then mixed ones (for two players: every extreme equilibrium)
 * @param components   indices into equilibria, one list per component; a list of several is a
 *                     continuum: every mixture of its members that shares a player's strategy is an equilibrium too
 * @param mixed        how complete the list of equilibria is
 * @param method       how they were found, for the reader
 * @param equivalences strategies that give every player the same payoffs
 * @param qre          the logit path, unless the game is too large to trace
 * @param robustness   one per equilibrium for a game with intervals; empty otherwise
 * @param possible     profiles that are not equilibria at the means but could be within the intervals
 */
public record Analysis(Game game, List<ProfileFacts> profiles, List<Dominance.Domination> dominated,
        Dominance.Iesds iesds, List<Equilibrium> equilibria, List<List<Integer>> components, MixedStatus mixed,
        String method, List<OutcomeEquivalence> equivalences, Optional<LogitPath.Result> qre,
        List<Robustness> robustness, List<Integer> possible) {

    /** Profiles above which the logit path is not traced (each Newton step costs profiles x strategies^2). */
    public static final int MAX_QRE_PROFILES = 1024;

    /** How completely the equilibria were found. */
    public enum MixedStatus {
        /** Two players: every extreme equilibrium, exactly, and the components they span. */
        COMPLETE,
        /** Two players with a best-response polytope too large to enumerate: pure equilibria only. */
        TOO_LARGE,
        /** Two strategies per player: every equilibrium to 1e-7, by subdivision. */
        COMPLETE_NUMERIC,
        /** Two strategies per player with a continuum of equilibria somewhere: the isolated ones are listed. */
        CONTINUUM,
        /** More strategies: equilibria found by a search over supports, each verified, the list not known complete. */
        SEARCHED
    }

    public static Analysis of(Game game) {
        List<ProfileFacts> profiles = PureAnalysis.of(game);
        Dominance.Iesds iesds = Dominance.iesds(game);
        EquilibriumFinder.Found found = EquilibriumFinder.find(game, iesds);
        List<Equilibrium> equilibria = found.equilibria();
        Optional<LogitPath.Result> qre = game.profileCount() <= MAX_QRE_PROFILES
                ? Optional.of(LogitPath.trace(EquilibriumFinder.numeric(game))) : Optional.empty();
        List<Robustness> robustness = game.hasIntervals() ? Robustness.of(game, equilibria) : List.of();
        List<Integer> possible = game.hasIntervals() ? Robustness.possibleEquilibria(game, profiles) : List.of();
        return new Analysis(game, profiles, Dominance.dominated(game), iesds, equilibria, found.components(),
                found.status(), found.note(), OutcomeEquivalence.of(game), qre, robustness, possible);
    }

    public List<Equilibrium> pureEquilibria() {
        return equilibria.stream().filter(Equilibrium::isPure).toList();
    }

    public List<Equilibrium> mixedEquilibria() {
        return equilibria.stream().filter(e -> !e.isPure()).toList();
    }

    /** The component an equilibrium belongs to. */
    public List<Integer> componentOf(int equilibrium) {
        return components.stream().filter(c -> c.contains(equilibrium)).findFirst().orElse(List.of(equilibrium));
    }
}
