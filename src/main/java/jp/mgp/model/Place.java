package jp.mgp.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a problem is: in words for the user (the series' name, the segment's years) and as the JSON path of
 * the file's field ({@code $.series[1].segments[0].rate}), which is shown as detail and printed by the CLI.
 */
public record Place(String path, LocalizedText words) {

    public Place {
        Objects.requireNonNull(path, "path");
        words = Objects.requireNonNullElse(words, LocalizedText.EMPTY);
    }

    /** The whole file. */
    public static Place file() {
        return new Place("$", ModelText.both("place.file"));
    }

    public static Place series(Series s, int index) {
        return new Place("$.series[" + index + "]", ModelText.both("place.series", name(s)));
    }

    public static Place segment(Series s, int index, int segment) {
        Segment g = s.segments().get(segment);
        return new Place("$.series[" + index + "].segments[" + segment + "]", ModelText.both("place.segment",
                name(s), Integer.toString(g.from()), Integer.toString(g.to())));
    }

    public static Place anchor(Series s, int index, int anchor) {
        return new Place("$.series[" + index + "].anchors[" + anchor + "]", ModelText.both("place.anchor",
                name(s), Integer.toString(s.anchors().get(anchor).year())));
    }

    public static Place chart(ChartSpec c, int index) {
        return new Place("$.charts[" + index + "]", ModelText.both("place.chart", c.title()));
    }

    public static Place referenceLine(ReferenceLine r, int index) {
        return new Place("$.referenceLines[" + index + "]", ModelText.both("place.referenceLine",
                r.label().isEmpty() ? LocalizedText.of(r.id()) : r.label()));
    }

    /** A field of this place: the same words, the path one step deeper. */
    public Place field(String name) {
        return new Place(path + "." + name, words);
    }

    /** An entry of a list field of this place. */
    public Place entry(String name, int index) {
        return new Place(path + "." + name + "[" + index + "]", words);
    }

    public String words(Locale locale) {
        return words.get(locale);
    }

    private static LocalizedText name(Series s) {
        return s.name().isEmpty() ? LocalizedText.of(s.id()) : s.name();
    }
}
