package jp.mgp.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line on a chart. A base series is defined by its anchors and growth segments; a derived series by a
 * {@link Derivation} of others (and then has neither). Anchors and segments keep the file's order, which the
 * validator requires to be by year, so that scenario overrides can name a segment by its index.
 *
 * @param color a CSS hex colour such as {@code #1f77b4}, or empty for the chart's palette
 * @param note  what the series is and where its figures come from, in the user's words (may be empty)
 */
public record Series(String id, LocalizedText name, Unit unit, String color, List<Anchor> anchors,
                     List<Segment> segments, Derivation derivation, LocalizedText note) {

    public Series {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        name = Objects.requireNonNullElse(name, LocalizedText.of(id));
        color = Objects.requireNonNullElse(color, "");
        note = Objects.requireNonNullElse(note, LocalizedText.EMPTY);
        anchors = List.copyOf(anchors);
        segments = List.copyOf(segments);
    }

    /** A series without a note. */
    public Series(String id, LocalizedText name, Unit unit, String color, List<Anchor> anchors,
                  List<Segment> segments, Derivation derivation) {
        this(id, name, unit, color, anchors, segments, derivation, LocalizedText.EMPTY);
    }

    public boolean isDerived() {
        return derivation != null;
    }

    /** The segment governing the step from {@code year} to {@code year + 1}, if any. */
    public Optional<Segment> segmentAt(int year) {
        for (Segment s : segments) {
            if (s.covers(year)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Series withSegments(List<Segment> newSegments) {
        return new Series(id, name, unit, color, anchors, newSegments, derivation, note);
    }

    public Series withAnchors(List<Anchor> newAnchors) {
        return new Series(id, name, unit, color, newAnchors, segments, derivation, note);
    }

    /** The same series under another name, unit, colour and note (what the series dialog changes). */
    public Series withLook(LocalizedText newName, Unit newUnit, String newColor, LocalizedText newNote) {
        return new Series(id, newName, newUnit, newColor, anchors, segments, derivation, newNote);
    }

    public Series withSegment(int index, Segment segment) {
        List<Segment> copy = new java.util.ArrayList<>(segments);
        copy.set(index, segment);
        return withSegments(copy);
    }
}
