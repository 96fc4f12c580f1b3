package jp.mgp.model;

import java.util.List;
import java.util.Objects;

/**
 * One chart of the file: which series and reference lines it draws, in which unit, on which scale.
 *
 * @param stacked the series are drawn as areas stacked on each other, for parts that add up to a whole (the labour
 *                gap filled by robots, by reskilling, and what remains); otherwise as lines
 */
public record ChartSpec(String id, LocalizedText title, List<String> series, List<String> referenceLines, Unit unit,
                        boolean logScale, boolean stacked) {

    public ChartSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        title = Objects.requireNonNullElse(title, LocalizedText.of(id));
        series = List.copyOf(series);
        referenceLines = List.copyOf(referenceLines);
    }

    /** A chart of lines. */
    public ChartSpec(String id, LocalizedText title, List<String> series, List<String> referenceLines, Unit unit,
                     boolean logScale) {
        this(id, title, series, referenceLines, unit, logScale, false);
    }

    /** The same chart drawing {@code ids} instead. */
    public ChartSpec withSeries(List<String> ids) {
        return new ChartSpec(id, title, ids, referenceLines, unit, logScale, stacked);
    }

    /** The same chart drawing the reference lines {@code ids}, stacked or not as it was. */
    public ChartSpec withReferenceLines(List<String> ids) {
        return new ChartSpec(id, title, series, ids, unit, logScale, stacked);
    }

    /** The same chart, its series stacked as areas or drawn as lines. */
    public ChartSpec withStacked(boolean areas) {
        return new ChartSpec(id, title, series, referenceLines, unit, logScale, areas);
    }
}
