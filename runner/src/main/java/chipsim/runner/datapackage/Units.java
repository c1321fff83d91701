package chipsim.runner.datapackage;

/** The units chipsim's columns are in (docs/trace.md); the report formats each its own way. */
public final class Units {

    /** US dollars. */
    public static final String USD = "USD";
    /** Compute in H100-equivalents (docs/model.md, effective compute). */
    public static final String H100E = "H100e";
    /** Chips. */
    public static final String CHIPS = "units";
    /** A fraction from 0 to 1. */
    public static final String SHARE = "share";
    /** CoWoS wafers per quarter. */
    public static final String WAFERS = "wafers";
    /** A count of things that are not chips: messages, runs. */
    public static final String COUNT = "count";
    /** A payoff in its agent's own scenario weights. */
    public static final String PAYOFF = "payoff";
    /** Text, flags and identifiers. */
    public static final String NONE = "";

    private Units() {}
}
