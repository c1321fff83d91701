package chipsim.runner.scenario;

import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the scripted events of a timeline, written as short sentences (docs/scenarios.md lists
 * them all):
 * <pre>
 * washington bans H20                     washington opens H20
 * washington licenses H200 at 25% share   beijing discourages H20 | bars H20 | allows H20
 * beijing approves 400000 H200 for bytedance,alibaba,tencent
 * huawei hbm-stock +2000000               tsmc cowos +20000
 * rumour: washington may ban H20, p=0.6    beijing requires 30% domestic
 * </pre>
 */
final class EventParser {

    static final List<String> FORMS = List.of(
            "<washington> bans CHIP", "<washington> opens CHIP", "<washington> licenses CHIP at 25% share",
            "<beijing> discourages CHIP", "<beijing> bars CHIP", "<beijing> allows CHIP",
            "<beijing> approves 400000 CHIP [for buyer,buyer]", "<huawei> hbm-stock +2000000",
            "<tsmc> cowos +20000", "rumour: <washington> may ban CHIP, p=0.6", "<beijing> requires 30% domestic");

    private static final Pattern RULE = Pattern.compile("(\\S+) (bans|opens|discourages|bars|allows) (\\S+)");
    private static final Pattern LICENSE = Pattern.compile("(\\S+) licenses (\\S+) at ([0-9.]+)(%?) share");
    private static final Pattern APPROVE = Pattern.compile("(\\S+) approves ([0-9_]+) (\\S+)(?: for (\\S+))?");
    private static final Pattern STOCK = Pattern.compile("(\\S+) (hbm-stock|cowos) ([+-]?[0-9_]+)");
    private static final Pattern RUMOUR = Pattern.compile("rumou?r: (\\S+) may ban (\\S+), p=([0-9.]+)");
    private static final Pattern DOMESTIC = Pattern.compile("(\\S+) requires ([0-9.]+)% domestic");

    /** Thrown with a message and a hint when a sentence does not fit. */
    static final class BadEvent extends Exception {
        final String hint;

        BadEvent(String message, String hint) {
            super(message);
            this.hint = hint;
        }
    }

    private final Map<String, String> roleById;
    private final Set<String> chipIds;

    /** @param roleById every agent id of the scenario and its role */
    EventParser(Map<String, String> roleById, Set<String> chipIds) {
        this.roleById = roleById;
        this.chipIds = chipIds;
    }

    ScriptedEvent parse(Quarter quarter, String text) throws BadEvent {
        String sentence = text.trim().replaceAll("\\s+", " ");
        Matcher m;
        if ((m = RUMOUR.matcher(sentence)).matches()) {
            agent(m.group(1), "washington");
            double p = number(m.group(3), "p");
            if (p < 0 || p > 1) {
                throw new BadEvent("p=" + m.group(3) + " is not a probability", "write p between 0 and 1, e.g. p=0.6");
            }
            return new ScriptedEvent(quarter, ScriptedEvent.EVERYONE, "rumour-ban", chip(m.group(2)), p, List.of(), sentence);
        }
        if ((m = DOMESTIC.matcher(sentence)).matches()) {
            String target = agent(m.group(1), "beijing");
            double share = number(m.group(2), "share") / 100.0;
            if (share < 0 || share > 1) {
                throw new BadEvent("a domestic share of " + m.group(2) + "% is impossible", "write 0% to 100%");
            }
            return new ScriptedEvent(quarter, target, "domestic-ratio", null, share, List.of(), sentence);
        }
        if ((m = LICENSE.matcher(sentence)).matches()) {
            String target = agent(m.group(1), "washington");
            double share = number(m.group(3), "share") / (m.group(4).isEmpty() ? 1.0 : 100.0);
            if (share < 0 || share > 1) {
                throw new BadEvent("a revenue share of " + m.group(3) + m.group(4) + " is impossible",
                        "write a share between 0% and 100%, e.g. at 25% share");
            }
            return new ScriptedEvent(quarter, target, "license", chip(m.group(2)), share, List.of(), sentence);
        }
        if ((m = APPROVE.matcher(sentence)).matches()) {
            String target = agent(m.group(1), "beijing");
            double units = number(m.group(2).replace("_", ""), "units");
            List<String> buyers = m.group(4) == null ? List.of() : Arrays.asList(m.group(4).split(","));
            for (String buyer : buyers) {
                if (!"buyer".equals(roleById.get(buyer))) {
                    throw new BadEvent("'" + buyer + "' is not a buyer of this scenario",
                            "buyers are " + idsOf("buyer"));
                }
            }
            return new ScriptedEvent(quarter, target, "approve", chip(m.group(3)), units, buyers, sentence);
        }
        if ((m = STOCK.matcher(sentence)).matches()) {
            String kind = m.group(2);
            String target = agent(m.group(1), kind.equals("cowos") ? "tsmc" : "huawei");
            double amount = number(m.group(3).replace("_", "").replace("+", ""), "amount");
            return new ScriptedEvent(quarter, target, kind, null, amount, List.of(), sentence);
        }
        if ((m = RULE.matcher(sentence)).matches()) {
            String verb = m.group(2);
            String action = switch (verb) {
                case "bans" -> "ban";
                case "opens" -> "open";
                case "discourages" -> "discourage";
                case "bars" -> "bar";
                default -> "allow";
            };
            String role = action.equals("ban") || action.equals("open") ? "washington" : "beijing";
            return new ScriptedEvent(quarter, agent(m.group(1), role), action, chip(m.group(3)), 0, List.of(), sentence);
        }
        throw new BadEvent("cannot read the event '" + text + "'", "write one of: " + String.join(" | ", FORMS));
    }

    /** The agent id an event names, which must play {@code role}; a role name stands for its one agent. */
    private String agent(String name, String role) throws BadEvent {
        String lower = name.toLowerCase(Locale.ROOT);
        if (role.equals(roleById.get(lower))) {
            return lower;
        }
        List<String> ids = idsOf(role);
        if (lower.equals(role) && ids.size() == 1) {
            return ids.get(0);
        }
        throw new BadEvent("'" + name + "' is not the " + role + " agent of this scenario",
                "this event is for " + (ids.isEmpty() ? "a " + role + " agent" : String.join(" or ", ids)));
    }

    private List<String> idsOf(String role) {
        return roleById.entrySet().stream().filter(e -> e.getValue().equals(role)).map(Map.Entry::getKey).sorted().toList();
    }

    private String chip(String id) throws BadEvent {
        if (!chipIds.contains(id)) {
            throw new BadEvent("unknown chip '" + id + "'", chipIds.isEmpty() ? "add it to chips:"
                    : chipSuggestion(id));
        }
        return id;
    }

    private String chipSuggestion(String id) {
        return chipsim.agents.Names.suggestion(id, chipIds.stream().sorted().toList());
    }

    private static double number(String text, String what) throws BadEvent {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadEvent("'" + text + "' is not a number for " + what, "write digits, e.g. 400000");
        }
    }
}
