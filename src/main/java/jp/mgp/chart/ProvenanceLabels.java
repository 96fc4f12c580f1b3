package jp.mgp.chart;

import java.util.Locale;

import org.jfree.chart.labels.XYSeriesLabelGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.XYDataset;

import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;
import jp.mgp.presentation.Wording;

/**
 * What a chart says about each point and line in words: a tooltip with the value, its unit, its kind and, for a
 * sourced figure, its citation; and a legend entry with the line's growth in its own model over the years
 * shown ({@link Wording#growth}). Both read the dataset when drawn, so they follow every edit.
 */
final class ProvenanceLabels implements XYToolTipGenerator, XYSeriesLabelGenerator {

    private final Wording words;
    private final Locale locale;

    ProvenanceLabels(Wording words) {
        this.words = words;
        this.locale = words.locale();
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
            text.append(" \u2014 ").append(words.kind(kind));
        }
        for (Anchor a : series.anchors()) {
            if (a.year() == year && a.source() != null) {
                text.append('\n').append(a.source().shortCitation(locale));
            }
        }
        String why = kind == Kind.ASSUMPTION ? reason(series, year) : "";
        if (!why.isEmpty()) {
            text.append('\n').append(why);
        }
        return text.toString();
    }

    /** Why a value is an assumption: the note of a point assumed in that year, else the reason of the rule into it. */
    private String reason(Series series, int year) {
        for (Anchor a : series.anchors()) {
            if (a.year() == year && a.kind() == Kind.ASSUMPTION && !a.note().isEmpty()) {
                return a.note().get(locale);
            }
        }
        return series.segmentAt(year - 1).or(() -> series.segmentAt(year))
                .filter(g -> g.basis().kind() == Kind.ASSUMPTION).map(g -> g.basis().rationale().get(locale))
                .orElse("");
    }

    @Override
    public String generateLabel(XYDataset data, int s) {
        ResultDataset d = (ResultDataset) data;
        String name = String.valueOf(d.getSeriesKey(s));
        int index = d.result().seriesIndex(d.series(s).id());
        String growth = words.growth(d.result(), index);
        return growth.isEmpty() ? name : name + "  " + growth;
    }
}
