package jp.mgp.chart;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;
import jp.mgp.presentation.ChartTheme;
import jp.mgp.presentation.Theme;
import jp.mgp.presentation.Wording;

/**
 * Builds the JFreeChart for one chart of a projection in mgp's one {@link ChartTheme}: series coloured from the
 * file, points marked by provenance, reference lines labelled, the figures a source reports beside the computed
 * curve ({@link ChartDecorations}), and years on the axis without thousands separators.
 */
public final class ProjectionCharts {

    private ProjectionCharts() {
    }

    public static ResourceBundle strings(Locale locale) {
        return jp.mgp.i18n.Bundles.get("jp.mgp.chart.messages", locale);
    }

    /**
     * A new chart of {@code spec} over {@code result}; its dataset is a {@link ResultDataset} to update later, and
     * everything drawn from the data (points, legend growth labels, reported figures, reference lines, the
     * scenario's name) follows each update.
     */
    public static JFreeChart create(ChartSpec spec, ProjectionResult result, Locale locale) {
        ResourceBundle strings = strings(locale);
        Wording words = Wording.of(locale);
        ResultDataset dataset = new ResultDataset(spec, result, locale);
        NumberAxis years = new SpacedNumberAxis(strings.getString("year"));
        years.setStandardTickUnits(yearTicks());
        years.setAutoRangeIncludesZero(false);
        years.setLowerMargin(0.02);
        years.setUpperMargin(0.02);
        // A chart with no series yet still spans the file's years, not 0 to 1.
        years.setDefaultAutoRange(new org.jfree.data.Range(result.firstYear(), result.lastYear()));
        ValueAxis values = valueAxis(spec, locale);
        ProvenanceLabels labels = new ProvenanceLabels(words);
        org.jfree.chart.renderer.xy.AbstractXYItemRenderer renderer = spec.stacked() ? new StackedAreaRenderer()
                : new ProvenanceRenderer();
        renderer.setDefaultToolTipGenerator(labels);
        renderer.setLegendItemLabelGenerator(labels);
        XYPlot plot = new XYPlot(dataset, years, values, renderer);
        TextTitle scenario = text("", RectangleEdge.TOP);
        JFreeChart chart = new JFreeChart(spec.title().get(locale), plot);
        chart.addSubtitle(scenario);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        // Stacked areas are drawn without point marks or dashes: their key says what the areas are instead.
        chart.addSubtitle(text(spec.stacked() ? strings.getString("kinds.legend.stacked")
                : MessageFormat.format(strings.getString("kinds.legend"), words.kind(Kind.SOURCED),
                words.kind(Kind.DERIVED), words.kind(Kind.ASSUMPTION)), RectangleEdge.BOTTOM));
        // The theme first: it clears series colours a renderer would fill in itself.
        ChartTheme.applyTo(chart);
        // The legend shows a line swatch; point shapes are kept for provenance.
        if (renderer instanceof ProvenanceRenderer) {
            renderer.setDefaultShape(new java.awt.geom.Rectangle2D.Double(-7, -2, 14, 4));
            renderer.setAutoPopulateSeriesShape(false);
        }
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setAxisLinePaint(Theme.awt(Theme.MUTED));
        }
        plot.setRangeZeroBaselineVisible(true);
        new ChartDecorations(plot, dataset, spec, locale, strings, scenario);
        return chart;
    }

    /**
     * Lays scenario {@code other} over a chart made by {@link #create}: the same colours, thinner and dotted,
     * each legend entry naming the scenario. Returns the overlay's dataset, to update on later edits.
     */
    public static ResultDataset overlay(JFreeChart chart, ChartSpec spec, ProjectionResult other, Locale locale,
                                        String scenarioName) {
        XYPlot plot = chart.getXYPlot();
        int index = plot.getDatasetCount();
        ResultDataset dataset = new ResultDataset(spec, other, locale, " (" + scenarioName + ")");
        float[] pattern = index % 2 != 0 ? new float[] {2f, 4f} : new float[] {10f, 3f, 2f, 3f};
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer = new OverlayRenderer();
        renderer.setDefaultStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                pattern, 0f));
        renderer.setAutoPopulateSeriesStroke(false);
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
        return dataset;
    }

    /** Shows or hides a series of the chart (and of its overlays and fans). */
    public static void setSeriesVisible(JFreeChart chart, String seriesId, boolean visible) {
        XYPlot plot = chart.getXYPlot();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) instanceof FanDataset band) {
                band.setVisible(seriesId, visible);
            }
            if (plot.getDataset(d) instanceof ResultDataset data && plot.getRenderer(d) != null) {
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    if (data.series(s).id().equals(seriesId)) {
                        plot.getRenderer(d).setSeriesVisible(s, visible);
                    }
                }
            }
        }
    }

    /** The dataset behind a chart made by {@link #create}. */
    public static ResultDataset dataset(JFreeChart chart) {
        return (ResultDataset) chart.getXYPlot().getDataset();
    }

    private static TickUnits yearTicks() {
        NumberFormat plain = NumberFormat.getIntegerInstance(Locale.ROOT);
        plain.setGroupingUsed(false);
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            units.add(new NumberTickUnit(step, plain));
        }
        return units;
    }

    private static ValueAxis valueAxis(ChartSpec spec, Locale locale) {
        jp.mgp.model.Unit shown = Wording.shownUnit(spec.unit(), locale);
        String label = shown.label(locale);
        NumberFormat ticks = shown == spec.unit() ? NumberFormat.getNumberInstance(locale)
                : new ScaledFormat(spec.unit().convert(1, shown), locale);
        ValueAxis axis;
        if (spec.logScale()) {
            LogAxis log = new LogAxis(label);
            log.setNumberFormatOverride(ticks);
            axis = log;
        } else {
            NumberAxis linear = new SpacedNumberAxis(label);
            linear.setNumberFormatOverride(ticks);
            linear.setAutoRangeIncludesZero(true);
            axis = linear;
        }
        return axis;
    }

    /**
     * A series' colour: its own, or the palette's by its place in the file, so a series has the same colour on
     * every chart, in the series list and in exports.
     */
    static Paint colour(ResultDataset dataset, int s) {
        Series series = dataset.series(s);
        return colour(series, dataset.result().seriesIndex(series.id()));
    }

    static Paint colour(Series series, int position) {
        return Theme.awt(Theme.seriesColour(series, position));
    }

    private static TextTitle text(String s, RectangleEdge edge) {
        TextTitle t = new TextTitle(s);
        t.setPosition(edge);
        t.setHorizontalAlignment(HorizontalAlignment.CENTER);
        t.setPadding(new RectangleInsets(2, 0, 2, 0));
        t.setVisible(!s.isEmpty());
        return t;
    }
}
