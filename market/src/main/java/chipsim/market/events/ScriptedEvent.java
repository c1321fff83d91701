package chipsim.market.events;

import chipsim.market.Quarter;
import java.util.List;

/**
 * A scripted event of the scenario's timeline, delivered to its target at the opening of its
 * quarter. The target agent applies it from that quarter on (a rule override, a stock change);
 * a signal ({@code target = "*"}) only moves the other agents' beliefs.
 *
 * @param quarter  when it fires
 * @param target   the agent id it is addressed to, or {@code "*"} for a public signal
 * @param action   what happens: ban, license, open, discourage, bar, allow, approve,
 *                 hbm-stock, cowos, rumour-ban
 * @param chipId   the chip concerned, or null
 * @param amount   the number the action needs (a share, a unit count, a probability), or 0
 * @param buyers   buyer ids the action is limited to; empty for all
 * @param text     the event as written in the scenario, for the trace
 */
public record ScriptedEvent(
        Quarter quarter, String target, String action, String chipId, double amount, List<String> buyers,
        String text) {

    public static final String EVERYONE = "*";

    public ScriptedEvent {
        buyers = List.copyOf(buyers);
    }

    public boolean isFor(String agentId) {
        return EVERYONE.equals(target) || target.equals(agentId);
    }
}
