package chipsim.agents.broker;

import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import java.util.List;
import java.util.SortedMap;

/**
 * What a broker sees.
 *
 * @param smuggleable        US chips China cannot get legally this quarter (banned or barred) that are sold abroad
 * @param stock              units held abroad per chip
 * @param unitCostUsd        average purchase cost per chip of the units held, USD
 * @param markup             its current markup over cost
 * @param soldOutLastQuarter per chip, whether its grey offers sold out last quarter
 * @param seizureProbability chance each unit held is seized this quarter (enforcement x detection)
 */
public record BrokerObservation(Quarter quarter, long cashUsd, List<String> smuggleable, SortedMap<String, Long> stock,
        SortedMap<String, Long> unitCostUsd, double markup, SortedMap<String, Boolean> soldOutLastQuarter,
        double seizureProbability, PublicState last) {

    public BrokerObservation {
        smuggleable = List.copyOf(smuggleable);
        stock = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(stock));
        unitCostUsd = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(unitCostUsd));
        soldOutLastQuarter = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(soldOutLastQuarter));
    }
}
