package jp.mgp.model;

import java.util.List;
import java.util.Objects;

/** One chart of the file: which series and reference lines it draws, in which unit, on which scale. */
public record ChartSpec(String id, LocalizedText title, List<String> series, List<String> referenceLines, Unit unit,
                        boolean logScale) {

    public ChartSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        title = Objects.requireNonNullElse(title, LocalizedText.of(id));
        series = List.copyOf(series);
        referenceLines = List.copyOf(referenceLines);
    }

    /** The same chart drawing {@code ids} instead. */
    public ChartSpec withSeries(List<String> ids) {
        return new ChartSpec(id, title, ids, referenceLines, unit, logScale);
    }
}
