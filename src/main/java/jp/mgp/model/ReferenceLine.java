package jp.mgp.model;

import java.util.Objects;

/**
 * A horizontal line to compare a series against, such as Japan's crude-oil imports (≈6.9 兆円, 2021) on the
 * digital-deficit chart. Drawn at {@code value}, which may be negated to sit beside a series charted below zero.
 *
 * @param year the year the figure is for (2021 for the crude-oil imports), or 0 when the file gives none
 * @param note what a reader of the figure should know, such as that its sign is flipped for the chart
 */
public record ReferenceLine(String id, LocalizedText label, double value, Unit unit, Kind kind, SourceRef source,
                            int year, LocalizedText note) {

    public ReferenceLine(String id, LocalizedText label, double value, Unit unit, Kind kind, SourceRef source) {
        this(id, label, value, unit, kind, source, 0, LocalizedText.EMPTY);
    }

    public ReferenceLine {
        note = Objects.requireNonNullElse(note, LocalizedText.EMPTY);
        if (year < 0) {
            throw new IllegalArgumentException("year must not be negative: " + year);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        label = Objects.requireNonNullElse(label, LocalizedText.of(id));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference value must be finite: " + value);
        }
        if (kind == Kind.SOURCED && source == null) {
            throw new IllegalArgumentException("a sourced reference line needs its source");
        }
    }
}
