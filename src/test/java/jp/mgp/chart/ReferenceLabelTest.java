package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * A chart with a reference line keeps its labels after its data change. In the English window the digital
 * deficit's "Crude-oil imports ≈ ¥6.9 tn (2021)" and the labour gap's "Shortfall in 2040 ≈ 2.0 m people" were not
 * drawn: the first update after the chart was made took away the layer that draws every label, because the
 * reference lines' extent, an annotation equal by JFreeChart's rule to any other without a tooltip, was removed by
 * equality and the label layer went in its place.
 */
class ReferenceLabelTest {

    private final Projection projection = Fixtures.defaultProjection();
    private final ProjectionEngine engine = new ProjectionEngine();

    private static java.util.List<String> drawnLabels(JFreeChart chart) {
        ChartFonts.registerWithAwt();
        BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 960, 540));
        g2.dispose();
        LabelLayer layer = (LabelLayer) chart.getXYPlot().getAnnotations().stream()
                .filter(LabelLayer.class::isInstance).findFirst().orElseThrow(
                        () -> new AssertionError("the chart has no label layer: " + chart.getXYPlot().getAnnotations()));
        return layer.lastPlaced().stream().map(LabelLayer.Placed::text).toList();
    }

    @Test
    void theReferenceLinesLabelIsDrawnAfterEveryUpdate() {
        ProjectionResult base = engine.project(projection, "base");
        ChartSpec deficit = base.effective().charts().stream().filter(c -> c.id().equals("digital-deficit"))
                .findFirst().orElseThrow();
        JFreeChart chart = ProjectionCharts.create(deficit, base, Locale.ENGLISH);
        assertThat(drawnLabels(chart)).containsExactly("Crude-oil imports \u2248 \u00a56.9 tn (2021)");
        for (String scenario : new String[] {"pessimistic", "base", "optimistic"}) {
            ProjectionCharts.dataset(chart).setResult(engine.project(projection, scenario));
            assertThat(drawnLabels(chart)).as("after switching to " + scenario)
                    .containsExactly("Crude-oil imports \u2248 \u00a56.9 tn (2021)");
            assertThat(chart.getXYPlot().getAnnotations().stream().filter(ReferenceExtent.class::isInstance))
                    .as("one extent of the reference lines, the old one taken away").hasSize(1);
        }
    }
}
