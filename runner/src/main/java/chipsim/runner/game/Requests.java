package chipsim.runner.game;

import java.util.List;

/**
 * What the user asked about a game beyond its analysis.
 *
 * @param regret     profiles whose regret to report (--regret)
 * @param replicator starts of replicator dynamics (--replicator)
 */
public record Requests(List<GivenProfile> regret, List<GivenProfile> replicator) {

    public static final Requests NONE = new Requests(List.of(), List.of());

    public Requests {
        regret = List.copyOf(regret);
        replicator = List.copyOf(replicator);
    }
}
