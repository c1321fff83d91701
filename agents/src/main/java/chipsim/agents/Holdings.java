package chipsim.agents;

import chipsim.market.report.UnitLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An agent's units per chip and its chip money over the quarter, kept so that the unit ledger the
 * clock checks ({@code start + produced + bought = sold + end + writtenOff}) is a by-product of
 * the bookkeeping, not a second count.
 */
public final class Holdings {

    private static final class Line {
        long start;
        long produced;
        long bought;
        long sold;
        long writtenOff;
        long stock;

        boolean active() {
            return start != 0 || produced != 0 || bought != 0 || sold != 0 || writtenOff != 0 || stock != 0;
        }
    }

    private final String holderId;
    private final SortedMap<String, Line> lines = new TreeMap<>();
    private long receivedUsd;
    private long paidUsd;

    public Holdings(String holderId) {
        this.holderId = holderId;
    }

    private Line line(String chipId) {
        return lines.computeIfAbsent(chipId, c -> new Line());
    }

    /** Sets the starting stock, before the first quarter. */
    public void stock(String chipId, long units) {
        if (units < 0) {
            throw new IllegalArgumentException(holderId + ": stock of " + chipId + " cannot be negative");
        }
        Line line = line(chipId);
        line.stock = units;
    }

    public void openQuarter() {
        for (Line line : lines.values()) {
            line.start = line.stock;
            line.produced = 0;
            line.bought = 0;
            line.sold = 0;
            line.writtenOff = 0;
        }
        receivedUsd = 0;
        paidUsd = 0;
    }

    public void produce(String chipId, long units) {
        Line line = line(chipId);
        line.produced += units;
        line.stock += units;
    }

    public void buy(String chipId, long units) {
        Line line = line(chipId);
        line.bought += units;
        line.stock += units;
    }

    /** Removes sold units; selling more than is held is a bug the invariants must catch, so it is kept visible. */
    public void sell(String chipId, long units) {
        Line line = line(chipId);
        line.sold += units;
        line.stock -= units;
    }

    /** Writes off the whole stock of a chip; returns the units written off. */
    public long writeOff(String chipId) {
        return writeOff(chipId, stock(chipId));
    }

    public long writeOff(String chipId, long units) {
        Line line = line(chipId);
        long taken = Math.min(units, line.stock);
        line.writtenOff += taken;
        line.stock -= taken;
        return taken;
    }

    public long stock(String chipId) {
        Line line = lines.get(chipId);
        return line == null ? 0 : line.stock;
    }

    public SortedMap<String, Long> stockByChip() {
        SortedMap<String, Long> stock = new TreeMap<>();
        lines.forEach((chip, line) -> {
            if (line.stock != 0) {
                stock.put(chip, line.stock);
            }
        });
        return stock;
    }

    public long producedThisQuarter() {
        long total = 0;
        for (Line line : lines.values()) {
            total += line.produced;
        }
        return total;
    }

    public void receive(long usd) {
        receivedUsd += usd;
    }

    public void pay(long usd) {
        paidUsd += usd;
    }

    public long receivedUsd() {
        return receivedUsd;
    }

    public long paidUsd() {
        return paidUsd;
    }

    /** The quarter's ledger lines, one per chip with any stock or movement, in chip order. */
    public List<UnitLedger> closeQuarter() {
        List<UnitLedger> ledgers = new ArrayList<>();
        for (Map.Entry<String, Line> entry : lines.entrySet()) {
            Line line = entry.getValue();
            if (line.active()) {
                ledgers.add(new UnitLedger(holderId, entry.getKey(), line.start, line.produced, line.bought, line.sold,
                        line.stock, line.writtenOff));
            }
        }
        return ledgers;
    }
}
