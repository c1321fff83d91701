package chipsim.runner.game;

/** The one-sentence account of how complete a game's equilibria are, for the terminal. */
public final class EquilibriaSectionText {

    private EquilibriaSectionText() {}

    public static String status(Analysis analysis) {
        return EquilibriaSection.status(analysis);
    }
}
