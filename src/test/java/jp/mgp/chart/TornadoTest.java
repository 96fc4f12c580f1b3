package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.Sensitivity;
import jp.mgp.engine.Tornado;
import jp.mgp.engine.TornadoBar;
import jp.mgp.model.Projection;
import jp.mgp.model.Unit;

/**
 * The tornado of the labour chain's robots in 2040: the unit price's range (-12 % to -4 %/yr) swings it more than
 * the robot market's (25 % to 35 %/yr, back-cast from the pinned 2040 figure, so it moves only earlier years'
 * sales); each end worked out by hand from the chain's closed form, the bars in order of swing.
 */
class TornadoTest {

    private final Projection p = Fixtures.fixture("labour-fans.json");

    /** Workers substituted in 2040: Σ 60/(1+g)^(2040-y) tn × 4 % / (1,000 万円 × (1+r)^(y-2024)) × 10^8 × 0.4. */
    private static double byHand(double marketRate, double priceRate) {
        double sum = 0;
        for (int y = 2024; y <= 2040; y++) {
            sum += 60 / Math.pow(1 + marketRate, 2040 - y) * 0.04 / (1000 * Math.pow(1 + priceRate, y - 2024)) * 1e8;
        }
        return sum * 0.4;
    }

    @Test
    void barsAreWorkedThroughTheChainAndSortedBySwing() {
        Tornado t = SureCharts.reworked(Sensitivity.tornado(p, "base", "workers-substituted", 2040),
                new ProjectionEngine().project(p, "base").effective());
        assertThat(t.base()).isCloseTo(byHand(0.30, -0.08), within(1e-3));
        assertThat(t.base()).isCloseTo(1_243_390, within(1.0));
        TornadoBar price = bar(t, "robot-unit-price/segments[0]/rate");
        TornadoBar market = bar(t, "multipurpose-robots/segments[0]/rate");
        assertThat(price.low()).isCloseTo(byHand(0.30, -0.12), within(1e-3));
        assertThat(price.high()).isCloseTo(byHand(0.30, -0.04), within(1e-3));
        assertThat(market.low()).isCloseTo(byHand(0.25, -0.08), within(1e-3));
        assertThat(market.high()).isCloseTo(byHand(0.35, -0.08), within(1e-3));
        // By hand: the price's swing (≈ 348,600 people) is the largest, so it comes first; the shocks of vertical
        // and physical AI do not reach the chain at all and are left out.
        assertThat(price.swing()).isCloseTo(byHand(0.30, -0.12) - byHand(0.30, -0.04), within(1e-3));
        assertThat(t.bars().get(0)).isEqualTo(price);
        for (int i = 1; i < t.bars().size(); i++) {
            assertThat(t.bars().get(i).swing()).isLessThanOrEqualTo(t.bars().get(i - 1).swing());
        }
        assertThat(t.bars()).extracting(TornadoBar::input).doesNotContain("vertical-ai/shock", "physical-ai/shock");

        JFreeChart chart = SureCharts.tornado(t, "robots", Unit.PEOPLE, Locale.ENGLISH);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).hasSize(t.bars().size());
        assertThat(plot.getDataset().getColumnKey(0).toString()).startsWith("1. ");
    }

    private static TornadoBar bar(Tornado t, String input) {
        return t.bars().stream().filter(b -> b.input().equals(input)).findFirst().orElseThrow();
    }

    @Test
    void aBaseSeriesKeepsItsShockBars() {
        Tornado t = SureCharts.reworked(Sensitivity.tornado(p, "base", "physical-ai", 2040),
                new ProjectionEngine().project(p, "base").effective());
        assertThat(t.bars()).extracting(b -> b.input()).contains("physical-ai/shock");
    }
}
