package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Morris and Sobol designs turn their unit rows into axis values as docs/sensitivity.md says. */
class SensitivityDesignTest {

    @TempDir
    Path dir;

    @Test
    void morrisPointsLieOnTheLevelsOfEachAxis() throws Exception {
        SweepFile sweep = SweepReader.read(SweepDesignTest.write(dir, "m.yaml", """
                base: bundled:baseline
                design: {type: morris, trajectories: 6, levels: 4}
                axes:
                  beijing.params.domesticRatio: {distribution: {type: uniform, min: 0, max: 0.6}}
                  beijing.policy: {values: [pragmatic-quota, self-reliance]}
                """));
        List<Point> points = sweep.design().points(sweep.axes(), sweep.seed());
        assertEquals(6 * 3, points.size());
        Set<String> ratios = new TreeSet<>();
        points.forEach(p -> ratios.add(p.cells().get(0)));
        assertTrue(Set.of("0", "0.2", "0.4", "0.6").containsAll(ratios), ratios.toString());
        assertEquals(Set.of("pragmatic-quota", "self-reliance"),
                new TreeSet<>(points.stream().map(p -> p.cells().get(1)).toList()));
        // Each step of a trajectory changes one axis.
        for (int t = 0; t < 6; t++) {
            for (int k = 0; k < 2; k++) {
                List<String> a = points.get(3 * t + k).cells();
                List<String> b = points.get(3 * t + k + 1).cells();
                int changed = (a.get(0).equals(b.get(0)) ? 0 : 1) + (a.get(1).equals(b.get(1)) ? 0 : 1);
                assertEquals(1, changed, a + " -> " + b);
            }
        }
    }

    @Test
    void sobolPointsComeInSaltelliBlocksInsideTheRanges() throws Exception {
        SweepFile sweep = SweepReader.read(SweepDesignTest.write(dir, "s.yaml", """
                base: bundled:baseline
                seed: 9
                design: {type: sobol, samples: 16, secondOrder: true}
                axes:
                  washington.params.revenueShare: {distribution: {type: uniform, min: 0.1, max: 0.4}}
                  beijing.params.domesticRatio: {distribution: {type: uniform, min: 0, max: 0.5}}
                """));
        List<Point> points = sweep.design().points(sweep.axes(), sweep.seed());
        assertEquals(16 * (2 * 2 + 2), points.size());
        for (Point p : points) {
            double share = Double.parseDouble(p.cells().get(0));
            assertTrue(share >= 0.1 && share < 0.4, p.toString());
        }
        // Block 1: A, AB_1 (revenue share from B), AB_2, BA_1, BA_2, B.
        List<List<String>> block = points.subList(0, 6).stream().map(Point::cells).toList();
        assertEquals(List.of(block.get(5).get(0), block.get(0).get(1)), block.get(1));
        assertEquals(List.of(block.get(0).get(0), block.get(5).get(1)), block.get(2));
        assertEquals(List.of(block.get(0).get(0), block.get(5).get(1)), block.get(3));
        assertEquals(List.of(block.get(5).get(0), block.get(0).get(1)), block.get(4));
        assertEquals(points, sweep.design().points(sweep.axes(), sweep.seed()), "the seed fixes the points");
    }
}
