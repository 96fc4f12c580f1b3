package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.Correlation;
import jp.mgp.model.Derivation;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Shock;
import jp.mgp.model.Uncertainty;
import jp.mgp.model.Unit;

/** The simulation against figures worked out by hand from the lognormal and the ranges' distributions. */
class SimulationTest {

    /** The normal quantile of 0.95. */
    private static final double Z95 = 1.6448536269514722;
    private static final double Z90 = 1.2815515655446004;

    static Series compound(String id, int anchorYear, double anchor, double rate) {
        return new Series(id, LocalizedText.of(id), Unit.JPY_TRILLION, "", List.of(Anchor.assumption(anchorYear,
                anchor)), List.of(new Segment.Compound(2024, 2040, rate, Basis.assumption(LocalizedText.of("x")))),
                null);
    }

    static Projection projection(Uncertainty u, Series... series) {
        return new Projection(LocalizedText.of("t"), LocalizedText.EMPTY, 2024, 2040, List.of(series), List.of(),
                List.of(), List.of(), Map.of(), u);
    }

    private static SimulationSettings settings(int paths) {
        return new SimulationSettings(7, paths, 2);
    }

    @Test
    void quantilesOfALognormalShockMatchTheAnalyticOnes() {
        double sigma = 0.06;
        Projection p = projection(Uncertainty.NONE.withShock("robots", Shock.of(sigma)),
                compound("robots", 2024, 0.7, 0.344));
        FanResult fan = Simulation.run(p, null, settings(100_000), SimulationMonitor.NONE);
        int y2040 = fan.yearIndex(2040);
        // 16 steps: log value = log(0.7 * 1.344^16) - 16 sigma^2 / 2 + sigma * (sum of 16 normals).
        double median = 0.7 * Math.pow(1.344, 16) * Math.exp(-16 * sigma * sigma / 2);
        double spread = sigma * Math.sqrt(16);
        assertThat(fan.quantile(0, y2040, FanResult.P50)).isCloseTo(median, within(median * 0.004));
        assertThat(fan.quantile(0, y2040, FanResult.P5)).isCloseTo(median * Math.exp(-Z95 * spread),
                within(median * 0.008));
        assertThat(fan.quantile(0, y2040, FanResult.P95)).isCloseTo(median * Math.exp(Z95 * spread),
                within(median * 0.012));
        assertThat(fan.quantile(0, y2040, FanResult.P10)).isCloseTo(median * Math.exp(-Z90 * spread),
                within(median * 0.008));
        assertThat(fan.quantile(0, y2040, FanResult.P90)).isCloseTo(median * Math.exp(Z90 * spread),
                within(median * 0.01));
        // Mean-preserving: the mean is the rule's own path, 0.7 * 1.344^16 = 78.3.
        assertThat(fan.mean(0, y2040)).isCloseTo(0.7 * Math.pow(1.344, 16), within(78.3 * 0.004));
        // The sourced point is certain.
        assertThat(fan.quantile(0, 0, FanResult.P5)).isEqualTo(0.7, within(1e-7));
        assertThat(fan.quantile(0, 0, FanResult.P95)).isEqualTo(0.7, within(1e-7));
    }

    @Test
    void aBackCastFansOutBackwardsFromItsAnchor() {
        double sigma = 0.05;
        Projection p = projection(Uncertainty.NONE.withShock("robots", Shock.of(sigma)),
                compound("robots", 2040, 60, 0.30));
        FanResult fan = Simulation.run(p, null, settings(50_000), SimulationMonitor.NONE);
        double[] width = new double[fan.years()];
        for (int y = 0; y < fan.years(); y++) {
            width[y] = fan.quantile(0, y, FanResult.P95) / fan.quantile(0, y, FanResult.P5);
        }
        assertThat(width[fan.yearIndex(2040)]).isEqualTo(1.0, within(1e-6));
        assertThat(width[fan.yearIndex(2024)]).isGreaterThan(width[fan.yearIndex(2030)]);
        assertThat(width[fan.yearIndex(2030)]).isGreaterThan(width[fan.yearIndex(2039)]);
        assertThat(width[fan.yearIndex(2039)]).isGreaterThan(1.0);
        // 16 steps back from 2040: P95 / P5 = exp(2 * 1.645 * sigma * 4) = 1.930.
        assertThat(width[fan.yearIndex(2024)]).isCloseTo(Math.exp(2 * Z95 * sigma * 4), within(0.02));
        double median = 60 / Math.pow(1.3, 16) * Math.exp(-16 * sigma * sigma / 2);
        assertThat(fan.quantile(0, 0, FanResult.P50)).isCloseTo(median, within(median * 0.005));
    }

    @Test
    void withoutUncertaintyEveryPathIsTheProjection() {
        Projection p = Fixtures.defaultProjection().withUncertainty(Uncertainty.NONE);
        for (String scenario : List.of("base", "optimistic", "pessimistic")) {
            ProjectionResult expected = new ProjectionEngine().project(p, scenario);
            FanResult fan = Simulation.run(p, scenario, settings(300), SimulationMonitor.NONE);
            for (int s = 0; s < fan.seriesCount(); s++) {
                assertThat(fan.isUncertain(s)).isFalse();
                for (int y = 0; y < fan.years(); y++) {
                    double v = expected.value(s, fan.year(y));
                    for (double level : FanResult.LEVELS) {
                        assertThat(fan.quantile(s, y, level)).as("%s %s %d", scenario, fan.series(s).id(),
                                fan.year(y)).isCloseTo(v, within(Math.abs(v) * 1e-6));
                    }
                    assertThat(fan.mean(s, y)).isCloseTo(v, within(Math.abs(v) * 1e-12));
                }
            }
        }
    }

    @Test
    void aSeedGivesTheSameFiguresOnOneTwoOrFourThreads() {
        Projection p = Fixtures.fixture("uncertainty.json");
        FanResult one = Simulation.run(p, null, new SimulationSettings(99, 5_000, 1), SimulationMonitor.NONE);
        FanResult two = Simulation.run(p, null, new SimulationSettings(99, 5_000, 2), SimulationMonitor.NONE);
        FanResult four = Simulation.run(p, null, new SimulationSettings(99, 5_000, 4), SimulationMonitor.NONE);
        FanResult other = Simulation.run(p, null, new SimulationSettings(100, 5_000, 2), SimulationMonitor.NONE);
        for (int s = 0; s < one.seriesCount(); s++) {
            for (int y = 0; y < one.years(); y++) {
                assertThat(two.values(s, y)).isEqualTo(one.values(s, y));
                assertThat(four.values(s, y)).isEqualTo(one.values(s, y));
                assertThat(four.mean(s, y)).isEqualTo(one.mean(s, y));
                for (double level : FanResult.LEVELS) {
                    assertThat(two.quantile(s, y, level)).isEqualTo(one.quantile(s, y, level));
                    assertThat(four.quantile(s, y, level)).isEqualTo(one.quantile(s, y, level));
                }
            }
        }
        assertThat(other.quantile(0, 16, FanResult.P50)).isNotEqualTo(one.quantile(0, 16, FanResult.P50));
    }

    @Test
    void aUniformRateRangeGivesTheQuantilesOfItsRates() {
        RateRange r = new RateRange("a", 0, 0.10, 0.20, RateRange.Distribution.UNIFORM, null);
        Projection p = projection(Uncertainty.NONE.withRateRange("a", 0, r), compound("a", 2024, 2.0, 0.15));
        FanResult fan = Simulation.run(p, null, settings(40_000), SimulationMonitor.NONE);
        int y = fan.yearIndex(2034);
        // The value is 2 (1 + r)^10, rising with r, so its p quantile is that of r: 0.10 + 0.10 p.
        for (double level : FanResult.LEVELS) {
            double expected = 2 * Math.pow(1.10 + 0.10 * level, 10);
            assertThat(fan.quantile(0, y, level)).as("P%.0f", level * 100).isCloseTo(expected,
                    within(expected * 0.004));
        }
    }

    @Test
    void aNormalRangeHasItsEndsAsFifthAndNinetyFifthPercentiles() {
        RateRange r = new RateRange("a", 0, 0.10, 0.20, RateRange.Distribution.NORMAL, null);
        Projection p = projection(Uncertainty.NONE.withRateRange("a", 0, r), compound("a", 2024, 2.0, 0.15));
        FanResult fan = Simulation.run(p, null, settings(40_000), SimulationMonitor.NONE);
        int y = fan.yearIndex(2029);
        assertThat(fan.quantile(0, y, FanResult.P5)).isCloseTo(2 * Math.pow(1.10, 5), within(0.01));
        assertThat(fan.quantile(0, y, FanResult.P95)).isCloseTo(2 * Math.pow(1.20, 5), within(0.01));
        assertThat(fan.quantile(0, y, FanResult.P50)).isCloseTo(2 * Math.pow(1.15, 5), within(0.005));
    }

    @Test
    void aTriangularRangePeaksAtTheSegmentsRate() {
        // Low 0.10, mode 0.12, high 0.20: the median rate solves (m - a)^2 = 0.5 (b - a)(c - a) past the mode,
        // i.e. m = b - sqrt(0.5 * (b - a) * (b - c)) = 0.20 - sqrt(0.5 * 0.10 * 0.08) = 0.13675.
        RateRange r = new RateRange("a", 0, 0.10, 0.20, RateRange.Distribution.TRIANGULAR, null);
        Projection p = projection(Uncertainty.NONE.withRateRange("a", 0, r), compound("a", 2024, 1.0, 0.12));
        FanResult fan = Simulation.run(p, null, settings(40_000), SimulationMonitor.NONE);
        double medianRate = 0.20 - Math.sqrt(0.5 * 0.10 * 0.08);
        assertThat(fan.quantile(0, fan.yearIndex(2025), FanResult.P50)).isCloseTo(1 + medianRate, within(0.002));
        // P5 lies before the mode: a + sqrt(0.05 (b - a)(c - a)) = 0.10 + sqrt(0.05 * 0.1 * 0.02) = 0.11.
        assertThat(fan.quantile(0, fan.yearIndex(2025), FanResult.P5)).isCloseTo(1.11, within(0.001));
    }

    @Test
    void perfectlyCorrelatedShocksMoveTogetherAndADerivedSeriesIsComputedPerPath() {
        Series ratio = new Series("ratio", LocalizedText.of("ratio"), Unit.INDEX, "", List.of(), List.of(),
                new Derivation(Derivation.Op.RATIO, List.of("a", "b"), 1));
        Series sum = new Series("sum", LocalizedText.of("sum"), Unit.JPY_TRILLION, "", List.of(), List.of(),
                new Derivation(Derivation.Op.SUM, List.of("a", "b"), 1));
        Uncertainty u = Uncertainty.NONE.withShock("a", Shock.of(0.1)).withShock("b", Shock.of(0.1));
        Correlation perfect = new Correlation(List.of("a", "b"), new double[][] {{1, 1}, {1, 1}});
        Projection together = projection(u.withCorrelation(perfect), compound("a", 2024, 1, 0.1),
                compound("b", 2024, 1, 0.1), ratio, sum);
        FanResult fan = Simulation.run(together, null, settings(5_000), SimulationMonitor.NONE);
        int y = fan.yearIndex(2040);
        assertThat(fan.quantile(2, y, FanResult.P5)).isCloseTo(1.0, within(1e-6));
        assertThat(fan.quantile(2, y, FanResult.P95)).isCloseTo(1.0, within(1e-6));
        FanResult apart = Simulation.run(projection(u, compound("a", 2024, 1, 0.1), compound("b", 2024, 1, 0.1),
                ratio, sum), null, settings(5_000), SimulationMonitor.NONE);
        // Independent: log ratio has sd 0.1 * sqrt(2 * 16), so P95 = exp(1.645 * 0.566) = 2.54.
        assertThat(apart.quantile(2, y, FanResult.P95)).isCloseTo(Math.exp(Z95 * 0.1 * Math.sqrt(32)), within(0.06));
        // The sum is summed path by path: its mean is the sum of the means.
        assertThat(apart.mean(3, y)).isCloseTo(apart.mean(0, y) + apart.mean(1, y), within(1e-9));
        assertThat(apart.isUncertain(2)).isTrue();
    }

    @Test
    void aHalfCorrelationShowsInThePathsFirstYear() {
        Uncertainty u = Uncertainty.NONE.withShock("a", Shock.of(0.1)).withShock("b", Shock.of(0.2))
                .withCorrelation(new Correlation(List.of("a", "b"), new double[][] {{1, 0.5}, {0.5, 1}}));
        Projection p = projection(u, compound("a", 2024, 1, 0.1), compound("b", 2024, 1, 0.1));
        FanResult fan = Simulation.run(p, null, settings(20_000), SimulationMonitor.NONE);
        double[] a = fan.values(0, 1);
        double[] b = fan.values(1, 1);
        assertThat(correlationOfLogs(a, b)).isCloseTo(0.5, within(0.02));
    }

    @Test
    void aScenarioThatMovesTheRateMovesItsRange() {
        RateRange r = new RateRange("a", 0, 0.10, 0.20, RateRange.Distribution.UNIFORM, null);
        Projection p = projection(Uncertainty.NONE.withRateRange("a", 0, r), compound("a", 2024, 1.0, 0.15))
                .withScenarios(List.of(new jp.mgp.model.Scenario("up", LocalizedText.of("up"), LocalizedText.EMPTY,
                        List.of(new jp.mgp.model.ParameterOverride("a", 0, "rate",
                                jp.mgp.model.ParameterOverride.Change.POINTS, 5, LocalizedText.EMPTY)))));
        FanResult fan = Simulation.run(p, "up", settings(20_000), SimulationMonitor.NONE);
        // +5 pt: rates from 15 % to 25 %, the P5 rate 15.5 %.
        assertThat(fan.quantile(0, 1, FanResult.P5)).isCloseTo(1.155, within(0.001));
        assertThat(fan.scenarioId()).isEqualTo("up");
    }

    @Test
    void progressIsReportedBlockByBlockAndACancelStopsTheRun() {
        Projection p = Fixtures.fixture("uncertainty.json");
        List<long[]> reports = new ArrayList<>();
        Simulation.run(p, null, new SimulationSettings(1, 5_000, 1), new SimulationMonitor() {
            @Override
            public void progress(long done, long total) {
                reports.add(new long[] {done, total});
            }
        });
        // 5,000 paths are 5 blocks of 1,024, then the summary.
        assertThat(reports).hasSize(6);
        assertThat(reports.get(reports.size() - 1)).containsExactly(6, 6);
        int[] blocks = {0};
        assertThatThrownBy(() -> Simulation.run(p, null, new SimulationSettings(1, 50_000, 2),
                new SimulationMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        blocks[0]++;
                    }

                    @Override
                    public boolean isCancelled() {
                        return blocks[0] >= 3;
                    }
                })).isInstanceOf(CancellationException.class);
        assertThat(blocks[0]).isLessThan(10);
    }

    @Test
    void thresholdsAndHistogramsCountThePaths() {
        Projection p = projection(Uncertainty.NONE.withShock("a", Shock.of(0.06)), compound("a", 2024, 0.7, 0.344));
        FanResult fan = Simulation.run(p, null, settings(20_000), SimulationMonitor.NONE);
        int y = fan.yearIndex(2040);
        double p90 = fan.quantile(0, y, FanResult.P90);
        assertThat(fan.probabilityAbove(0, y, p90)).isCloseTo(0.10, within(0.001));
        assertThat(fan.probabilityBelow(0, y, fan.quantile(0, y, FanResult.P50))).isCloseTo(0.5, within(0.001));
        Histogram h = fan.histogram(0, y, 20);
        assertThat(Arrays.stream(h.counts()).sum() + h.below() + h.above()).isEqualTo(20_000);
        assertThat(h.below()).isCloseTo(200, within(2));
        assertThat(fan.quantile(0, y, 0.25)).isBetween(fan.quantile(0, y, FanResult.P10),
                fan.quantile(0, y, FanResult.P50));
    }

    private static double correlationOfLogs(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += Math.log(a[i]) / n;
            mb += Math.log(b[i]) / n;
        }
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            double da = Math.log(a[i]) - ma;
            double db = Math.log(b[i]) - mb;
            cov += da * db;
            va += da * da;
            vb += db * db;
        }
        return cov / Math.sqrt(va * vb);
    }
}
