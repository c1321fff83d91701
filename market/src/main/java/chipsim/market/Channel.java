package chipsim.market;

/** How a unit reached its buyer. */
public enum Channel {
    /** A sale that needed no permit: US buyers, offshore buyers, domestic chips in China. */
    DIRECT,
    /** A sale of a US chip into China under both Washington's export terms and Beijing's approval. */
    LICENSED,
    /** A broker's resale into China of a chip bought abroad, outside both permit systems. */
    GREY
}
