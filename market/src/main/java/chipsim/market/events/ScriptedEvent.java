package chipsim.market.events;

import chipsim.market.Quarter;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A scripted event of the scenario's timeline, read and checked once with the scenario and
 * delivered to its target at the opening of its quarter. The target applies it from that quarter
 * on (a rule override, a stock change, a new policy); a {@link Rumour} goes to everyone and only
 * moves beliefs. Agents match events by type, never by their text.
 *
 * <p>Every event has its quarter, its target agent id ({@link #EVERYONE} for a public signal) and
 * its text as written in the scenario, for the trace.
 */
public sealed interface ScriptedEvent {

    String EVERYONE = "*";

    Quarter quarter();

    String target();

    String text();

    default boolean isFor(String agentId) {
        return EVERYONE.equals(target()) || target().equals(agentId);
    }

    /** Washington bans exports of a chip to China. */
    record Ban(Quarter quarter, String target, String chipId, String text) implements ScriptedEvent {}

    /** Washington lets a chip go to China without a licence. */
    record Open(Quarter quarter, String target, String chipId, String text) implements ScriptedEvent {}

    /** Washington licenses a chip for China against a share of the revenue (0..1). */
    record License(Quarter quarter, String target, String chipId, double revenueShare, String text)
            implements ScriptedEvent {}

    /** Beijing discourages buying a chip (security guidance). */
    record Discourage(Quarter quarter, String target, String chipId, String text) implements ScriptedEvent {}

    /** Beijing bars imports of a chip. */
    record Bar(Quarter quarter, String target, String chipId, String text) implements ScriptedEvent {}

    /** Beijing allows imports of a chip without conditions. */
    record Allow(Quarter quarter, String target, String chipId, String text) implements ScriptedEvent {}

    /** Beijing approves a quota of a chip, shared by the named buyers (all when empty). */
    record Approve(Quarter quarter, String target, String chipId, long units, List<String> buyers, String text)
            implements ScriptedEvent {
        public Approve {
            buyers = List.copyOf(buyers);
        }
    }

    /** Beijing requires at least this share (0..1) of each buyer's units to be domestic. */
    record RequireDomestic(Quarter quarter, String target, double share, String text) implements ScriptedEvent {}

    /** Huawei's HBM stock changes by this many stacks (never below zero). */
    record HbmStock(Quarter quarter, String target, long deltaStacks, String text) implements ScriptedEvent {}

    /** TSMC's CoWoS capacity changes by this many wafers per quarter (never below zero). */
    record Cowos(Quarter quarter, String target, long deltaWafers, String text) implements ScriptedEvent {}

    /** A public rumour that Washington may ban a chip, believed with this probability (0..1). */
    record Rumour(Quarter quarter, String target, String chipId, double probability, String text)
            implements ScriptedEvent {}

    /** An agent plays another policy, or the same with other parameters, from this quarter on. */
    record SwitchPolicy(Quarter quarter, String target, String policyName, SortedMap<String, Object> params,
            String text) implements ScriptedEvent {
        public SwitchPolicy {
            params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
        }
    }
}
