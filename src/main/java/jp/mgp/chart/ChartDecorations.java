package jp.mgp.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.general.DatasetChangeEvent;
import org.jfree.data.general.DatasetChangeListener;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Kind;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Scenario;
import jp.mgp.model.Series;
import jp.mgp.presentation.ChartTheme;
import jp.mgp.presentation.Theme;
import jp.mgp.presentation.Wording;

/**
 * What a chart draws from the data besides its lines: the figures a source (or the user) reports beside the
 * curve, the reference lines, and the scenario's name. Rebuilt from the dataset's result on every change of the
 * dataset, so an edit that turns "Source: ¥35.0 tn" into an assumption, moves a reference line or renames the
 * scenario shows at once, as JFreeChart expects: whatever is drawn from data follows the dataset's change event.
 *
 * <p>It listens to the dataset after the plot does, and JFreeChart tells a dataset's listeners in the reverse of
 * the order they were added, so the decorations are rebuilt before the plot asks for a repaint; they are changed
 * without events of their own, so an edit still repaints the chart once.
 */
final class ChartDecorations implements DatasetChangeListener {

    private final XYPlot plot;
    private final ResultDataset dataset;
    private final ChartSpec spec;
    private final Locale locale;
    private final ResourceBundle strings;
    private final TextTitle scenario;
    private final List<XYAnnotation> annotations = new ArrayList<>();
    private final List<ValueMarker> markers = new ArrayList<>();

    ChartDecorations(XYPlot plot, ResultDataset dataset, ChartSpec spec, Locale locale, ResourceBundle strings,
                     TextTitle scenario) {
        this.plot = plot;
        this.dataset = dataset;
        this.spec = spec;
        this.locale = locale;
        this.strings = strings;
        this.scenario = scenario;
        // One layer draws every label, placed clear of the lines and of each other; it reads the rest when drawn.
        plot.addAnnotation(new LabelLayer(), false);
        rebuild();
        // The axis was fitted to the curves when the plot was made, before the reference lines were known.
        plot.configureRangeAxes();
        dataset.addChangeListener(this);
    }

    @Override
    public void datasetChanged(DatasetChangeEvent event) {
        rebuild();
    }

    private void rebuild() {
        for (XYAnnotation a : annotations) {
            plot.removeAnnotation(a, false);
        }
        for (ValueMarker m : markers) {
            plot.removeRangeMarker(0, m, Layer.FOREGROUND, false);
        }
        annotations.clear();
        markers.clear();
        ProjectionResult result = dataset.result();
        for (String id : spec.referenceLines()) {
            result.effective().referenceLine(id).ifPresent(r -> markers.add(marker(r)));
        }
        org.jfree.data.Range extent = null;
        for (ValueMarker m : markers) {
            plot.addRangeMarker(0, m, Layer.FOREGROUND, false);
            extent = org.jfree.data.Range.expandToInclude(extent, m.getValue());
        }
        if (extent != null) {
            annotations.add(new ReferenceExtent(extent));
        }
        reportedFigures(result);
        for (XYAnnotation a : annotations) {
            plot.addAnnotation(a, false);
        }
        Scenario shown = result.scenarioId() == null ? null
                : result.effective().scenario(result.scenarioId()).orElse(null);
        String text = shown == null ? "" : Wording.of(locale).scenario(shown.name().get(locale));
        if (!text.equals(scenario.getText())) {
            scenario.setText(text);
            scenario.setVisible(!text.isEmpty());
        }
    }

    private ValueMarker marker(ReferenceLine r) {
        double value = r.unit().convertibleTo(spec.unit()) ? r.unit().convert(r.value(), spec.unit()) : r.value();
        ValueMarker m = new ValueMarker(value, Theme.awt(Theme.REFERENCE), new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        m.setLabel(r.label().get(locale));
        m.setLabelFont(ChartTheme.font(Font.PLAIN, 13));
        m.setLabelPaint(Theme.awt(Theme.INK));
        // White a little let through, so a reference line's label stays legible over a curve it crosses.
        m.setLabelBackgroundColor(Theme.awt(Theme.WHITE, 230));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, 2, 2, 8));
        return m;
    }

    /**
     * Figures the curve is not pinned to, labelled by their kind beside a short tick: a source's own
     * extrapolation ("Source: ¥35.0 tn"), or a figure the user typed over one ("Assumption: ¥99.0 tn").
     */
    private void reportedFigures(ProjectionResult result) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            Series series = dataset.series(s);
            for (Anchor a : series.anchors()) {
                if (a.pinned() || a.kind() == Kind.DERIVED || a.year() < result.firstYear()
                        || a.year() > result.lastYear()) {
                    continue;
                }
                double y = series.unit().convert(a.value(), dataset.unit());
                annotations.add(new XYLineAnnotation(a.year() - 0.18, y, a.year() + 0.18, y, new BasicStroke(2f),
                        ProjectionCharts.colour(dataset, s)));
                String key = a.kind() == Kind.SOURCED ? "reported" : "reported.assumption";
                XYTextAnnotation label = new ReportedLabel(MessageFormat.format(strings.getString(key),
                        series.unit().format(a.value(), locale)), a.year(), y);
                label.setFont(ChartTheme.font(Font.PLAIN, 12));
                label.setPaint(Theme.awt(Theme.MUTED));
                label.setTextAnchor(TextAnchor.CENTER_RIGHT);
                annotations.add(label);
            }
        }
    }
}
