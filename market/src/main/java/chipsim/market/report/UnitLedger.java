package chipsim.market.report;

/**
 * One holder's units of one chip over one quarter. The invariant the clock checks every quarter:
 * {@code start + produced + bought = sold + end + writtenOff}, and no term negative.
 */
public record UnitLedger(
        String holderId, String chipId, long startUnits, long producedUnits, long boughtUnits, long soldUnits,
        long endUnits, long writtenOffUnits) {

    public boolean balances() {
        return startUnits + producedUnits + boughtUnits == soldUnits + endUnits + writtenOffUnits;
    }

    public boolean anyNegative() {
        return startUnits < 0 || producedUnits < 0 || boughtUnits < 0 || soldUnits < 0 || endUnits < 0
                || writtenOffUnits < 0;
    }
}
