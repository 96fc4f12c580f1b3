package jp.mgp.model;

import java.util.Objects;

/**
 * A known point a scenario sets for itself: series {@code series} is {@code value} in {@code year} in that
 * scenario only. It is the user's assumption (whatever the base's figure in that year is, sourced or not), with
 * the reason in words; the base keeps its own figure.
 */
public record AnchorOverride(String series, int year, double value, LocalizedText note) {

    public AnchorOverride {
        Objects.requireNonNull(series, "series");
        note = Objects.requireNonNullElse(note, LocalizedText.EMPTY);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a known point's value must be finite: " + value);
        }
    }
}
