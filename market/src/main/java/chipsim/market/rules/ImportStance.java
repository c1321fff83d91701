package chipsim.market.rules;

/** Beijing's stance on imports of one foreign chip. */
public enum ImportStance {
    /** Every requested unit is approved. */
    ALLOWED,
    /** Approvals share a fixed number of units per quarter among the eligible buyers. */
    QUOTA,
    /** Approved, but buyers are told to avoid it (security guidance): buyers' policies weigh that. */
    DISCOURAGED,
    /** Nothing is approved. */
    BARRED
}
