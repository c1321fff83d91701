package chipsim.market.rules;

/** Washington's treatment of one US chip for buyers in China. */
public enum ExportStatus {
    /** Exports need no licence (Beijing's import approval is still needed). */
    OPEN,
    /** Exports need a licence: volume-capped, with a share of the revenue paid to Washington. */
    LICENSED,
    /** No exports to China at all. */
    BANNED
}
