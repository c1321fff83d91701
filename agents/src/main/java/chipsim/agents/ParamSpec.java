package chipsim.agents;

/**
 * One documented parameter of a policy or of an agent's set-up: what `chipsim policies` lists and
 * what scenario validation checks.
 *
 * @param name          key in the scenario
 * @param type          what values it takes
 * @param defaultValue  used when the scenario leaves it out; null means required
 * @param min           smallest allowed number (inclusive), or null
 * @param max           largest allowed number (inclusive), or null
 * @param unit          unit of the value ("USD", "units/quarter", "share 0..1"), or "" for none
 * @param description   one line: what it means
 */
public record ParamSpec(String name, Type type, Object defaultValue, Double min, Double max, String unit,
        String description) {

    public enum Type {
        NUMBER, INTEGER, BOOLEAN, TEXT,
        /** chip id (or year) to number */
        NUMBER_MAP,
        TEXT_LIST
    }

    public static ParamSpec number(String name, double defaultValue, double min, double max, String unit,
            String description) {
        return new ParamSpec(name, Type.NUMBER, defaultValue, min, max, unit, description);
    }

    public static ParamSpec integer(String name, long defaultValue, long min, long max, String unit,
            String description) {
        return new ParamSpec(name, Type.INTEGER, defaultValue, (double) min, (double) max, unit, description);
    }

    public static ParamSpec flag(String name, boolean defaultValue, String description) {
        return new ParamSpec(name, Type.BOOLEAN, defaultValue, null, null, "", description);
    }

    public static ParamSpec text(String name, String defaultValue, String description) {
        return new ParamSpec(name, Type.TEXT, defaultValue, null, null, "", description);
    }

    /** A map such as chip id to units; each value must lie in [min, max]. */
    public static ParamSpec numberMap(String name, double min, double max, String unit, String description) {
        return new ParamSpec(name, Type.NUMBER_MAP, java.util.Map.of(), min, max, unit, description);
    }

    public static ParamSpec textList(String name, String description) {
        return new ParamSpec(name, Type.TEXT_LIST, java.util.List.of(), null, null, "", description);
    }
}
