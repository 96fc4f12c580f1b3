package jp.mgp.model;

import java.util.List;

/**
 * The colours series get when the file gives them none, by their place in the file, so a series looks the same
 * on every chart, in the series list and in every export. Chosen to stay apart for colour-blind readers and on
 * a projector.
 */
public final class Palette {

    public static final List<String> COLOURS = List.of("#1f5fa8", "#d9622b", "#2e8b57", "#8e44ad", "#b8860b",
            "#17a2b8");

    private Palette() {
    }

    /** The series' own colour, or the palette's for its place {@code index} in the file; a CSS hex colour. */
    public static String colour(Series series, int index) {
        return series.color().isEmpty() ? COLOURS.get(Math.floorMod(index, COLOURS.size())) : series.color();
    }
}
