package chipsim.market.report;

/** What a participant answers to the close of a quarter. */
public sealed interface QuarterReport permits AgentReport, MarketReport {

    String participantId();
}
