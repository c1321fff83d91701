package chipsim.runner.scenario;

import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import java.util.Arrays;
import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
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
 * nvidia plays cost-plus with markup=0.5  (a policy switch: the agent plays this from the quarter on)
 * </pre>
 * Each sentence becomes one typed {@link ScriptedEvent} record, checked here once: agents, chips,
 * ranges and whole numbers that fit, so no actor ever parses text.
 */
final class EventParser {

    static final List<String> FORMS = List.of(
            "<washington> bans CHIP", "<washington> opens CHIP", "<washington> licenses CHIP at 25% share",
            "<beijing> discourages CHIP", "<beijing> bars CHIP", "<beijing> allows CHIP",
            "<beijing> approves 400000 CHIP [for buyer,buyer]", "<huawei> hbm-stock +2000000",
            "<tsmc> cowos +20000", "rumour: <washington> may ban CHIP, p=0.6", "<beijing> requires 30% domestic",
            "<agent> plays POLICY [with name=value, name=value]");

    /** The largest change of a stock an event may make: beyond it a long would overflow in the actors. */
    static final long MAX_STOCK_CHANGE = 1_000_000_000_000L;

    private static final Pattern RULE = Pattern.compile("(\\S+) (bans|opens|discourages|bars|allows) (\\S+)");
    private static final Pattern LICENSE = Pattern.compile("(\\S+) licenses (\\S+) at ([0-9.]+)(%?) share");
    private static final Pattern APPROVE = Pattern.compile("(\\S+) approves ([0-9_]+) (\\S+)(?: for (\\S+))?");
    private static final Pattern STOCK = Pattern.compile("(\\S+) (hbm-stock|cowos) ([+-]?[0-9_]+)");
    private static final Pattern RUMOUR = Pattern.compile("rumou?r: (\\S+) may ban (\\S+), p=([0-9.]+)");
    private static final Pattern DOMESTIC = Pattern.compile("(\\S+) requires ([0-9.]+)% domestic");
    private static final Pattern PLAYS = Pattern.compile("(\\S+) plays (\\S+)(?: with (.+))?");
    private static final Pattern SETTING = Pattern.compile("([A-Za-z][A-Za-z0-9]*)=(\\S+)");

    /** Thrown with a message and a hint when a sentence does not fit. */
    static final class BadEvent extends Exception {
        final String hint;

        BadEvent(String message, String hint) {
            super(message);
            this.hint = hint;
        }
    }

    /** Checks a policy switch: null when the policy and its parameters are fine, else the problem. */
    interface PolicyCheck {
        BadEvent check(String role, String policyName, Map<String, Object> params);
    }

    private final Map<String, String> roleById;
    private final Set<String> chipIds;
    private final PolicyCheck policyCheck;

    /** @param roleById every agent id of the scenario and its role */
    EventParser(Map<String, String> roleById, Set<String> chipIds, PolicyCheck policyCheck) {
        this.roleById = roleById;
        this.chipIds = chipIds;
        this.policyCheck = policyCheck;
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
            return new ScriptedEvent.Rumour(quarter, ScriptedEvent.EVERYONE, chip(m.group(2)), p, sentence);
        }
        if ((m = DOMESTIC.matcher(sentence)).matches()) {
            String target = agent(m.group(1), "beijing");
            double share = number(m.group(2), "share") / 100.0;
            if (share < 0 || share > 1) {
                throw new BadEvent("a domestic share of " + m.group(2) + "% is impossible", "write 0% to 100%");
            }
            return new ScriptedEvent.RequireDomestic(quarter, target, share, sentence);
        }
        if ((m = LICENSE.matcher(sentence)).matches()) {
            String target = agent(m.group(1), "washington");
            double share = number(m.group(3), "share") / (m.group(4).isEmpty() ? 1.0 : 100.0);
            if (share < 0 || share > 1) {
                throw new BadEvent("a revenue share of " + m.group(3) + m.group(4) + " is impossible",
                        "write a share between 0% and 100%, e.g. at 25% share");
            }
            return new ScriptedEvent.License(quarter, target, chip(m.group(2)), share, sentence);
        }
        if ((m = APPROVE.matcher(sentence)).matches()) {
            String target = agent(m.group(1), "beijing");
            long units = whole(m.group(2), "units", 0, MAX_STOCK_CHANGE);
            List<String> buyers = m.group(4) == null ? List.of() : Arrays.asList(m.group(4).split(","));
            for (String buyer : buyers) {
                if (!"buyer".equals(roleById.get(buyer))) {
                    throw new BadEvent("'" + buyer + "' is not a buyer of this scenario",
                            "buyers are " + idsOf("buyer"));
                }
            }
            return new ScriptedEvent.Approve(quarter, target, chip(m.group(3)), units, buyers, sentence);
        }
        if ((m = STOCK.matcher(sentence)).matches()) {
            boolean cowos = m.group(2).equals("cowos");
            String target = agent(m.group(1), cowos ? "tsmc" : "huawei");
            long amount = whole(m.group(3), cowos ? "wafers" : "stacks", -MAX_STOCK_CHANGE, MAX_STOCK_CHANGE);
            return cowos ? new ScriptedEvent.Cowos(quarter, target, amount, sentence)
                    : new ScriptedEvent.HbmStock(quarter, target, amount, sentence);
        }
        if ((m = PLAYS.matcher(sentence)).matches()) {
            return policySwitch(quarter, m, sentence);
        }
        if ((m = RULE.matcher(sentence)).matches()) {
            String verb = m.group(2);
            boolean washington = verb.equals("bans") || verb.equals("opens");
            String target = agent(m.group(1), washington ? "washington" : "beijing");
            String chip = chip(m.group(3));
            return switch (verb) {
                case "bans" -> new ScriptedEvent.Ban(quarter, target, chip, sentence);
                case "opens" -> new ScriptedEvent.Open(quarter, target, chip, sentence);
                case "discourages" -> new ScriptedEvent.Discourage(quarter, target, chip, sentence);
                case "bars" -> new ScriptedEvent.Bar(quarter, target, chip, sentence);
                default -> new ScriptedEvent.Allow(quarter, target, chip, sentence);
            };
        }
        throw new BadEvent("cannot read the event '" + text + "'", "write one of: " + String.join(" | ", FORMS));
    }

    private ScriptedEvent policySwitch(Quarter quarter, Matcher m, String sentence) throws BadEvent {
        String target = m.group(1).toLowerCase(Locale.ROOT);
        String role = roleById.get(target);
        if (role == null) {
            throw new BadEvent("'" + m.group(1) + "' is not an agent of this scenario",
                    chipsim.agents.Names.suggestion(target, roleById.keySet().stream().sorted().toList()));
        }
        SortedMap<String, Object> params = new TreeMap<>();
        if (m.group(3) != null) {
            for (String setting : m.group(3).split(",")) {
                Matcher s = SETTING.matcher(setting.trim());
                if (!s.matches()) {
                    throw new BadEvent("cannot read the setting '" + setting.trim() + "'",
                            "write name=value pairs separated by commas, e.g. with markup=0.5, bidPremium=0.1");
                }
                params.put(s.group(1), value(s.group(2)));
            }
        }
        BadEvent problem = policyCheck.check(role, m.group(2), params);
        if (problem != null) {
            throw problem;
        }
        return new ScriptedEvent.SwitchPolicy(quarter, target, m.group(2), params, sentence);
    }

    /** A setting's value as the scenario file would give it: a number, true/false, or text. */
    private static Object value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        try {
            BigDecimal number = new BigDecimal(text.replace("_", ""));
            return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    ? (Object) number.longValueExact() : (Object) number.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
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

    /** A whole number within [min, max], read exactly (no detour through a double). */
    private static long whole(String text, String what, long min, long max) throws BadEvent {
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace("_", "").replace("+", ""));
        } catch (NumberFormatException e) {
            throw new BadEvent("'" + text + "' is not a whole number of " + what, "write digits, e.g. 400000");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new BadEvent(text + " " + what + " is outside " + min + ".." + max,
                    "a scripted change of a stock is at most " + MAX_STOCK_CHANGE + " " + what);
        }
        return value.longValue();
    }
}
