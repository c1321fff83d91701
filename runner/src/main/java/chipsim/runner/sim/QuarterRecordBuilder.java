package chipsim.runner.sim;

import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.report.AgentReport;
import chipsim.market.report.MarketReport;
import chipsim.market.report.PublicState;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Puts one quarter's reports together into its trace record. */
final class QuarterRecordBuilder {

    private QuarterRecordBuilder() {}

    static QuarterRecord build(Quarter quarter, RunPlan plan, MarketReport market, PublicState outcome,
            List<AgentReport> agents, Metrics metrics, SortedMap<String, Long> clockMessages) {
        SortedMap<String, Long> messages = new TreeMap<>(clockMessages);
        market.messagesSent().forEach((type, count) -> messages.merge(type, count, Long::sum));
        for (AgentReport agent : agents) {
            agent.messagesSent().forEach((type, count) -> messages.merge(type, count, Long::sum));
        }
        long total = messages.values().stream().mapToLong(Long::longValue).sum();
        List<String> events = new ArrayList<>();
        for (ScriptedEvent event : plan.eventsAt(quarter)) {
            events.add("scripted: " + event.text());
        }
        for (AgentReport agent : agents) {
            events.addAll(agent.events());
        }
        for (String rejection : market.rejections()) {
            events.add("market: voided " + rejection);
        }
        List<chipsim.market.report.DecisionLine> lines = new ArrayList<>();
        agents.forEach(agent -> lines.addAll(agent.decisions()));
        lines.sort(chipsim.market.report.DecisionLine.FILE_ORDER);
        return new QuarterRecord(quarter, market.exportRules(), market.importPolicy(), market.books(), market.fills(),
                agents, metrics.quarterMetrics(outcome, market, agents, plan.buyerRegions(), total), events, messages,
                lines.stream().map(chipsim.market.report.DecisionLine::json).toList());
    }
}
