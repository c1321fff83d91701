package chipsim.agents.broker;

import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a broker sees.
 *
 * @param smuggleable         US chips China cannot get legally this quarter (banned or barred) that are sold abroad
 * @param stock               units held abroad per chip
 * @param unitCostUsd         average landed cost per chip of the units held (price paid plus route cost), USD
 * @param markup              its current markup over cost
 * @param soldOutLastQuarter  per chip, whether its grey offers sold out last quarter
 * @param seizureProbability  chance each unit held is seized this quarter (enforcement x detection)
 * @param h100eByChip         every chip's effective compute per unit, H100-equivalents
 * @param routeCostUsdPerUnit what its route adds to each unit it buys (transport, fronts, hosting), USD
 * @param capacityLeftH100e   room left in its hosting capacity, H100e ({@link #NO_CAPACITY_LIMIT} when it has no limit)
 * @param lastAskUsd          per chip, the ask of its grey offer last quarter, USD (chips it did not offer are absent)
 */
public record BrokerObservation(Quarter quarter, long cashUsd, List<String> smuggleable, SortedMap<String, Long> stock,
        SortedMap<String, Long> unitCostUsd, double markup, SortedMap<String, Boolean> soldOutLastQuarter,
        double seizureProbability, PublicState last, SortedMap<String, Double> h100eByChip, long routeCostUsdPerUnit,
        double capacityLeftH100e, SortedMap<String, Long> lastAskUsd) {

    /** The capacity a broker with no hosting limit (a smuggler) reports. */
    public static final double NO_CAPACITY_LIMIT = 1e15;

    public BrokerObservation {
        smuggleable = List.copyOf(smuggleable);
        stock = Collections.unmodifiableSortedMap(new TreeMap<>(stock));
        unitCostUsd = Collections.unmodifiableSortedMap(new TreeMap<>(unitCostUsd));
        soldOutLastQuarter = Collections.unmodifiableSortedMap(new TreeMap<>(soldOutLastQuarter));
        h100eByChip = Collections.unmodifiableSortedMap(new TreeMap<>(h100eByChip));
        lastAskUsd = Collections.unmodifiableSortedMap(new TreeMap<>(lastAskUsd));
    }

    /** A smuggler's view with no route cost, no capacity limit and no offers last quarter. */
    public BrokerObservation(Quarter quarter, long cashUsd, List<String> smuggleable, SortedMap<String, Long> stock,
            SortedMap<String, Long> unitCostUsd, double markup, SortedMap<String, Boolean> soldOutLastQuarter,
            double seizureProbability, PublicState last) {
        this(quarter, cashUsd, smuggleable, stock, unitCostUsd, markup, soldOutLastQuarter, seizureProbability, last,
                new TreeMap<>(), 0, NO_CAPACITY_LIMIT, new TreeMap<>());
    }

    /** The chip's compute per unit, H100e (1 when the observation does not say). */
    public double h100e(String chipId) {
        return h100eByChip.getOrDefault(chipId, 1.0);
    }
}
