package chipsim.agents.washington;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import chipsim.market.rules.ExportRules;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Washington's export-rules decision: the rule lines it chooses; the actor classifies the
 * catalogue by them and applies the scripted overrides on top.
 *
 * @param licenceAboveTpp TPP from which exports to China need a licence (0..10^15; a line above every chip opens them all)
 * @param banAboveTpp     TPP from which they are banned (0..10^15; a line above every chip opens them all)
 * @param revenueShare    share of licensed China revenue paid to Washington (0..1)
 * @param chinaCapRatio   licensed China units per quarter over the seller's units sold elsewhere; 0 = no cap (0..10)
 * @param enforcement     enforcement against smuggling (0..1)
 * @param reason          why the rules changed, for the trace; empty when they did not
 * @param memory          numbers the decider wants back in its next observation (its own state), by name
 */
public record RulesDecision(double licenceAboveTpp, double banAboveTpp, double revenueShare, double chinaCapRatio,
        double enforcement, String reason, SortedMap<String, Double> memory) implements Decision<WashingtonObservation> {

    public RulesDecision {
        memory = memory == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(memory));
    }

    /** A decision that keeps nothing for the next quarter. */
    public RulesDecision(double licenceAboveTpp, double banAboveTpp, double revenueShare, double chinaCapRatio,
            double enforcement, String reason) {
        this(licenceAboveTpp, banAboveTpp, revenueShare, chinaCapRatio, enforcement, reason, new TreeMap<>());
    }

    /** The same rules, keeping {@code kept} for the next quarter. */
    public RulesDecision withMemory(SortedMap<String, Double> kept) {
        return new RulesDecision(licenceAboveTpp, banAboveTpp, revenueShare, chinaCapRatio, enforcement, reason, kept);
    }

    @Override
    public void check(WashingtonObservation observation, Checks checks) {
        checks.number("licenceAboveTpp", licenceAboveTpp, 0, 1e15);
        checks.number("banAboveTpp", banAboveTpp, 0, 1e15);
        checks.number("revenueShare", revenueShare, 0, 1);
        checks.number("chinaCapRatio", chinaCapRatio, 0, 10);
        checks.number("enforcement", enforcement, 0, 1);
        checks.notNull("reason", reason);
        checks.numbers("memory", memory, memory.keySet(), -1e15, 1e15);
    }

    public static RulesDecision keep(ExportRules rules) {
        return new RulesDecision(rules.licenceAboveTpp(), rules.banAboveTpp(), rules.revenueShare(),
                rules.chinaCapRatio(), rules.enforcement(), "");
    }

    public boolean changed() {
        return !reason.isEmpty();
    }
}
