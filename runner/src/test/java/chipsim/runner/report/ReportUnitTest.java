package chipsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers are written compactly and the same way everywhere (report.js mirrors these rules). */
class ReportUnitTest {

    @Test
    void dollarsInThousandsMillionsAndBillions() {
        assertEquals("$12.5k", Unit.USD.format(12_500));
        assertEquals("$631bn", Unit.USD.format(631e9));
        assertEquals("$1.25bn", Unit.USD.format(1.25e9));
        assertEquals("−$3M", Unit.USD.format(-3e6));
        assertEquals("$0", Unit.USD.format(0));
    }

    @Test
    void sharesAsPercentages() {
        assertEquals("28%", Unit.SHARE.format(0.2789));
        assertEquals("0.2%", Unit.SHARE.format(0.0021));
        assertEquals("−34%", Unit.SHARE.format(-0.34));
    }

    @Test
    void computeCountsAndPlainNumbers() {
        assertEquals("2.53M", Unit.H100E.format(2_531_000));
        assertEquals("568k", Unit.H100E.format(568_416.8));
        assertEquals("406", Unit.COUNT.format(406));
        assertEquals("−0.08", Unit.PLAIN.format(-0.0841));
        assertEquals("–", Unit.PLAIN.format(Double.NaN));
    }

    @Test
    void unitsAreGuessedFromColumnNames() {
        assertEquals(Unit.USD, Unit.guess("sum.nvidia_revenue_usd"));
        assertEquals(Unit.SHARE, Unit.guess("end.huawei_share_china"));
        assertEquals(Unit.H100E, Unit.guess("end.china_compute_h100e"));
        assertEquals(Unit.PLAIN, Unit.guess("payoff.nvidia"));
    }
}
