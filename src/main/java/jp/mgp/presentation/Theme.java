package jp.mgp.presentation;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mgp.model.Kind;
import jp.mgp.model.Palette;
import jp.mgp.model.Series;

/**
 * mgp's colours and typeface, the one source for the charts, the exports and the window. Colours are CSS hex
 * strings because every consumer takes them in some form of that (JavaFX {@code Color.web}, POI's RGB bytes,
 * AWT {@link Color#decode}); the stylesheet cannot read Java, so {@link #cssColours()} lists what its
 * {@code .root} block must hold and a test compares the two.
 */
public final class Theme {

    /** The bundled CJK face, by family name, as JavaFX knows it and AWT does in a JVM started in English. */
    /**
     * The faces the window loads beside the bundled IPAexGothic, which has no bold or italic: the year table's
     * sourced (bold) and assumed (italic) figures are set in them (mgp.css), so that they stand out on a machine
     * without fonts of its own, where JavaFX has no other face to make bold or italic with.
     */
    public static final java.util.List<String> WINDOW_FACES = java.util.List.of("/assets/fonts/DejaVuSans-Bold.ttf",
            "/assets/fonts/DejaVuSans-Oblique.ttf");

    public static final String FONT_FAMILY = "IPAexGothic";

    /** The same face's Japanese family name, which is the one AWT knows in a JVM started in Japanese. */
    public static final String FONT_FAMILY_JA = "IPAex\u30b4\u30b7\u30c3\u30af";

    /** Body text, titles, tick labels. */
    public static final String INK = "#22262b";
    /** Secondary text: axis names, subtitles, labels beside points, the zero line. */
    public static final String MUTED = "#5f6770";
    /** Footnote text on slides: a shade lighter than the title so the chart stays first. */
    public static final String NOTE = "#3b4046";
    /** Panels behind controls. */
    public static final String SURFACE = "#f6f7f9";
    /** Grid lines and hairline borders. */
    public static final String GRID = "#dde1e6";
    /** Reference lines across a chart. */
    public static final String REFERENCE = "#7a7f87";
    /** The window's accent (focus, selection); the first colour of the palette. */
    public static final String ACCENT = "#1f5fa8";
    /** JavaFX's base shade for controls. */
    public static final String CONTROL_BASE = "#eef0f3";
    /** Table header fill and the rules between table rows on slides. */
    public static final String TABLE_HEADER = "#e8ebef";
    public static final String TABLE_RULE = "#c4c9d0";
    /** A refused value in a form. */
    public static final String ERROR = "#b3261e";
    public static final String WHITE = "#ffffff";

    /** Kind colours: the badge's fill and its text; an assumption's text colour is also used in tables. */
    public static final String SOURCED_FILL = "#dbe8f7";
    public static final String SOURCED_TEXT = "#17467d";
    public static final String DERIVED_FILL = "#e3efe6";
    public static final String DERIVED_TEXT = "#24613c";
    public static final String ASSUMPTION_FILL = "#fbe9d7";
    public static final String ASSUMPTION_TEXT = "#8a4b08";

    private Theme() {
    }

    /** The series colours, in the order series take them when the file gives none. */
    public static List<String> palette() {
        return Palette.COLOURS;
    }

    /**
     * A series' colour: its own, or the palette's by its place {@code index} in the file, so a series has the same
     * colour on every chart, in the series list and in every export.
     */
    public static String seriesColour(Series series, int index) {
        return Palette.colour(series, index);
    }

    /** The text colour that marks a kind (in badges and tables). */
    public static String kindText(Kind kind) {
        return switch (kind) {
            case SOURCED -> SOURCED_TEXT;
            case DERIVED -> DERIVED_TEXT;
            case ASSUMPTION -> ASSUMPTION_TEXT;
        };
    }

    /** The fill behind a kind's badge. */
    public static String kindFill(Kind kind) {
        return switch (kind) {
            case SOURCED -> SOURCED_FILL;
            case DERIVED -> DERIVED_FILL;
            case ASSUMPTION -> ASSUMPTION_FILL;
        };
    }

    /** An AWT colour from a theme colour. */
    public static Color awt(String hex) {
        return Color.decode(hex);
    }

    /** A theme colour let show through: {@code alpha} from 0 (clear) to 255 (opaque). */
    public static Color awt(String hex, int alpha) {
        Color c = awt(hex);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A theme colour without its '#', as POI's OOXML colour attributes take it. */
    public static String bare(String hex) {
        return hex.substring(1);
    }

    /**
     * The looked-up colours the stylesheet's {@code .root} block defines, by name, with the values they must
     * have; every colour the stylesheet uses is one of these.
     */
    public static Map<String, String> cssColours() {
        Map<String, String> css = new LinkedHashMap<>();
        css.put("-mgp-ink", INK);
        css.put("-mgp-muted", MUTED);
        css.put("-mgp-surface", SURFACE);
        css.put("-mgp-line", GRID);
        css.put("-mgp-accent", ACCENT);
        css.put("-mgp-base", CONTROL_BASE);
        css.put("-mgp-white", WHITE);
        css.put("-mgp-error", ERROR);
        css.put("-mgp-sourced-fill", SOURCED_FILL);
        css.put("-mgp-sourced-text", SOURCED_TEXT);
        css.put("-mgp-derived-fill", DERIVED_FILL);
        css.put("-mgp-derived-text", DERIVED_TEXT);
        css.put("-mgp-assumption-fill", ASSUMPTION_FILL);
        css.put("-mgp-assumption-text", ASSUMPTION_TEXT);
        return css;
    }
}
