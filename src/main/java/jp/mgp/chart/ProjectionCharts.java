package jp.mgp.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Kind;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Scenario;
import jp.mgp.model.Series;

/**
 * Builds the JFreeChart for one chart of a projection: series coloured from the file, points marked by
 * provenance, reference lines labelled, the figures a source reports beside the computed curve, and years on the
 * axis without thousands separators.
 */
public final class ProjectionCharts {

    static final Color GRID = new Color(0xdde1e6);
    static final Color INK = new Color(0x22262b);
    static final Color MUTED = new Color(0x5f6770);

    private ProjectionCharts() {
    }

    public static ResourceBundle strings(Locale locale) {
        return jp.mgp.i18n.Bundles.get("jp.mgp.chart.messages", locale);
    }

    /** A new chart of {@code spec} over {@code result}; its dataset is a {@link ResultDataset} to update later. */
    public static JFreeChart create(ChartSpec spec, ProjectionResult result, Locale locale) {
        ResourceBundle strings = strings(locale);
        ResultDataset dataset = new ResultDataset(spec, result, locale);
        NumberAxis years = new NumberAxis(strings.getString("year"));
        years.setStandardTickUnits(yearTicks());
        years.setAutoRangeIncludesZero(false);
        years.setLowerMargin(0.02);
        years.setUpperMargin(0.02);
        // A chart with no series yet still spans the file's years, not 0 to 1.
        years.setDefaultAutoRange(new org.jfree.data.Range(result.firstYear(), result.lastYear()));
        ValueAxis values = valueAxis(spec, locale);
        ProvenanceRenderer renderer = new ProvenanceRenderer(dataset);
        ProvenanceLabels labels = new ProvenanceLabels(locale, strings);
        renderer.setDefaultToolTipGenerator(labels);
        renderer.setLegendItemLabelGenerator(labels);
        XYPlot plot = new XYPlot(dataset, years, values, renderer);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, colour(dataset, s));
            // The legend shows a line swatch; point shapes are kept for provenance.
            renderer.setSeriesShape(s, new java.awt.geom.Rectangle2D.Double(-7, -2, 14, 4));
        }
        style(plot);
        for (String id : spec.referenceLines()) {
            result.effective().referenceLine(id).ifPresent(r -> plot.addRangeMarker(marker(r, spec, locale)));
        }
        reportedFigures(plot, dataset, locale, strings);
        JFreeChart chart = new JFreeChart(spec.title().get(locale), ChartFonts.font(Font.BOLD, 20), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 12, 8, 12));
        Scenario scenario = result.scenarioId() == null ? null
                : result.effective().scenario(result.scenarioId()).orElse(null);
        if (scenario != null) {
            chart.addSubtitle(text(MessageFormat.format(strings.getString("scenario"), scenario.name().get(locale)),
                    13, MUTED, RectangleEdge.TOP));
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartFonts.font(Font.PLAIN, 13));
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        TextTitle kinds = text(strings.getString("kinds.legend"), 12, MUTED, RectangleEdge.BOTTOM);
        chart.addSubtitle(kinds);
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
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        float[] pattern = index % 2 == 1 ? new float[] {2f, 4f} : new float[] {10f, 3f, 2f, 3f};
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, colour(dataset, s));
            renderer.setSeriesStroke(s, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    pattern, 0f));
        }
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
        return dataset;
    }

    /** Shows or hides a series of the chart (and of its overlays). */
    public static void setSeriesVisible(JFreeChart chart, String seriesId, boolean visible) {
        XYPlot plot = chart.getXYPlot();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
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
        boolean tenThousands = spec.unit().dimension() == jp.mgp.model.Unit.Dimension.PEOPLE
                && "ja".equals(locale.getLanguage());
        // Japanese readers count people in 万人: 200万, not 2,000,000.
        String label = tenThousands ? jp.mgp.model.Unit.PEOPLE_10K.label(locale) : spec.unit().label(locale);
        NumberFormat ticks = tenThousands
                ? new ScaledFormat(spec.unit().convert(1, jp.mgp.model.Unit.PEOPLE_10K), locale)
                : NumberFormat.getNumberInstance(locale);
        ValueAxis axis;
        if (spec.logScale()) {
            LogAxis log = new LogAxis(label);
            log.setNumberFormatOverride(ticks);
            axis = log;
        } else {
            NumberAxis linear = new NumberAxis(label);
            linear.setNumberFormatOverride(ticks);
            linear.setAutoRangeIncludesZero(true);
            axis = linear;
        }
        return axis;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(ChartFonts.font(Font.PLAIN, 14));
            axis.setTickLabelFont(ChartFonts.font(Font.PLAIN, 13));
            axis.setLabelPaint(MUTED);
            axis.setTickLabelPaint(INK);
            axis.setAxisLinePaint(MUTED);
        }
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(MUTED);
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
        return Color.decode(jp.mgp.model.Palette.colour(series, position));
    }

    private static ValueMarker marker(ReferenceLine r, ChartSpec spec, Locale locale) {
        double value = r.unit().convertibleTo(spec.unit()) ? r.unit().convert(r.value(), spec.unit()) : r.value();
        ValueMarker m = new ValueMarker(value, new Color(0x7a7f87), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        m.setLabel(r.label().get(locale));
        m.setLabelFont(ChartFonts.font(Font.PLAIN, 13));
        m.setLabelPaint(INK);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 230));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, 2, 2, 8));
        return m;
    }

    /** Sourced figures the curve is not pinned to (a source's own extrapolation): a hollow diamond and a label. */
    private static void reportedFigures(XYPlot plot, ResultDataset dataset, Locale locale, ResourceBundle strings) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            Series series = dataset.series(s);
            for (Anchor a : series.anchors()) {
                if (a.pinned() || a.kind() != Kind.SOURCED || a.year() < dataset.result().firstYear()
                        || a.year() > dataset.result().lastYear()) {
                    continue;
                }
                double y = series.unit().convert(a.value(), dataset.unit());
                plot.addAnnotation(new XYLineAnnotation(a.year() - 0.18, y, a.year() + 0.18, y, new BasicStroke(2f),
                        colour(dataset, s)));
                XYTextAnnotation label = new XYTextAnnotation(MessageFormat.format(strings.getString("reported"),
                        series.unit().format(a.value(), locale)), a.year() - 0.3, y);
                label.setFont(ChartFonts.font(Font.PLAIN, 12));
                label.setPaint(MUTED);
                label.setTextAnchor(TextAnchor.CENTER_RIGHT);
                plot.addAnnotation(label);
            }
        }
    }

    private static TextTitle text(String s, int size, Color paint, RectangleEdge edge) {
        TextTitle t = new TextTitle(s, ChartFonts.font(Font.PLAIN, size));
        t.setPaint(paint);
        t.setPosition(edge);
        t.setHorizontalAlignment(HorizontalAlignment.CENTER);
        t.setPadding(new RectangleInsets(2, 0, 2, 0));
        return t;
    }
}
