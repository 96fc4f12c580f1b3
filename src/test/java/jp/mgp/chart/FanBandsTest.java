package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.FanResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.Projection;

/**
 * The bands a chart draws: a base series' levels are the simulation's own; a derived series, derived again path
 * by path, has the levels the simulation gives where it derives the series itself (a sum), and, for the labour
 * chain, the levels of its own paths worked out by sorting them.
 */
class FanBandsTest {

    @Test
    void aSumDerivedAgainHasTheSimulationsOwnLevels() {
        Projection p = Fixtures.fixture("uncertainty.json");
        FanResult fan = Simulation.run(p, null, SimulationSettings.of(p).withPaths(5_000), SimulationMonitor.NONE);
        FanBands bands = FanBands.of(fan);
        int total = fan.seriesIndex("total");
        assertThat(p.series("total").orElseThrow().derivation().op().id()).isEqualTo("sum");
        for (int y = 0; y < fan.years(); y += 4) {
            for (int l = 0; l < FanBands.LEVELS.length; l++) {
                double engine = fan.quantile(total, y, FanBands.LEVELS[l]);
                // The simulation keeps its paths as floats: the same within their 7 digits.
                assertThat(bands.level("total", l, y)).isCloseTo(engine, within(Math.abs(engine) * 1e-6));
            }
            int robots = fan.seriesIndex("robots");
            assertThat(bands.level("robots", 0, y)).isEqualTo(fan.quantile(robots, y, FanResult.P5));
        }
        assertThat(bands.isUncertain("total")).isTrue();
    }

    @Test
    void theChainsLevelsAreThoseOfItsOwnPaths() {
        Projection p = Fixtures.fixture("labour-fans.json");
        FanResult fan = Simulation.run(p, "base", SimulationSettings.of(p).withPaths(3_001), SimulationMonitor.NONE);
        FanBands bands = FanBands.of(fan);
        for (String id : new String[] {"robots-in-service", "workers-substituted", "labour-gap-remaining"}) {
            for (int y : new int[] {3, 10, 16}) {
                double[] sorted = bands.values(id, y);
                Arrays.sort(sorted);
                // 3,001 paths: P5 is the 151st smallest, P50 the 1,501st, P95 the 2,851st (no interpolation).
                assertThat(bands.level(id, 0, y)).as("%s P5", id).isEqualTo(sorted[150]);
                assertThat(bands.level(id, 2, y)).as("%s P50", id).isEqualTo(sorted[1500]);
                assertThat(bands.level(id, 4, y)).as("%s P95", id).isEqualTo(sorted[2850]);
                assertThat(bands.level(id, 1, y)).isEqualTo(FanBands.quantile(sorted, 0.10));
            }
        }
        // Not certain: the price's and the market's ranges reach every link.
        assertThat(bands.isUncertain("labour-gap-remaining")).isTrue();
        assertThat(bands.isUncertain("workers-reskilled")).isFalse();
    }
}
