package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * On every chart of the default projection, in both languages, no label covers a line, a point or another label,
 * and the value axis has a readable number of ticks.
 */
class LabelPlacementTest {

    private final Projection projection = Fixtures.defaultProjection();
    private final ProjectionResult result = new ProjectionEngine().project(projection, "base");

    private record Drawn(JFreeChart chart, Rectangle2D area) {
    }

    private Drawn draw(ChartSpec spec, Locale locale, int width, int height) {
        ChartFonts.registerWithAwt();
        JFreeChart chart = ProjectionCharts.create(spec, result, locale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        g2.dispose();
        return new Drawn(chart, info.getPlotInfo().getDataArea());
    }

    private static LabelLayer layer(JFreeChart chart) {
        return (LabelLayer) chart.getXYPlot().getAnnotations().stream().filter(LabelLayer.class::isInstance)
                .findFirst().orElseThrow();
    }

    @Test
    void noLabelCoversALineAPointOrAnotherLabel() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            for (ChartSpec spec : result.effective().charts()) {
                Drawn d = draw(spec, locale, 960, 540);
                XYPlot plot = d.chart().getXYPlot();
                ResultDataset data = ProjectionCharts.dataset(d.chart());
                ValueAxis x = plot.getDomainAxis();
                ValueAxis y = plot.getRangeAxis();
                // The lines and points worked out from the dataset, and the reference lines across the plot.
                List<Line2D> segments = new ArrayList<>();
                List<Rectangle2D> points = new ArrayList<>();
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    double px = Double.NaN;
                    double py = Double.NaN;
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        if (!Double.isFinite(data.getYValue(s, i))) {
                            continue;
                        }
                        double jx = x.valueToJava2D(data.getXValue(s, i), d.area(), plot.getDomainAxisEdge());
                        double jy = y.valueToJava2D(data.getYValue(s, i), d.area(), plot.getRangeAxisEdge());
                        if (Double.isFinite(px)) {
                            segments.add(new Line2D.Double(px, py, jx, jy));
                        }
                        // The sourced diamond reaches 7 px from its point.
                        points.add(new Rectangle2D.Double(jx - 7, jy - 7, 14, 14));
                        px = jx;
                        py = jy;
                    }
                }
                int references = 0;
                for (Object m : plot.getRangeMarkers(0, Layer.FOREGROUND) == null ? List.of()
                        : plot.getRangeMarkers(0, Layer.FOREGROUND)) {
                    double jy = y.valueToJava2D(((ValueMarker) m).getValue(), d.area(), plot.getRangeAxisEdge());
                    segments.add(new Line2D.Double(d.area().getX(), jy, d.area().getMaxX(), jy));
                    references++;
                }
                long reported = plot.getAnnotations().stream().filter(ReportedLabel.class::isInstance).count();
                List<LabelLayer.Placed> placed = layer(d.chart()).lastPlaced();
                String where = spec.id() + " " + locale;
                assertThat(placed).as(where).hasSize((int) reported + references);
                if (List.of("markets", "digital-deficit", "labour-gap").contains(spec.id())) {
                    // The charts with reported figures and reference lines: their labels are what is checked here.
                    assertThat(placed.size()).as(where + ": a chart with labels to place").isPositive();
                }
                for (int i = 0; i < placed.size(); i++) {
                    Rectangle2D box = placed.get(i).box();
                    String label = where + " '" + placed.get(i).text() + "'";
                    assertThat(d.area().contains(box)).as(label + " inside the plot").isTrue();
                    for (Line2D s : segments) {
                        assertThat(box.intersectsLine(s)).as(label + " crosses a line").isFalse();
                    }
                    for (Rectangle2D p : points) {
                        assertThat(box.intersects(p)).as(label + " covers a point at " + p).isFalse();
                    }
                    for (int j = i + 1; j < placed.size(); j++) {
                        assertThat(box.intersects(placed.get(j).box())).as(label + " covers another").isFalse();
                    }
                }
            }
        }
    }

    /** The labour gap's value axis had 43 ticks, one per label height; now a few label heights apart. */
    @Test
    void ticksStandAFewLabelHeightsApart() {
        ChartSpec gap = result.effective().charts().stream().filter(c -> c.id().equals("labour-gap")).findFirst()
                .orElseThrow();
        for (int[] size : new int[][] {{960, 540}, {1920, 1080}}) {
            Drawn d = draw(gap, Locale.ENGLISH, size[0], size[1]);
            NumberAxis values = (NumberAxis) d.chart().getXYPlot().getRangeAxis();
            double ticks = values.getRange().getLength() / values.getTickUnit().getSize();
            assertThat(ticks).isLessThanOrEqualTo(size[1] / 540.0 * 12).isGreaterThanOrEqualTo(4);
            NumberAxis years = (NumberAxis) d.chart().getXYPlot().getDomainAxis();
            assertThat(years.getTickUnit().getSize()).isEqualTo(1);
        }
    }
}
