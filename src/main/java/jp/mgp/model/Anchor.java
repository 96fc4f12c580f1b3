package jp.mgp.model;

import java.util.Objects;

/**
 * A known point of a series. A pinned anchor is a value the path passes through; an unpinned one is a figure
 * the source reports (often its own extrapolation, such as "≈35.0 兆円 in 2040") that mgp shows beside its
 * own computed value instead of forcing the curve through it.
 *
 * @param source the citation; required when {@code kind} is {@link Kind#SOURCED}, otherwise may be null
 */
public record Anchor(int year, double value, Kind kind, boolean pinned, SourceRef source, LocalizedText note) {

    public Anchor {
        Objects.requireNonNull(kind, "kind");
        note = Objects.requireNonNullElse(note, LocalizedText.EMPTY);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("anchor value must be finite: " + value);
        }
        if (kind == Kind.DERIVED) {
            throw new IllegalArgumentException("an anchor is sourced or an assumption, never derived");
        }
        if (kind == Kind.SOURCED && source == null) {
            throw new IllegalArgumentException("a sourced anchor needs its source");
        }
    }

    public static Anchor assumption(int year, double value) {
        return new Anchor(year, value, Kind.ASSUMPTION, true, null, LocalizedText.EMPTY);
    }

    public Anchor withValue(double newValue) {
        return new Anchor(year, newValue, kind, pinned, source, note);
    }
}
