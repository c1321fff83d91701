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
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exchange's clearing rule: a posted-price call market per chip, documented in docs/market.md.
 *
 * <p>Offers are taken cheapest first (ties: direct, then licensed, then grey; then seller id).
 * Each offer is sold to the bids that may legally buy it and value it at least at its ask, highest
 * maximum price first; bids at the same maximum share by {@link ProRata}. A fill is at the offer's
 * ask. A US chip into China needs Washington's licence when its status is LICENSED (the units and
 * revenue share of the licence apply) and Beijing's import approval in every case; grey offers
 * need neither and go only to buyers who accept grey units.
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
        SortedMap<String, ChipBook> books = new TreeMap<>();
        TreeMap<String, Boolean> chips = new TreeMap<>();
        offersByChip.keySet().forEach(c -> chips.put(c, true));
        bidsByChip.keySet().forEach(c -> chips.put(c, true));
        for (String chipId : chips.keySet()) {
            List<OfferOrder> chipOffers = new ArrayList<>(offersByChip.getOrDefault(chipId, List.of()));
            List<BidOrder> chipBids = new ArrayList<>(bidsByChip.getOrDefault(chipId, List.of()));
            chipOffers.sort(OFFER_ORDER);
            chipBids.sort(BID_ORDER);
            int firstFill = fills.size();
            clearChip(rules, permits, chipOffers, chipBids, fills);
            books.put(chipId, book(chipOffers, chipBids, fills.subList(firstFill, fills.size())));
        }
        return new ClearingResult(fills, books, rejections);
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

    private static void clearChip(ExportRules rules, PermitBook permits, List<OfferOrder> offers,
            List<BidOrder> bids, List<FillRecord> fills) {
        long[] bidLeft = new long[bids.size()];
        for (int i = 0; i < bids.size(); i++) {
            bidLeft[i] = bids.get(i).units();
        }
        for (OfferOrder offer : offers) {
            boolean licensedChannel = offer.channel() == Channel.LICENSED;
            boolean needsLicence = licensedChannel && rules.status(offer.chipId()) == ExportStatus.LICENSED;
            long offerLeft = needsLicence
                    ? Math.min(offer.units(), permits.licenceLeft(offer.sellerId(), offer.chipId()))
                    : offer.units();
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
                    claims[b - i] = claim(offer, bids.get(b), bidLeft[b], permits, licensedChannel);
                }
                long[] given = ProRata.allocate(offerLeft, claims);
                for (int b = i; b < groupEnd; b++) {
                    long units = given[b - i];
                    if (units == 0) {
                        continue;
                    }
                    BidOrder bid = bids.get(b);
                    bidLeft[b] -= units;
                    offerLeft -= units;
                    if (licensedChannel) {
                        permits.useImport(bid.buyerId(), offer.chipId(), units);
                    }
                    if (needsLicence) {
                        permits.useLicence(offer.sellerId(), offer.chipId(), units);
                    }
                    long value = Math.multiplyExact(units, offer.askUsd());
                    long fee = (long) Math.floor(value * share);
                    fills.add(new FillRecord(offer.sellerId(), bid.buyerId(), bid.region(), offer.chipId(), units,
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

    private static ChipBook book(List<OfferOrder> offers, List<BidOrder> bids, List<FillRecord> fills) {
        long offered = 0;
        long offeredChina = 0;
        long lowestAsk = 0;
        for (OfferOrder offer : offers) {
            offered += offer.units();
            if (offer.intoChina()) {
                offeredChina += offer.units();
            }
            if (offer.channel() != Channel.GREY && (lowestAsk == 0 || offer.askUsd() < lowestAsk)) {
                lowestAsk = offer.askUsd();
            }
        }
        long bid = 0;
        long bidAtAsk = 0;
        long bidChina = 0;
        for (BidOrder order : bids) {
            bid += order.units();
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
        }
        long averagePrice = filled > 0 ? value / filled : lowestAsk;
        long averageChinaPrice = chinaLegalUnits > 0 ? chinaLegalValue / chinaLegalUnits : 0;
        return new ChipBook(offered, offeredChina, bid, bidAtAsk, bidChina, filled, filledChina, grey,
                bidChina - filledChina, averagePrice, averageChinaPrice, lowestAsk);
    }
}
