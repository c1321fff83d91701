package chipsim.agents.washington;

import chipsim.market.rules.ExportRules;

/**
 * The rule lines a Washington policy chooses; the actor classifies the catalogue by them and
 * applies the scripted overrides on top.
 *
 * @param reason why the rules changed, for the trace; empty when they did not
 */
public record RulesDecision(double licenceAboveTpp, double banAboveTpp, double revenueShare, double chinaCapRatio,
        double enforcement, String reason) {

    public static RulesDecision keep(ExportRules rules) {
        return new RulesDecision(rules.licenceAboveTpp(), rules.banAboveTpp(), rules.revenueShare(),
                rules.chinaCapRatio(), rules.enforcement(), "");
    }

    public boolean changed() {
        return !reason.isEmpty();
    }
}
