package jp.mgp.engine;

import java.util.OptionalDouble;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * The first moment a series reaches a value. Between two years the series follows its segment's own curve
 * (geometric for compound growth, straight for linear), so the answer is a fractional year: the geometric
 * path from 10.8 (2034) at 21.6 %/yr reaches 20.0 at about 2037.1.
 */
public final class CrossingSolver {

    private CrossingSolver() {
    }

    /** @return the first year, fractional, at which series {@code s} reaches {@code value}; empty for never */
    public static OptionalDouble firstCrossing(ProjectionResult result, int s, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the value must be a finite number (found " + value + ")");
        }
        Series series = result.series(s);
        for (int y = result.firstYear(); y < result.lastYear(); y++) {
            double a = result.value(s, y);
            double b = result.value(s, y + 1);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            if (a == value) {
                return OptionalDouble.of(y);
            }
            if ((a - value) * (b - value) < 0 || b == value) {
                Segment seg = series.isDerived() ? null : series.segmentAt(y).orElse(null);
                int year = y;
                double t = b == value ? 1 : new BrentSolver(1e-12, 1e-10).solve(100,
                        x -> curve(seg, a, b, year, x) - value, 0, 1);
                return OptionalDouble.of(y + t);
            }
        }
        double last = result.value(s, result.lastYear());
        return last == value ? OptionalDouble.of(result.lastYear()) : OptionalDouble.empty();
    }

    private static double curve(Segment seg, double a, double b, int year, double t) {
        return seg == null ? a + (b - a) * t : seg.between(a, b, year, t);
    }
}
