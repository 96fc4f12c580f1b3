package jp.mgp.engine;

import java.util.List;

import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;

/**
 * Yearly values of every series of one scenario, with each value's provenance. Values live in primitive arrays,
 * indexed {@code [series][year - firstYear]}, in the series' own unit; a year no rule reaches holds NaN and no
 * kind. Immutable once built.
 */
public final class ProjectionResult {

    private final Projection effective;
    private final String scenarioId;
    private final double[][] values;
    private final byte[][] kinds;
    private final List<LocalizedText> warnings;

    ProjectionResult(Projection effective, String scenarioId, double[][] values, byte[][] kinds,
                     List<LocalizedText> warnings) {
        this.effective = effective;
        this.scenarioId = scenarioId;
        this.values = values;
        this.kinds = kinds;
        this.warnings = List.copyOf(warnings);
    }

    /** The projection with the scenario's overrides applied: the segments these values were computed from. */
    public Projection effective() {
        return effective;
    }

    /** The scenario projected, or null when the file has none. */
    public String scenarioId() {
        return scenarioId;
    }

    public int firstYear() {
        return effective.firstYear();
    }

    public int lastYear() {
        return effective.lastYear();
    }

    public int years() {
        return effective.years();
    }

    public int seriesCount() {
        return values.length;
    }

    public Series series(int s) {
        return effective.series().get(s);
    }

    public int seriesIndex(String id) {
        return effective.seriesIndex(id);
    }

    /** The value of series {@code s} in {@code year}; NaN outside the horizon or where no rule reaches. */
    public double value(int s, int year) {
        int i = year - firstYear();
        return i < 0 || i >= values[s].length ? Double.NaN : values[s][i];
    }

    public boolean hasValue(int s, int year) {
        return !Double.isNaN(value(s, year));
    }

    /** The provenance of the value, or null where there is no value. */
    public Kind kind(int s, int year) {
        int i = year - firstYear();
        if (i < 0 || i >= kinds[s].length || kinds[s][i] == SeriesPath.NONE) {
            return null;
        }
        return Kind.values()[kinds[s][i]];
    }

    /**
     * The weakest kind on series {@code s}'s path over the horizon (the one that needs the most defending): the
     * badge a series carries. Sourced when every year with a value is sourced, and for a series with no value.
     */
    public Kind weakestKind(int s) {
        Kind weakest = Kind.SOURCED;
        for (int y = firstYear(); y <= lastYear(); y++) {
            Kind k = kind(s, y);
            weakest = k == null ? weakest : weakest.weakest(k);
        }
        return weakest;
    }

    /**
     * The last year of a pinned sourced figure of series {@code s}: the end of what the sources give. For a series
     * derived from others, the earliest such year among its inputs; {@code Integer.MIN_VALUE} when none.
     */
    public int lastSourcedYear(int s) {
        Series series = series(s);
        if (series.isDerived()) {
            int year = Integer.MAX_VALUE;
            for (String input : series.derivation().inputs()) {
                int i = seriesIndex(input);
                year = Math.min(year, i < 0 ? Integer.MIN_VALUE : lastSourcedYear(i));
            }
            return year == Integer.MAX_VALUE ? Integer.MIN_VALUE : year;
        }
        int year = Integer.MIN_VALUE;
        for (Anchor a : series.anchors()) {
            if (a.kind() == Kind.SOURCED && a.pinned()) {
                year = Math.max(year, a.year());
            }
        }
        return year;
    }

    /**
     * Whether the step from {@code year} to {@code year + 1} of series {@code s} is a projection to draw dashed:
     * it lies beyond the last sourced figure, or one of its ends is an assumption.
     */
    public boolean isProjectedStep(int s, int year) {
        return year >= lastSourcedYear(s) || kind(s, year) == Kind.ASSUMPTION || kind(s, year + 1) == Kind.ASSUMPTION;
    }

    /** A copy of one series' values, first year first. */
    public double[] values(int s) {
        return values[s].clone();
    }

    /** Years that could not be computed (a target of the wrong sign, an overflow), in both languages; empty normally. */
    public List<LocalizedText> warnings() {
        return warnings;
    }
}
