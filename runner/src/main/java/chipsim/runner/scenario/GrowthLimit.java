package chipsim.runner.scenario;

import chipsim.agents.AgentSpec;
import chipsim.agents.ParamSpec;
import chipsim.agents.Roles;
import java.util.ArrayList;
import java.util.List;

/**
 * How far compound growth may go over a run. Agents count wafers, dies, packaging slots and chips
 * in 64-bit integers and money in dollars; a quantity that grows a million-fold over the run (the
 * baseline's packaging growth of 18% a quarter over 400 quarters is a factor of 10^28) passes what
 * they hold long before it ends, so a scenario whose growth would go past {@link #MAX_FACTOR} is
 * refused before it runs, naming the rate, the horizon and the limit.
 */
public final class GrowthLimit {

    /** A million-fold: the largest set-up counts (10^9) stay far below 2^63 after it. */
    public static final double MAX_FACTOR = 1e6;

    /** One growth rate that goes past the limit over the horizon. */
    public record Excess(String agentId, String key, double rate, String unit, int periods, double factor) {

        public String path() {
            return "agents." + agentId + ".setup." + key;
        }

        public String message(int quarters) {
            return String.format(java.util.Locale.ROOT,
                    "%s = %s (%s) compounds to a factor of %.1e over the %d quarters of the run, more than %.0e",
                    key, chipsim.agents.Names.plain(rate), unit, factor, quarters, MAX_FACTOR);
        }

        public String hint() {
            double largest = Math.pow(MAX_FACTOR, 1.0 / periods) - 1;
            return String.format(java.util.Locale.ROOT,
                    "over %d %s a rate of at most %.4f keeps every count in range; or run fewer quarters",
                    periods, unit.endsWith("year") ? "years" : "quarters", Math.floor(largest * 1e4) / 1e4);
        }
    }

    private GrowthLimit() {}

    /** The set-up growth rates that compound past {@link #MAX_FACTOR} within {@code quarters}. */
    public static List<Excess> check(List<AgentSpec> agents, int quarters) {
        List<Excess> excesses = new ArrayList<>();
        for (AgentSpec agent : agents) {
            for (ParamSpec spec : Roles.setupSpecs(agent.role())) {
                boolean perQuarter = "share per quarter".equals(spec.unit());
                boolean perYear = "share per year".equals(spec.unit());
                if (spec.type() != ParamSpec.Type.NUMBER || !spec.name().endsWith("Growth") || !(perQuarter || perYear)) {
                    continue;
                }
                double rate = agent.setup().number(spec.name());
                int periods = perQuarter ? quarters : (quarters + 3) / 4;
                double factor = Math.pow(1 + rate, periods);
                if (factor > MAX_FACTOR) {
                    excesses.add(new Excess(agent.id(), spec.name(), rate, spec.unit(), periods, factor));
                }
            }
        }
        return excesses;
    }
}
