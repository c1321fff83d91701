package chipsim.runner.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary of a robustness check, on draws made by hand. */
class RobustnessSummaryTest {

    /** A draw whose Huawei 2024 output is {@code huawei} (target 200,000) and whose regime is given. */
    private static Robustness.Draw draw(int index, double huawei, String regime, double compute) {
        Map<String, Double> targets = new LinkedHashMap<>();
        for (Target target : Targets.all()) {
            targets.put(target.id(), target.id().equals("huawei_output_2024") ? huawei : Double.NaN);
        }
        Map<String, Double> headlines = new LinkedHashMap<>();
        for (Headlines.Headline headline : Headlines.all()) {
            headlines.put(headline.id(), headline.id().equals("china_compute_end_h100e") ? compute : Double.NaN);
        }
        return new Robustness.Draw(index, new double[0], targets, regime, headlines, List.of(), List.of());
    }

    private static final List<Robustness.Draw> DRAWS = List.of(
            draw(0, 210_000, "H20:banned", 4.0e6),       // +5%: within
            draw(1, 250_000, "H20:banned", 4.2e6),       // +25%: on the line, within
            draw(2, 260_000, "H20:open", 4.4e6),         // +30%: outside
            draw(3, 150_000, "H20:banned", 4.6e6),       // -25%: within
            draw(4, Double.NaN, "H20:open", 4.8e6));     // not measured: not within

    @Test
    void theShareWithinCountsEveryDrawAndTheIntervalOnlyTheMeasuredOnes() {
        RobustnessSummary.TargetRow huawei = RobustnessSummary.targets(DRAWS).stream()
                .filter(r -> r.id().equals("huawei_output_2024")).findFirst().orElseThrow();
        assertEquals(3.0 / 5, huawei.shareWithin(), 1e-12);
        assertEquals(4, huawei.measured());
        assertEquals(150_000, huawei.min());
        assertEquals(260_000, huawei.max());
        assertEquals(230_000, huawei.median(), 1e-9);
        assertEquals(false, huawei.robust(), "60% of draws is below the 80% line");
    }

    @Test
    void aFigureWithinInFourOfFiveDrawsIsRobust() {
        List<Robustness.Draw> draws = new ArrayList<>(DRAWS.subList(0, 4));
        draws.set(2, draw(2, 200_000, "H20:open", 4.4e6));
        draws.add(draw(4, 400_000, "H20:open", 4.8e6));
        List<RobustnessSummary.TargetRow> rows = RobustnessSummary.targets(draws);
        assertEquals(1, RobustnessSummary.robustFirmFigures(rows));
    }

    @Test
    void regimesAreCountedMostFrequentFirst() {
        assertEquals(List.of(new RobustnessSummary.RegimeRow("H20:banned", 3, 0.6),
                new RobustnessSummary.RegimeRow("H20:open", 2, 0.4)), RobustnessSummary.regimes(DRAWS));
    }

    @Test
    void pathsAreCountedCommonestFirstWithTiesByText() {
        Robustness.Draw ban = withPath(0, List.of("2025Q1 US:H20 banned"));
        Robustness.Draw none = withPath(1, List.of());
        Robustness.Draw late = withPath(2, List.of("2026Q1 US:H20 banned"));
        assertEquals(List.of(new RobustnessSummary.PathRow("2025Q1 US:H20 banned", 2, 0.5),
                new RobustnessSummary.PathRow("", 1, 0.25),
                new RobustnessSummary.PathRow("2026Q1 US:H20 banned", 1, 0.25)),
                RobustnessSummary.paths(List.of(late, ban, none, withPath(3, List.of("2025Q1 US:H20 banned")))));
    }

    private static Robustness.Draw withPath(int index, List<String> path) {
        Robustness.Draw d = draw(index, 200_000, "H20:banned", 4e6);
        return new Robustness.Draw(index, d.values(), d.targets(), d.regime(), d.headlines(), path, List.of());
    }

    @Test
    void headlinesAreIntervalsOverTheDraws() {
        RobustnessSummary.HeadlineRow compute = RobustnessSummary.headlines(DRAWS).get(0);
        assertEquals("china_compute_end_h100e", compute.id());
        assertEquals(5, compute.measured());
        assertEquals(4.0e6, compute.min());
        assertEquals(4.4e6, compute.median(), 1e-3);
        assertEquals(4.8e6, compute.max());
        assertEquals(true, compute.p10() >= compute.min() && compute.p10() <= compute.median());
        assertEquals(true, compute.p90() >= compute.median() && compute.p90() <= compute.max());
    }
}
