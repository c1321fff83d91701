package chipsim.market.report;

import chipsim.market.Quarter;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.SortedMap;

/**
 * What everyone knows at the opening of a quarter: the last quarter's market, compute and rules.
 * At the first quarter it holds the scenario's starting values.
 *
 * @param lastQuarter              the quarter these figures describe (the one before the opening)
 * @param books                    last quarter's book per chip
 * @param chinaComputeH100e        installed compute of Chinese buyers, H100-equivalents
 * @param usComputeH100e           installed compute of US buyers, H100-equivalents
 * @param chinaComputeGrowthYoY    China's installed compute over its level four quarters earlier, minus 1
 * @param huaweiShareOfChina       Huawei's share of units bought by Chinese buyers last quarter (0..1)
 * @param usChipShareOfChina       US chips' share of units bought by Chinese buyers last quarter, grey included
 * @param greyUnits                grey-market units sold into China last quarter
 * @param usChipChinaRevenueUsd    gross value of US chips sold into China through the licensed channel
 * @param feesUsd                  licence revenue share collected by Washington
 * @param exportRules              Washington's rules in force last quarter
 * @param importPolicy             Beijing's policy in force last quarter
 */
public record PublicState(
        Quarter lastQuarter,
        SortedMap<String, ChipBook> books,
        double chinaComputeH100e,
        double usComputeH100e,
        double chinaComputeGrowthYoY,
        double huaweiShareOfChina,
        double usChipShareOfChina,
        long greyUnits,
        long usChipChinaRevenueUsd,
        long feesUsd,
        ExportRules exportRules,
        ImportPolicy importPolicy) {

    public PublicState {
        books = chipsim.market.FrozenSortedMap.copyOf(books);
    }

    public ChipBook book(String chipId) {
        return books.getOrDefault(chipId, ChipBook.EMPTY);
    }
}
