package chipsim.market;

/** Where a buyer sits, which decides which permits a sale to it needs. */
public enum Region {
    /** Mainland China: US chips need Washington's licence (when licensed) and Beijing's import approval. */
    CN,
    /** The United States and allied markets: no permit needed. */
    US,
    /** Third countries (Singapore, Malaysia, Australia): where grey-market brokers buy. */
    OFFSHORE
}
