package chipsim.market.report;

/**
 * One agent's chip money over one quarter, USD. Summed over all agents, what buyers paid must
 * equal what sellers kept plus the fees Washington collected: the money invariant.
 *
 * @param paidForChipsUsd      paid to sellers for units bought
 * @param keptFromSalesUsd     received from buyers for units sold, net of fees
 * @param feesCollectedUsd     licence revenue share received (Washington only)
 * @param cashEndUsd           cash (or budget) left at the end of the quarter; never negative
 */
public record MoneyLedger(long paidForChipsUsd, long keptFromSalesUsd, long feesCollectedUsd, long cashEndUsd) {

    public static final MoneyLedger NONE = new MoneyLedger(0, 0, 0, 0);
}
