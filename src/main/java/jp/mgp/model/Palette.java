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

    /**
     * Further colours offered once the first six are taken, still apart from them and from each other; a new
     * series is never given a colour another already shows while one of these is free.
     */
    public static final List<String> MORE = List.of("#c0392b", "#5d6d7e", "#7f8c1f", "#d35492", "#1a7f6e",
            "#6b4c9a");

    private Palette() {
    }

    /** The series' own colour, or the palette's for its place {@code index} in the file; a CSS hex colour. */
    public static String colour(Series series, int index) {
        return series.color().isEmpty() ? COLOURS.get(Math.floorMod(index, COLOURS.size())) : series.color();
    }

    /** Every colour the palette offers a series, the usual six first. */
    public static List<String> all() {
        List<String> out = new java.util.ArrayList<>(COLOURS);
        out.addAll(MORE);
        return out;
    }

    /** The colours the series of {@code p} are drawn in now (their own, or the palette's by place), lower case. */
    public static java.util.Set<String> inUse(Projection p) {
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        for (int i = 0; i < p.series().size(); i++) {
            used.add(colour(p.series().get(i), i).toLowerCase(java.util.Locale.ROOT));
        }
        return used;
    }

    /**
     * The first palette colour no series of {@code p} is drawn in, for a new series; when all are taken, the one
     * fewest series share. A new series given an empty colour would take the palette's colour for its place,
     * which another series may already show (a derived seventh series came out the same blue as the first).
     */
    public static String free(Projection p) {
        java.util.Set<String> used = inUse(p);
        for (String c : all()) {
            if (!used.contains(c)) {
                return c;
            }
        }
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (int i = 0; i < p.series().size(); i++) {
            count.merge(colour(p.series().get(i), i).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        return all().stream().min(java.util.Comparator.comparingInt(c -> count.getOrDefault(c, 0))).orElseThrow();
    }
}
