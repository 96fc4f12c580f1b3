package jp.mgp.presentation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jp.mgp.engine.Cagr;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * How a series grows over the years it is shown, described in its own model. Every growth label (the chart's
 * legend, a slide's end-of-line label, an SVG's summary) uses the one period rule: from the first year the
 * series has a value to the last, both ends included, whatever those values are. A compound series (or a target,
 * which is compound growth to a value) is described by its CAGR; a linear one by its average change a year, as
 * its own rule is written (2,000,000 people over 2024–2040 is +125,000 a year, where a CAGR from a near-zero
 * start would read as a huge rate); an S-curve by the ceiling it heads for; a held series as flat.
 *
 * @param first    the value in {@code firstYear}
 * @param last     the value in {@code lastYear}
 * @param capacity the level an S-curve heads for (its last logistic segment's); NaN for the other models
 */
public record Growth(Model model, int firstYear, int lastYear, double first, double last, double capacity) {

    /** The model a series' growth is described in. */
    public enum Model {
        COMPOUND, LINEAR, LOGISTIC, HOLD
    }

    /**
     * Series {@code s}'s growth over its shown years; empty when it has fewer than two years with a value.
     * Holds between other segments do not change the model; a mix of models, or a derived series, is described
     * by its CAGR where one joins the two ends, else by its average change a year.
     */
    public static Optional<Growth> of(ProjectionResult result, int s) {
        int firstYear = Integer.MIN_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (int y = result.firstYear(); y <= result.lastYear(); y++) {
            if (Double.isFinite(result.value(s, y))) {
                firstYear = firstYear == Integer.MIN_VALUE ? y : firstYear;
                lastYear = y;
            }
        }
        if (firstYear == Integer.MIN_VALUE || firstYear == lastYear) {
            return Optional.empty();
        }
        double first = result.value(s, firstYear);
        double last = result.value(s, lastYear);
        Series series = result.series(s);
        Set<Class<?>> models = new HashSet<>();
        double capacity = Double.NaN;
        boolean anySegment = false;
        for (Segment g : series.segments()) {
            if (g.to() <= firstYear || g.from() >= lastYear) {
                continue;
            }
            anySegment = true;
            if (g instanceof Segment.Logistic l) {
                // The path is v(y) = v(y0) + c(y) - c(y0) (Segment.Logistic), so in any year y of the segment it
                // heads for v(y) + capacity - c(y): what it has plus what the curve has still to rise.
                int y = Math.max(l.from(), firstYear);
                capacity = result.value(s, y) + l.capacity() - l.at(y);
            }
            if (!(g instanceof Segment.Hold)) {
                models.add(g instanceof Segment.Target ? Segment.Compound.class : g.getClass());
            }
        }
        Model model;
        if (anySegment && models.isEmpty() || first == last) {
            model = Model.HOLD;
        } else if (models.equals(Set.of(Segment.Linear.class))) {
            model = Model.LINEAR;
        } else if (models.equals(Set.of(Segment.Logistic.class))) {
            model = Model.LOGISTIC;
        } else {
            model = compoundJoins(first, last) ? Model.COMPOUND : Model.LINEAR;
        }
        return Optional.of(new Growth(model, firstYear, lastYear, first, last,
                model == Model.LOGISTIC ? capacity : Double.NaN));
    }

    private static boolean compoundJoins(double first, double last) {
        return first != 0 && last != 0 && Math.signum(first) == Math.signum(last);
    }

    /** The compound annual growth rate from the first to the last shown year, as a fraction. */
    public double cagr() {
        return Cagr.between(firstYear, first, lastYear, last);
    }

    /** The average change a year, in the series' unit: (last − first) / years. */
    public double perYear() {
        return (last - first) / (lastYear - firstYear);
    }
}
