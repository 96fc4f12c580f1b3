package jp.mgp.model;

import java.util.Objects;

/**
 * A horizontal line to compare a series against, such as Japan's crude-oil imports (≈6.9 兆円, 2021) on the
 * digital-deficit chart. Drawn at {@code value}, which may be negated to sit beside a series charted below zero.
 */
public record ReferenceLine(String id, LocalizedText label, double value, Unit unit, Kind kind, SourceRef source) {

    public ReferenceLine {
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
