package chipsim.market.clearing;

import chipsim.market.Channel;
import chipsim.market.ChipCatalogue;
import chipsim.market.Region;
import chipsim.market.report.FillRecord;
import chipsim.market.report.LeftOnTable;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The value a quarter's clearing left on the table (docs/trace.md, diagnostics): a buyer ends with
 * unmet demand and budget left while a seller it may legally buy from ends with unsold stock at an
 * ask at or below the buyer's maximum price (the clearing's own condition for a trade). Legal means
 * both permits, as the clearing reads them after it drew them down: Beijing's import approval for a
 * US chip into China, Washington's licence when the chip is licensed. Grey offers are not legal
 * sellers and are left out.
 *
 * <p>The value is that of the trades a second pass over what is left could make: per chip (in id
 * order) the bids highest maximum price first (ties by buyer id), each taking from the eligible
 * offers most expensive first (ties by seller id), so cheap stock stays for the lower bids that can
 * only afford it; each unit is valued at the bid's maximum price and bounded by the bid's unmet
 * units, the offer's unsold units, the permits left and the buyer's budget left. Pure and
 * order-free: the result depends only on the sets of orders, never on their order in the lists.
 */
public final class MissedTrades {

    /**
     * A bid after clearing.
     *
     * @param region the buyer's region: a buyer in China buys offers into China, others the rest
     */
    public record Want(String buyerId, Region region, String chipId, long maxPriceUsd, long units, long filledUnits) {
        long unmet() {
            return Math.max(0, units - filledUnits);
        }
    }

    /**
     * A legal offer after clearing.
     *
     * @param needsImport  the buyer needs Beijing's import approval (a US chip into China)
     * @param needsLicence the seller needs Washington's licence (the chip is licensed)
     */
    public record Stock(String sellerId, String chipId, long askUsd, long units, long soldUnits, boolean intoChina,
            boolean needsImport, boolean needsLicence) {
        long unsold() {
            return Math.max(0, units - soldUnits);
        }
    }

    /**
     * What is left after clearing that bounds further trades.
     *
     * @param budgetLeftUsd  per buyer; a buyer not listed has no budget bound
     * @param importLeft     per {@link #key}(buyer, chip): import approvals left; absent is 0
     * @param licenceLeft    per {@link #key}(seller, chip): licensed units left; absent is 0
     */
    public record Limits(Map<String, Long> budgetLeftUsd, Map<String, Long> importLeft, Map<String, Long> licenceLeft) {}

    private static final Comparator<Want> HIGHEST_FIRST = Comparator.comparingLong(Want::maxPriceUsd).reversed()
            .thenComparing(Want::buyerId).thenComparingLong(Want::units).thenComparingLong(Want::filledUnits);

    private static final Comparator<Stock> DEAREST_FIRST = Comparator.comparingLong(Stock::askUsd).reversed()
            .thenComparing(Stock::sellerId).thenComparing(Stock::intoChina).thenComparing(Stock::needsImport)
            .thenComparing(Stock::needsLicence).thenComparingLong(Stock::units).thenComparingLong(Stock::soldUnits);

    private MissedTrades() {}

    /** The key of a party's permit for a chip in {@link Limits}. */
    public static String key(String party, String chipId) {
        return party + '\u0000' + chipId;
    }

    public static LeftOnTable measure(List<Want> wants, List<Stock> stocks, Limits limits) {
        Map<String, Long> budget = new HashMap<>(limits.budgetLeftUsd());
        Map<String, Long> imports = new HashMap<>(limits.importLeft());
        Map<String, Long> licences = new HashMap<>(limits.licenceLeft());
        SortedMap<String, List<Want>> wantsByChip = new TreeMap<>();
        for (Want want : wants) {
            if (want.unmet() > 0) {
                wantsByChip.computeIfAbsent(want.chipId(), k -> new ArrayList<>()).add(want);
            }
        }
        Map<String, List<Stock>> stocksByChip = new HashMap<>();
        for (Stock stock : stocks) {
            if (stock.unsold() > 0) {
                stocksByChip.computeIfAbsent(stock.chipId(), k -> new ArrayList<>()).add(stock);
            }
        }
        // Triples are counted against what the clearing left, before any second-pass trade. The
        // permit keys of a chip's wants and stocks are made once, not once per pair they meet in.
        Set<Triple> triples = new HashSet<>();
        for (Map.Entry<String, List<Want>> chip : wantsByChip.entrySet()) {
            List<Stock> chipStocks = stocksByChip.getOrDefault(chip.getKey(), List.of());
            String[] licenceKeys = licenceKeys(chipStocks);
            for (Want want : chip.getValue()) {
                String importKey = key(want.buyerId(), want.chipId());
                for (int s = 0; s < chipStocks.size(); s++) {
                    Stock stock = chipStocks.get(s);
                    if (possible(want, stock, importKey, licenceKeys[s], budget, imports, licences) > 0) {
                        triples.add(new Triple(want.buyerId(), stock.sellerId(), stock.chipId()));
                    }
                }
            }
        }
        long value = 0;
        for (Map.Entry<String, List<Want>> chip : wantsByChip.entrySet()) {
            List<Want> chipWants = new ArrayList<>(chip.getValue());
            List<Stock> chipStocks = new ArrayList<>(stocksByChip.getOrDefault(chip.getKey(), List.of()));
            chipWants.sort(HIGHEST_FIRST);
            chipStocks.sort(DEAREST_FIRST);
            String[] licenceKeys = licenceKeys(chipStocks);
            long[] wantLeft = chipWants.stream().mapToLong(Want::unmet).toArray();
            long[] stockLeft = chipStocks.stream().mapToLong(Stock::unsold).toArray();
            for (int w = 0; w < chipWants.size(); w++) {
                Want want = chipWants.get(w);
                String importKey = key(want.buyerId(), want.chipId());
                for (int s = 0; s < chipStocks.size() && wantLeft[w] > 0; s++) {
                    Stock stock = chipStocks.get(s);
                    long units = Math.min(Math.min(wantLeft[w], stockLeft[s]),
                            possible(want, stock, importKey, licenceKeys[s], budget, imports, licences));
                    if (units <= 0) {
                        continue;
                    }
                    wantLeft[w] -= units;
                    stockLeft[s] -= units;
                    budget.computeIfPresent(want.buyerId(), (b, left) -> left - Math.multiplyExact(units, stock.askUsd()));
                    if (stock.needsImport()) {
                        imports.merge(importKey, -units, Long::sum);
                    }
                    if (stock.needsLicence()) {
                        licences.merge(licenceKeys[s], -units, Long::sum);
                    }
                    value = Math.addExact(value, Math.multiplyExact(units, want.maxPriceUsd()));
                }
            }
        }
        return new LeftOnTable(value, triples.size());
    }

    /** A (buyer, seller, chip) triple left on the table; only how many distinct ones there are is reported. */
    private record Triple(String buyerId, String sellerId, String chipId) {}

    /** Each stock's {@link #key}(seller, chip), in the list's order. */
    private static String[] licenceKeys(List<Stock> stocks) {
        String[] keys = new String[stocks.size()];
        for (int s = 0; s < keys.length; s++) {
            keys[s] = key(stocks.get(s).sellerId(), stocks.get(s).chipId());
        }
        return keys;
    }

    /**
     * Units the buyer could still legally buy from the offer and pay for, ignoring what is left of
     * either order.
     *
     * @param importKey  {@link #key}(buyer, chip) of the want
     * @param licenceKey {@link #key}(seller, chip) of the stock
     */
    private static long possible(Want want, Stock stock, String importKey, String licenceKey, Map<String, Long> budget,
            Map<String, Long> imports, Map<String, Long> licences) {
        boolean buyerInChina = want.region() == Region.CN;
        if (stock.intoChina() != buyerInChina || stock.askUsd() > want.maxPriceUsd()
                || stock.unsold() <= 0 || want.unmet() <= 0) {
            return 0;
        }
        long units = Long.MAX_VALUE;
        Long left = budget.get(want.buyerId());
        if (left != null) {
            units = stock.askUsd() <= 0 ? units : Math.max(0, left) / stock.askUsd();
        }
        if (stock.needsImport()) {
            units = Math.min(units, imports.getOrDefault(importKey, 0L));
        }
        if (stock.needsLicence()) {
            units = Math.min(units, licences.getOrDefault(licenceKey, 0L));
        }
        return Math.max(0, units);
    }

    /**
     * The figure for one quarter's clearing, from its orders, its fills and the permits as the
     * clearing left them (it draws them down as it fills).
     */
    public static LeftOnTable afterClearing(ChipCatalogue catalogue, ExportRules rules, PermitBook permitsLeft,
            List<OfferOrder> offers, List<BidOrder> bids, List<FillRecord> fills) {
        Map<OfferKey, Long> sold = new HashMap<>();
        Map<String, Long> filled = new HashMap<>();
        Map<String, Long> spent = new HashMap<>();
        for (FillRecord fill : fills) {
            sold.merge(offerKey(fill.sellerId(), fill.chipId(), fill.priceUsd(), fill.buyerRegion() == Region.CN,
                    fill.channel()), fill.units(), Long::sum);
            filled.merge(key(fill.buyerId(), fill.chipId()), fill.units(), Long::sum);
            spent.merge(fill.buyerId(), fill.valueUsd(), Long::sum);
        }
        // Offers a seller made twice at one ask and channel are one stock: fills cannot tell them apart.
        Map<OfferKey, OfferOrder> merged = new LinkedHashMap<>();
        for (OfferOrder offer : offers) {
            if (offer.units() <= 0 || offer.channel() == Channel.GREY
                    || Clearing.voidReason(catalogue, rules, permitsLeft, offer).isPresent()) {
                continue;
            }
            merged.merge(offerKey(offer.sellerId(), offer.chipId(), offer.askUsd(), offer.intoChina(), offer.channel()),
                    offer, (a, b) -> new OfferOrder(a.sellerId(), a.chipId(), a.units() + b.units(), a.askUsd(),
                            a.intoChina(), a.channel()));
        }
        List<Stock> stocks = new ArrayList<>();
        Map<String, Long> licenceLeft = new HashMap<>();
        merged.forEach((k, offer) -> {
            boolean licensed = offer.channel() == Channel.LICENSED;
            boolean needsLicence = licensed && rules.status(offer.chipId()) == ExportStatus.LICENSED;
            stocks.add(new Stock(offer.sellerId(), offer.chipId(), offer.askUsd(), offer.units(),
                    sold.getOrDefault(k, 0L), offer.intoChina(), licensed, needsLicence));
            if (needsLicence) {
                licenceLeft.put(key(offer.sellerId(), offer.chipId()),
                        permitsLeft.licenceLeft(offer.sellerId(), offer.chipId()));
            }
        });
        // A buyer's fills of a chip went to its highest bids first, as the clearing fills them.
        List<BidOrder> ordered = new ArrayList<>(bids);
        ordered.sort(Comparator.comparingLong(BidOrder::maxPriceUsd).reversed().thenComparing(BidOrder::buyerId)
                .thenComparingLong(BidOrder::units));
        Map<String, Long> toGive = new HashMap<>(filled);
        Map<String, Long> budget = new HashMap<>();
        Map<String, Long> importLeft = new HashMap<>();
        List<Want> wants = new ArrayList<>();
        for (BidOrder bid : ordered) {
            if (bid.units() <= 0 || catalogue.find(bid.chipId()).isEmpty()) {
                continue;
            }
            String k = key(bid.buyerId(), bid.chipId());
            long given = Math.min(bid.units(), toGive.getOrDefault(k, 0L));
            toGive.merge(k, -given, Long::sum);
            wants.add(new Want(bid.buyerId(), bid.region(), bid.chipId(), bid.maxPriceUsd(), bid.units(), given));
            importLeft.put(k, permitsLeft.importLeft(bid.buyerId(), bid.chipId()));
            if (bid.budgetUsd() != BidOrder.NO_BUDGET) {
                budget.merge(bid.buyerId(), Math.max(0, bid.budgetUsd()), Math::min);
            }
        }
        budget.replaceAll((buyer, usd) -> usd - spent.getOrDefault(buyer, 0L));
        return measure(wants, stocks, new Limits(budget, importLeft, licenceLeft));
    }

    /** What tells one offer's stock from another's: a record, so no text is built per fill and offer. */
    private record OfferKey(String seller, String chip, long ask, boolean intoChina, Channel channel) {}

    private static OfferKey offerKey(String seller, String chip, long ask, boolean intoChina, Channel channel) {
        return new OfferKey(seller, chip, ask, intoChina, channel);
    }
}
