package chipsim.market.report;

import chipsim.market.Quarter;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exchange's end-of-quarter report: every fill, the book of each chip, the orders the rules
 * voided, and the rules it cleared under.
 */
public record MarketReport(
        String marketId,
        Quarter quarter,
        ExportRules exportRules,
        ImportPolicy importPolicy,
        List<FillRecord> fills,
        SortedMap<String, ChipBook> books,
        List<String> rejections,
        SortedMap<String, Long> messagesSent) implements QuarterReport {

    public MarketReport {
        fills = List.copyOf(fills);
        books = Collections.unmodifiableSortedMap(new TreeMap<>(books));
        rejections = List.copyOf(rejections);
        messagesSent = Collections.unmodifiableSortedMap(new TreeMap<>(messagesSent));
    }

    @Override
    public String participantId() {
        return marketId;
    }
}
