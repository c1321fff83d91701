package chipsim.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who pays Washington's fee on licensed H200 sales to China in 2026 (docs/model.md, "The China ask
 * and who pays the fee"): the baseline run at three revenue shares, same seed. A higher fee sells
 * fewer licensed units at a higher Chinese price, and leaves Nvidia less per unit sold to China and
 * a lower price elsewhere: the fee is shared, by China's buyers through the price and by Nvidia
 * through the units moved to the rest of the world, not passed on in full.
 */
class FeeIncidenceRunTest {

    @TempDir
    Path tmp;

    /** Nvidia's 2026 H200 sales from flows.csv. */
    record H200Sales(long chinaUnits, double chinaPrice, double chinaNetPrice, long elsewhereUnits,
            double elsewherePrice) {}

    private H200Sales run(double share) throws IOException {
        Path out = tmp.resolve("share-" + share);
        Cli.Result result = Cli.run("run", "--out", out.toString(), "--set", "washington.params.revenueShare=" + share);
        assertEquals(0, result.status(), result.toString());
        List<String> lines = Files.readAllLines(out.resolve("flows.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int quarter = header.indexOf("quarter");
        int seller = header.indexOf("seller");
        int region = header.indexOf("buyer_region");
        int chip = header.indexOf("chip");
        int units = header.indexOf("units");
        int price = header.indexOf("price_usd");
        int fee = header.indexOf("fee_usd");
        long chinaUnits = 0;
        long elsewhereUnits = 0;
        double chinaValue = 0;
        double chinaFees = 0;
        double elsewhereValue = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[seller].equals("nvidia") || !cells[chip].equals("H200") || !cells[quarter].startsWith("2026")) {
                continue;
            }
            long sold = Long.parseLong(cells[units]);
            double value = sold * Double.parseDouble(cells[price]);
            if (cells[region].equals("CN")) {
                chinaUnits += sold;
                chinaValue += value;
                chinaFees += Double.parseDouble(cells[fee]);
            } else {
                elsewhereUnits += sold;
                elsewhereValue += value;
            }
        }
        assertTrue(chinaUnits > 0 && elsewhereUnits > 0, "H200 sold in both regions in 2026 at share " + share);
        return new H200Sales(chinaUnits, chinaValue / chinaUnits, (chinaValue - chinaFees) / chinaUnits,
                elsewhereUnits, elsewhereValue / elsewhereUnits);
    }

    @Test
    void aHigherFeeIsBorneByChinasBuyersAndByNvidiaBoth() throws IOException {
        H200Sales none = run(0);
        H200Sales quarter = run(0.25);
        H200Sales half = run(0.5);
        assertEquals(none.chinaPrice(), none.chinaNetPrice(), 1e-6, "no fee, no wedge");
        for (H200Sales[] step : new H200Sales[][] {{none, quarter}, {quarter, half}}) {
            H200Sales lower = step[0];
            H200Sales higher = step[1];
            assertTrue(higher.chinaUnits() < lower.chinaUnits(), "fewer licensed units: " + lower + " -> " + higher);
            assertTrue(higher.chinaPrice() > lower.chinaPrice(), "China's buyers pay more: " + lower + " -> " + higher);
            assertTrue(higher.chinaNetPrice() < lower.chinaNetPrice(),
                    "Nvidia keeps less per unit sold to China: " + lower + " -> " + higher);
            assertTrue(higher.elsewhereUnits() > lower.elsewhereUnits(),
                    "the units China no longer takes are sold elsewhere: " + lower + " -> " + higher);
            assertTrue(higher.elsewherePrice() < lower.elsewherePrice(),
                    "at a lower price there: " + lower + " -> " + higher);
        }
        double feePerUnit = quarter.chinaPrice() - quarter.chinaNetPrice();
        double chinasPart = (quarter.chinaPrice() - none.chinaPrice()) / feePerUnit;
        assertTrue(chinasPart > 0 && chinasPart < 1, "China's buyers bear part of the 25% fee, not all: " + chinasPart);
    }
}
