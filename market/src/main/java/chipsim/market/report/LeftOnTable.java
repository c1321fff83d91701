package chipsim.market.report;

/**
 * What a quarter's clearing left on the table: trades both sides wanted, the rules allowed and
 * nobody made (docs/trace.md, diagnostics).
 *
 * @param valueUsd          buyers' unmet units valued at their maximum price, for the units a legal
 *                          seller still held at an ask at or below that price and the buyer's
 *                          remaining budget could pay for
 * @param violatingTriples  (buyer, seller, chip) triples where such a trade was possible
 */
public record LeftOnTable(long valueUsd, int violatingTriples) {

    /** Nothing left: the figure of a quarter that cleared, or of a market that saw no orders. */
    public static final LeftOnTable NONE = new LeftOnTable(0, 0);
}
