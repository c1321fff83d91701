package chipsim.runner.output;

import chipsim.market.report.AgentReport;
import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import chipsim.market.rules.ChipImportTerms;
import chipsim.runner.sim.QuarterRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes trace.jsonl: one JSON object per quarter, fields as docs/trace.md lists them. */
public final class TraceWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private TraceWriter() {}

    public static void write(Writer out, List<QuarterRecord> quarters) throws IOException {
        for (QuarterRecord quarter : quarters) {
            out.write(JSON.writeValueAsString(toMap(quarter)));
            out.write('\n');
        }
    }

    static Map<String, Object> toMap(QuarterRecord q) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("quarter", q.quarter().toString());
        Map<String, Object> exportRules = new LinkedHashMap<>();
        exportRules.put("licenceAboveTpp", q.exportRules().licenceAboveTpp());
        exportRules.put("banAboveTpp", q.exportRules().banAboveTpp());
        exportRules.put("revenueShare", q.exportRules().revenueShare());
        exportRules.put("revenueShareByChip", q.exportRules().shareOverrides());
        exportRules.put("chinaCapRatio", q.exportRules().chinaCapRatio());
        exportRules.put("enforcement", q.exportRules().enforcement());
        exportRules.put("statusByChip", lowerCase(q.exportRules().statusByChip()));
        Map<String, Object> importPolicy = new LinkedHashMap<>();
        importPolicy.put("domesticRatio", q.importPolicy().domesticRatio());
        Map<String, Object> terms = new TreeMap<>();
        for (Map.Entry<String, ChipImportTerms> entry : q.importPolicy().byChip().entrySet()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("stance", entry.getValue().stance().name().toLowerCase());
            t.put("quotaUnits", entry.getValue().quotaUnits());
            t.put("eligibleBuyers", List.copyOf(entry.getValue().eligibleBuyers()));
            terms.put(entry.getKey(), t);
        }
        importPolicy.put("byChip", terms);
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("export", exportRules);
        rules.put("import", importPolicy);
        record.put("rules", rules);
        Map<String, Object> prices = new TreeMap<>();
        Map<String, Object> books = new TreeMap<>();
        for (Map.Entry<String, ChipBook> entry : q.books().entrySet()) {
            ChipBook b = entry.getValue();
            prices.put(entry.getKey(), priceOrNull(b.averagePriceUsd()));
            Map<String, Object> book = new LinkedHashMap<>();
            book.put("offeredUnits", b.offeredUnits());
            book.put("offeredChinaUnits", b.offeredChinaUnits());
            book.put("bidUnits", b.bidUnits());
            book.put("bidUnitsAtAsk", b.bidUnitsAtAsk());
            book.put("bidChinaUnits", b.bidChinaUnits());
            book.put("filledUnits", b.filledUnits());
            book.put("filledChinaUnits", b.filledChinaUnits());
            book.put("greyUnits", b.greyUnits());
            book.put("unfilledChinaUnits", b.unfilledChinaUnits());
            book.put("averagePriceUsd", priceOrNull(b.averagePriceUsd()));
            book.put("averageChinaPriceUsd", priceOrNull(b.averageChinaPriceUsd()));
            book.put("lowestAskUsd", priceOrNull(b.lowestAskUsd()));
            books.put(entry.getKey(), book);
        }
        record.put("prices", prices);
        record.put("books", books);
        List<Object> flows = new ArrayList<>();
        for (FillRecord fill : q.fills()) {
            Map<String, Object> flow = new LinkedHashMap<>();
            flow.put("seller", fill.sellerId());
            flow.put("buyer", fill.buyerId());
            flow.put("buyerRegion", fill.buyerRegion().name());
            flow.put("chip", fill.chipId());
            flow.put("units", fill.units());
            flow.put("priceUsd", fill.priceUsd());
            flow.put("channel", fill.channel().name().toLowerCase());
            flow.put("feeUsd", fill.feeUsd());
            flows.add(flow);
        }
        record.put("flows", flows);
        Map<String, Object> agents = new LinkedHashMap<>();
        for (AgentReport agent : q.agents()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("role", agent.role());
            a.put("payoff", agent.payoff());
            a.put("state", agent.state());
            agents.put(agent.agentId(), a);
        }
        record.put("agents", agents);
        record.put("metrics", q.metrics());
        record.put("events", q.events());
        record.put("messages", q.messages());
        return record;
    }

    /** The market reports "no price" as 0; the trace says null, so a reader never averages it in. */
    private static Long priceOrNull(long priceUsd) {
        return priceUsd == 0 ? null : priceUsd;
    }

    private static Map<String, String> lowerCase(Map<String, ? extends Enum<?>> statuses) {
        Map<String, String> lower = new TreeMap<>();
        statuses.forEach((chip, status) -> lower.put(chip, status.name().toLowerCase()));
        return lower;
    }
}
