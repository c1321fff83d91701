package chipsim.runner.game;

/**
 * What is true of one pure profile.
 *
 * @param index         the profile's number in the game
 * @param bestResponse  per player: is its strategy a best response to the others' strategies here
 * @param regret        the largest gain any one player gets by changing its own strategy alone (0 at an equilibrium)
 * @param deviation     who gains that much and by switching to what; null when the regret is 0
 * @param nash          no player gains by deviating alone
 * @param paretoOptimal no other profile is at least as good for every player and better for one
 */
public record ProfileFacts(int index, boolean[] bestResponse, Rational regret, Deviation deviation, boolean nash,
        boolean paretoOptimal) {

    /** Player {@code player} gains {@code gain} by switching to {@code strategy}. */
    public record Deviation(int player, int strategy, Rational gain) {}
}
