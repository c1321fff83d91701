package chipsim.market.report;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exchange's end-of-quarter report: every fill, the book of each chip, the orders the rules
 * voided, the rules it cleared under, and the value its clearing left on the table.
 *
 * @param chipsDesigned chips designed during the run so far (not in the scenario's catalogue), in
 *                      the order they were announced: the trace's readers add them to theirs
 */
public record MarketReport(
        String marketId,
        Quarter quarter,
        ExportRules exportRules,
        ImportPolicy importPolicy,
        List<FillRecord> fills,
        SortedMap<String, ChipBook> books,
        List<String> rejections,
        SortedMap<String, Long> messagesSent,
        LeftOnTable leftOnTable,
        List<Chip> chipsDesigned) implements QuarterReport {

    public MarketReport {
        chipsDesigned = chipsDesigned == null ? List.of() : List.copyOf(chipsDesigned);
        fills = List.copyOf(fills);
        books = Collections.unmodifiableSortedMap(new TreeMap<>(books));
        rejections = List.copyOf(rejections);
        messagesSent = Collections.unmodifiableSortedMap(new TreeMap<>(messagesSent));
        leftOnTable = leftOnTable == null ? LeftOnTable.NONE : leftOnTable;
    }

    /** A report of a run in which no chip was designed so far. */
    public MarketReport(String marketId, Quarter quarter, ExportRules exportRules, ImportPolicy importPolicy,
            List<FillRecord> fills, SortedMap<String, ChipBook> books, List<String> rejections,
            SortedMap<String, Long> messagesSent, LeftOnTable leftOnTable) {
        this(marketId, quarter, exportRules, importPolicy, fills, books, rejections, messagesSent, leftOnTable, List.of());
    }

    /** A report whose clearing left nothing on the table. */
    public MarketReport(String marketId, Quarter quarter, ExportRules exportRules, ImportPolicy importPolicy,
            List<FillRecord> fills, SortedMap<String, ChipBook> books, List<String> rejections,
            SortedMap<String, Long> messagesSent) {
        this(marketId, quarter, exportRules, importPolicy, fills, books, rejections, messagesSent, LeftOnTable.NONE);
    }

    @Override
    public String participantId() {
        return marketId;
    }
}
