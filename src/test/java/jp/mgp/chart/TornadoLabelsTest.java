package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.junit.jupiter.api.Test;

import jp.mgp.engine.Tornado;
import jp.mgp.engine.TornadoBar;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Unit;

/**
 * The tornado names each input in full at the size How sure shows it (760 × 260): "1. Vertical AI market (global):
 * growth ra…" was cut, and which segment's rate moved the figure most was not to be read.
 */
class TornadoLabelsTest {

    @Test
    void everyInputIsNamedInFullAtTheWindowsSize() {
        ChartFonts.registerWithAwt();
        String rate = "Vertical AI market (global): growth rate 2034\u20132040";
        String shock = "Vertical AI market (global): yearly shock";
        Tornado t = new Tornado("vertical-ai", 2040, 34.9, List.of(
                new TornadoBar("vertical-ai/segments[1]/rate", LocalizedText.of(rate), 0.15, 0.28, 25.0, 47.5),
                new TornadoBar("vertical-ai/shock", LocalizedText.of(shock), 0, 0, 28.3, 42.4)));
        JFreeChart chart = SureCharts.tornado(t, "What moves Vertical AI market (global) in 2040 most",
                Unit.JPY_TRILLION, Locale.ENGLISH);
        BufferedImage image = new BufferedImage(760, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 760, 260), info);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis axis = plot.getDomainAxis();
        List<String> labels = new ArrayList<>();
        for (Object o : axis.refreshTicks(g2, new AxisState(), info.getPlotInfo().getPlotArea(),
                plot.getDomainAxisEdge())) {
            StringBuilder text = new StringBuilder();
            for (Object line : ((CategoryTick) o).getLabel().getLines()) {
                TextFragment f = ((TextLine) line).getFirstTextFragment();
                text.append(f == null ? "" : f.getText()).append(' ');
            }
            labels.add(text.toString().replaceAll("\\s+", " ").strip());
        }
        g2.dispose();
        assertThat(labels).containsExactly("1. " + rate, "2. " + shock);
    }
}
