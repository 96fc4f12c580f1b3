package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

import jp.mgp.engine.Histogram;

/** The How sure window's histogram where every path ends on one value: a sourced point, certain in all of them. */
class SureChartsTest {

    @Test
    void pathsAllOnOneValueMakeOneVisibleBarOnAnAxisAroundTheValue() {
        double[] paths = new double[10_000];
        Arrays.fill(paths, 60.0);
        Histogram h = SureCharts.bins(paths, 40);
        // Bins a twentieth of 60 either way: 57 to 63, 0.15 wide; every path in the one bin holding 60.
        assertThat(h.edge(0)).isCloseTo(57.0, within(1e-9));
        assertThat(h.binWidth()).isCloseTo(0.15, within(1e-9));
        int holding = 0;
        for (int i = 0; i < h.bins(); i++) {
            if (h.count(i) > 0) {
                assertThat(h.count(i)).isEqualTo(10_000);
                assertThat(60.0).isBetween(h.edge(i), h.edge(i) + h.binWidth());
                holding++;
            }
        }
        assertThat(holding).isEqualTo(1);

        JFreeChart chart = SureCharts.histogram(h, "Multipurpose robot market 2040", "¥ tn", 60);
        ValueAxis axis = chart.getXYPlot().getDomainAxis();
        // At least a fifth of the value wide (54 to 66), where a span of 1e-4 printed its ticks as "5.999994E1".
        assertThat(axis.getUpperBound() - axis.getLowerBound()).isGreaterThanOrEqualTo(12.0 - 1e-9);
        assertThat(60.0).isBetween(axis.getLowerBound(), axis.getUpperBound());
    }
}
