package jp.mgp.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.jfree.chart.labels.XYSeriesLabelGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.XYDataset;

import jp.mgp.engine.Cagr;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;

/**
 * What a chart says about each point and line in words: a tooltip with the value, its unit, its kind and, for a
 * sourced figure, its citation; and a legend entry with the line's CAGR over the years shown. Both read the
 * dataset when drawn, so they follow every edit.
 */
final class ProvenanceLabels implements XYToolTipGenerator, XYSeriesLabelGenerator {

    private final Locale locale;
    private final ResourceBundle strings;

    ProvenanceLabels(Locale locale, ResourceBundle strings) {
        this.locale = locale;
        this.strings = strings;
    }

    @Override
    public String generateToolTip(XYDataset data, int s, int item) {
        ResultDataset d = (ResultDataset) data;
        Series series = d.series(s);
        int year = d.year(item);
        int index = d.result().seriesIndex(series.id());
        Kind kind = d.kind(s, item);
        StringBuilder text = new StringBuilder(series.name().get(locale)).append('\n').append(year).append(": ")
                .append(series.unit().format(d.result().value(index, year), locale));
        if (kind != null) {
            text.append(" \u2014 ").append(strings.getString(switch (kind) {
                case SOURCED -> "kind.sourced";
                case DERIVED -> "kind.derived";
                case ASSUMPTION -> "kind.assumption";
            }));
        }
        for (Anchor a : series.anchors()) {
            if (a.year() == year && a.source() != null) {
                text.append('\n').append(a.source().shortCitation());
            }
        }
        return text.toString();
    }

    @Override
    public String generateLabel(XYDataset data, int s) {
        ResultDataset d = (ResultDataset) data;
        String name = String.valueOf(d.getSeriesKey(s));
        int index = d.result().seriesIndex(d.series(s).id());
        return Cagr.overSeries(d.result(), index).map(c -> name + "  " + MessageFormat.format(
                strings.getString("cagr"), c.firstYear(), Integer.toString(c.lastYear()),
                new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(c.rate() * 100)))
                .orElse(name);
    }
}
