package chipsim.market.protocol;

/** The phases of a quarter, in the order the clock runs them (DESIGN.md, "The quarter protocol"). */
public enum Phase {
    /** Once per run: every participant learns the directory of the others. */
    SETUP,
    OPEN,
    POLICY,
    SUPPLY,
    PERMITS,
    TRADE,
    CLOSE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
