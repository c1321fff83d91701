package chipsim.agents.washington;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import chipsim.market.rules.ExportRules;

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
 */
public record RulesDecision(double licenceAboveTpp, double banAboveTpp, double revenueShare, double chinaCapRatio,
        double enforcement, String reason) implements Decision<WashingtonObservation> {

    @Override
    public void check(WashingtonObservation observation, Checks checks) {
        checks.number("licenceAboveTpp", licenceAboveTpp, 0, 1e15);
        checks.number("banAboveTpp", banAboveTpp, 0, 1e15);
        checks.number("revenueShare", revenueShare, 0, 1);
        checks.number("chinaCapRatio", chinaCapRatio, 0, 10);
        checks.number("enforcement", enforcement, 0, 1);
        checks.notNull("reason", reason);
    }

    public static RulesDecision keep(ExportRules rules) {
        return new RulesDecision(rules.licenceAboveTpp(), rules.banAboveTpp(), rules.revenueShare(),
                rules.chinaCapRatio(), rules.enforcement(), "");
    }

    public boolean changed() {
        return !reason.isEmpty();
    }
}
