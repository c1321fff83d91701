package chipsim.market.clearing;

import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.ProRata;
import chipsim.market.Region;
import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exchange's clearing rule: a posted-price call market per chip, cleared in rounds under each
 * buyer's budget, documented in docs/market.md.
 *
 * <p>Within a round, offers are taken cheapest first (ties: direct, then licensed, then grey; then
 * seller id). Each offer is sold to the bids that may legally buy it and value it at least at its
 * ask, highest maximum price first; bids at the same maximum share by {@link ProRata}. A fill is at
 * the offer's ask. A US chip into China needs Washington's licence when its status is LICENSED
 * (the units and revenue share of the licence apply) and Beijing's import approval in every case;
 * grey offers need neither and go only to buyers who accept grey units.
 *
 * <p>A buyer may bid for more than its budget buys (it over-orders when it expects rationing).
 * Each round gives every buyer's remaining budget to its live bids (those that some offer left
 * could still fill) in proportion to their value at their maximum prices, so the round can never
 * spend more than the budget; budget a round leaves unspent (a chip sold out, a fill below the
 * maximum price) goes to the buyer's other live bids in the next round, in the same quarter.
 * Rounds repeat until one fills nothing (at most {@link #MAX_ROUNDS}). Every round treats all
 * chips and buyers at once, from the state at its start, so the result does not depend on the
 * order of chips or buyers.
 */
public final class Clearing {

    private static final Comparator<OfferOrder> OFFER_ORDER = Comparator
            .comparingLong(OfferOrder::askUsd)
            .thenComparing(OfferOrder::channel)
            .thenComparing(OfferOrder::sellerId)
            .thenComparing(OfferOrder::intoChina);

    private static final Comparator<BidOrder> BID_ORDER = Comparator
            .comparingLong(BidOrder::maxPriceUsd).reversed()
            .thenComparing(BidOrder::buyerId);

    /** Rounds after which the clearing stops even if budget and stock remain (it converges well before). */
    public static final int MAX_ROUNDS = 12;

    private Clearing() {}

    public static ClearingResult clear(ChipCatalogue catalogue, ExportRules rules, PermitBook permits,
            List<OfferOrder> offers, List<BidOrder> bids) {
        List<FillRecord> fills = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        SortedMap<String, List<OfferOrder>> offersByChip = new TreeMap<>();
        SortedMap<String, List<BidOrder>> bidsByChip = new TreeMap<>();
        for (OfferOrder offer : offers) {
            Optional<String> reason = voidReason(catalogue, rules, permits, offer);
            if (reason.isPresent()) {
                rejections.add(offer.sellerId() + " offer of " + offer.units() + " " + offer.chipId()
                        + (offer.intoChina() ? " into China" : "") + ": " + reason.get());
            } else if (offer.units() > 0) {
                offersByChip.computeIfAbsent(offer.chipId(), k -> new ArrayList<>()).add(offer);
            }
        }
        for (BidOrder bid : bids) {
            if (catalogue.find(bid.chipId()).isEmpty()) {
                rejections.add(bid.buyerId() + " bid for unknown chip " + bid.chipId());
            } else if (bid.units() > 0) {
                bidsByChip.computeIfAbsent(bid.chipId(), k -> new ArrayList<>()).add(bid);
            }
        }
        TreeMap<String, Boolean> chips = new TreeMap<>();
        offersByChip.keySet().forEach(c -> chips.put(c, true));
        bidsByChip.keySet().forEach(c -> chips.put(c, true));
        SortedMap<String, ChipState> state = new TreeMap<>();
        for (String chipId : chips.keySet()) {
            List<OfferOrder> chipOffers = new ArrayList<>(offersByChip.getOrDefault(chipId, List.of()));
            List<BidOrder> chipBids = new ArrayList<>(bidsByChip.getOrDefault(chipId, List.of()));
            chipOffers.sort(OFFER_ORDER);
            chipBids.sort(BID_ORDER);
            state.put(chipId, new ChipState(chipOffers, chipBids));
        }
        SortedMap<String, Long> budgets = budgets(bids);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            SortedMap<String, Long> spent = new TreeMap<>();
            boolean filled = false;
            SortedMap<String, Double> scale = roundScale(state, budgets, rules, permits);
            for (ChipState chip : state.values()) {
                int before = chip.fills.size();
                clearRound(rules, permits, chip, scale);
                for (FillRecord fill : chip.fills.subList(before, chip.fills.size())) {
                    spent.merge(fill.buyerId(), fill.valueUsd(), Long::sum);
                    filled = true;
                }
            }
            spent.forEach((buyer, usd) -> budgets.computeIfPresent(buyer, (b, left) -> left - usd));
            if (!filled) {
                break;
            }
        }
        SortedMap<String, ChipBook> books = new TreeMap<>();
        SortedMap<String, Double> bidValueByBuyer = new TreeMap<>();
        for (BidOrder bid : bids) {
            bidValueByBuyer.merge(bid.buyerId(), (double) bid.units() * bid.maxPriceUsd(), Double::sum);
        }
        state.forEach((chipId, chip) -> {
            List<FillRecord> merged = merged(chip.fills);
            fills.addAll(merged);
            books.put(chipId, book(chip.offers, chip.bids, merged, bidValueByBuyer));
        });
        return new ClearingResult(fills, books, rejections);
    }

    /** One chip's orders and what is left of them as the rounds go. */
    private static final class ChipState {
        final List<OfferOrder> offers;
        final List<BidOrder> bids;
        final long[] offerLeft;
        final long[] bidLeft;
        final List<FillRecord> fills = new ArrayList<>();

        ChipState(List<OfferOrder> offers, List<BidOrder> bids) {
            this.offers = offers;
            this.bids = bids;
            this.offerLeft = offers.stream().mapToLong(OfferOrder::units).toArray();
            this.bidLeft = bids.stream().mapToLong(BidOrder::units).toArray();
        }
    }

    /** Each buyer's budget for the quarter: the smallest its bids state. */
    private static SortedMap<String, Long> budgets(List<BidOrder> bids) {
        SortedMap<String, Long> budgets = new TreeMap<>();
        for (BidOrder bid : bids) {
            budgets.merge(bid.buyerId(), Math.max(0, bid.budgetUsd()), Math::min);
        }
        return budgets;
    }

    /**
     * Per buyer, the share of each live bid's remaining units it may take this round: 1 when its
     * remaining budget covers all its live bids at their maximum prices, else budget over that value.
     */
    private static SortedMap<String, Double> roundScale(SortedMap<String, ChipState> state,
            SortedMap<String, Long> budgets, ExportRules rules, PermitBook permits) {
        SortedMap<String, Double> wanted = new TreeMap<>();
        for (ChipState chip : state.values()) {
            for (int b = 0; b < chip.bids.size(); b++) {
                BidOrder bid = chip.bids.get(b);
                long ask = chip.bidLeft[b] > 0 ? dearestLiveAsk(chip, bid, chip.bidLeft[b], rules, permits) : 0;
                if (ask > 0) {
                    // What the bid would cost at the dearest ask it could be filled at this round, not at its
                    // maximum: a budget spread by maximum prices far above the asks would be spent a fraction a
                    // round; no fill is dearer than that ask, so the round still never spends more than R.
                    wanted.merge(bid.buyerId(), (double) chip.bidLeft[b] * ask, Double::sum);
                }
            }
        }
        SortedMap<String, Double> scale = new TreeMap<>();
        wanted.forEach((buyer, value) -> {
            long budget = budgets.getOrDefault(buyer, BidOrder.NO_BUDGET);
            scale.put(buyer, budget == BidOrder.NO_BUDGET || value <= budget ? 1.0 : budget / value);
        });
        return scale;
    }

    /** Whether some offer left of this chip could still fill the bid. */
    /** The dearest ask at which a bid can still be filled this round (offers are cheapest first); 0 if none. */
    private static long dearestLiveAsk(ChipState chip, BidOrder bid, long bidLeft, ExportRules rules,
            PermitBook permits) {
        long dearest = 0;
        for (int o = 0; o < chip.offers.size(); o++) {
            OfferOrder offer = chip.offers.get(o);
            if (offer.askUsd() > bid.maxPriceUsd()) {
                break;
            }
            if (offerLeftNow(rules, permits, offer, chip.offerLeft[o]) > 0
                    && claim(offer, bid, bidLeft, permits, offer.channel() == Channel.LICENSED) > 0) {
                dearest = Math.max(1, offer.askUsd());
            }
        }
        return dearest;
    }

    /** What is left of an offer this round: its units, within the seller's licence where one is needed. */
    private static long offerLeftNow(ExportRules rules, PermitBook permits, OfferOrder offer, long left) {
        boolean needsLicence = offer.channel() == Channel.LICENSED && rules.status(offer.chipId()) == ExportStatus.LICENSED;
        return needsLicence ? Math.min(left, permits.licenceLeft(offer.sellerId(), offer.chipId())) : left;
    }

    /** Fills of one seller to one buyer at one price and channel, over the rounds, as one fill. */
    private static List<FillRecord> merged(List<FillRecord> fills) {
        java.util.LinkedHashMap<String, FillRecord> byKey = new java.util.LinkedHashMap<>();
        for (FillRecord fill : fills) {
            String key = fill.sellerId() + "|" + fill.buyerId() + "|" + fill.priceUsd() + "|" + fill.channel();
            byKey.merge(key, fill, (a, b) -> new FillRecord(a.sellerId(), a.buyerId(), a.buyerRegion(), a.chipId(),
                    a.units() + b.units(), a.priceUsd(), a.channel(), a.feeUsd() + b.feeUsd()));
        }
        return new ArrayList<>(byKey.values());
    }

    /** Why the rules make an offer void, or empty when it may be sold. */
    static Optional<String> voidReason(ChipCatalogue catalogue, ExportRules rules, PermitBook permits,
            OfferOrder offer) {
        Optional<Chip> found = catalogue.find(offer.chipId());
        if (found.isEmpty()) {
            return Optional.of("unknown chip");
        }
        Chip chip = found.get();
        if (!offer.intoChina()) {
            if (offer.channel() != Channel.DIRECT) {
                return Optional.of("outside China only direct sales exist");
            }
            if (chip.chinaOnly()) {
                return Optional.of("a China-only variant has no buyers elsewhere");
            }
            if ("CN".equals(chip.origin())) {
                return Optional.of("Chinese chips are sold in China only (US entity list)");
            }
            return Optional.empty();
        }
        switch (offer.channel()) {
            case GREY:
                return Optional.empty();
            case DIRECT:
                return chip.isUsOrigin()
                        ? Optional.of("a US chip into China must go through the licensed channel")
                        : Optional.empty();
            case LICENSED:
            default:
                if (!chip.isUsOrigin()) {
                    return Optional.of("the licensed channel is for US chips");
                }
                ExportStatus status = rules.status(chip.id());
                if (status == ExportStatus.BANNED) {
                    return Optional.of("banned for export to China");
                }
                if (status == ExportStatus.LICENSED && !permits.hasLicence(offer.sellerId(), chip.id())) {
                    return Optional.of("no export licence this quarter");
                }
                return Optional.empty();
        }
    }

    /** One round of one chip: offers cheapest first, each to the highest bids within this round's caps. */
    private static void clearRound(ExportRules rules, PermitBook permits, ChipState chip,
            SortedMap<String, Double> scale) {
        List<BidOrder> bids = chip.bids;
        long[] cap = new long[bids.size()];
        for (int b = 0; b < bids.size(); b++) {
            double share = scale.getOrDefault(bids.get(b).buyerId(), 0.0);
            cap[b] = share >= 1.0 ? chip.bidLeft[b] : (long) Math.floor(chip.bidLeft[b] * share);
        }
        for (int o = 0; o < chip.offers.size(); o++) {
            OfferOrder offer = chip.offers.get(o);
            boolean licensedChannel = offer.channel() == Channel.LICENSED;
            boolean needsLicence = licensedChannel && rules.status(offer.chipId()) == ExportStatus.LICENSED;
            long offerLeft = offerLeftNow(rules, permits, offer, chip.offerLeft[o]);
            double share = needsLicence ? permits.revenueShare(offer.sellerId(), offer.chipId()) : 0.0;
            int i = 0;
            while (i < bids.size() && offerLeft > 0) {
                long price = bids.get(i).maxPriceUsd();
                if (price < offer.askUsd()) {
                    break;
                }
                int groupEnd = i;
                while (groupEnd < bids.size() && bids.get(groupEnd).maxPriceUsd() == price) {
                    groupEnd++;
                }
                long[] claims = new long[groupEnd - i];
                for (int b = i; b < groupEnd; b++) {
                    claims[b - i] = claim(offer, bids.get(b), cap[b], permits, licensedChannel);
                }
                long[] given = ProRata.allocate(offerLeft, claims);
                for (int b = i; b < groupEnd; b++) {
                    long units = given[b - i];
                    if (units == 0) {
                        continue;
                    }
                    BidOrder bid = bids.get(b);
                    cap[b] -= units;
                    chip.bidLeft[b] -= units;
                    offerLeft -= units;
                    chip.offerLeft[o] -= units;
                    if (licensedChannel) {
                        permits.useImport(bid.buyerId(), offer.chipId(), units);
                    }
                    if (needsLicence) {
                        permits.useLicence(offer.sellerId(), offer.chipId(), units);
                    }
                    long value = Math.multiplyExact(units, offer.askUsd());
                    long fee = (long) Math.floor(value * share);
                    chip.fills.add(new FillRecord(offer.sellerId(), bid.buyerId(), bid.region(), offer.chipId(), units,
                            offer.askUsd(), offer.channel(), fee));
                }
                i = groupEnd;
            }
        }
    }

    /** Units a bid can legally take from an offer. */
    private static long claim(OfferOrder offer, BidOrder bid, long bidLeft, PermitBook permits,
            boolean licensedChannel) {
        boolean buyerInChina = bid.region() == Region.CN;
        if (bidLeft <= 0 || offer.intoChina() != buyerInChina) {
            return 0;
        }
        if (offer.channel() == Channel.GREY && !bid.acceptsGrey()) {
            return 0;
        }
        if (licensedChannel) {
            return Math.max(0, Math.min(bidLeft, permits.importLeft(bid.buyerId(), offer.chipId())));
        }
        return bidLeft;
    }

    private static ChipBook book(List<OfferOrder> offers, List<BidOrder> bids, List<FillRecord> fills,
            Map<String, Double> bidValueByBuyer) {
        long offered = 0;
        long offeredChina = 0;
        long offeredChinaLegal = 0;
        long lowestAsk = 0;
        for (OfferOrder offer : offers) {
            offered += offer.units();
            if (offer.intoChina()) {
                offeredChina += offer.units();
                if (offer.channel() != Channel.GREY) {
                    offeredChinaLegal += offer.units();
                }
            }
            if (offer.channel() != Channel.GREY && (lowestAsk == 0 || offer.askUsd() < lowestAsk)) {
                lowestAsk = offer.askUsd();
            }
        }
        // The chip's main legal market, where its clearing price is read: outside China where it is
        // offered there, else its legal (licensed or domestic) market in China. Grey offers and the
        // other region's bids cannot meet a seller's offer there, so they do not set its price.
        boolean mainIsChina = offered - offeredChina <= 0;
        long offeredMain = mainIsChina ? offeredChinaLegal : offered - offeredChina;
        List<BidOrder> mainBids = new ArrayList<>();
        long bid = 0;
        long topBid = 0;
        long bidAtAsk = 0;
        long bidChina = 0;
        for (BidOrder order : bids) {
            bid += order.units();
            if ((order.region() == Region.CN) == mainIsChina) {
                mainBids.add(order);
                topBid = Math.max(topBid, order.maxPriceUsd());
            }
            if (lowestAsk > 0 && order.maxPriceUsd() >= lowestAsk) {
                bidAtAsk += order.units();
            }
            if (order.region() == Region.CN) {
                bidChina += order.units();
            }
        }
        long filled = 0;
        long filledChina = 0;
        long grey = 0;
        long value = 0;
        long chinaLegalUnits = 0;
        long chinaLegalValue = 0;
        long mainFilled = 0;
        long dearestMainFill = 0;
        for (FillRecord fill : fills) {
            filled += fill.units();
            value += fill.valueUsd();
            if (fill.buyerRegion() == Region.CN) {
                filledChina += fill.units();
            }
            if (fill.channel() == Channel.GREY) {
                grey += fill.units();
            } else if (fill.buyerRegion() == Region.CN) {
                chinaLegalUnits += fill.units();
                chinaLegalValue += fill.valueUsd();
            }
            if (fill.channel() != Channel.GREY && (fill.buyerRegion() == Region.CN) == mainIsChina) {
                mainFilled += fill.units();
                dearestMainFill = Math.max(dearestMainFill, fill.priceUsd());
            }
        }
        long clearingPrice = ClearingPrice.of(offeredMain, mainBids, bidValueByBuyer);
        if (offeredMain > 0 && mainFilled >= offeredMain) {
            // Every unit on offer there sold at asks up to this one: the bids took them all at it, so
            // demand there is at least the units offered at that price, whatever the budget
            // apportionment of ClearingPrice says (the rounds move budget a failed bid frees).
            clearingPrice = Math.max(clearingPrice, dearestMainFill);
        }
        long averagePrice = filled > 0 ? value / filled : lowestAsk;
        long averageChinaPrice = chinaLegalUnits > 0 ? chinaLegalValue / chinaLegalUnits : 0;
        return new ChipBook(offered, offeredChina, bid, bidAtAsk, bidChina, filled, filledChina, grey,
                bidChina - filledChina, averagePrice, averageChinaPrice, lowestAsk,
                clearingPrice, topBid);
    }
}
