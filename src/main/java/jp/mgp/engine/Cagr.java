package jp.mgp.engine;

/** Compound annual growth rate between two points: {@code (v1 / v0)^(1 / (y1 - y0)) - 1}. */
public final class Cagr {

    private Cagr() {
    }

    /**
     * @return the rate as a fraction (0.216 = 21.6 %/yr)
     * @throws IllegalArgumentException when the years are equal, a value is zero or not finite, or the two values
     *                                  differ in sign (no constant rate joins them)
     */
    public static double between(int year0, double value0, int year1, double value1) {
        if (year0 == year1) {
            throw new IllegalArgumentException("the two years are the same (" + year0 + ")");
        }
        if (!Double.isFinite(value0) || !Double.isFinite(value1)) {
            throw new IllegalArgumentException("values must be finite numbers (found " + value0 + ", " + value1 + ")");
        }
        if (value0 == 0 || value1 == 0 || Math.signum(value0) != Math.signum(value1)) {
            throw new IllegalArgumentException("no constant growth rate joins " + value0 + " and " + value1
                    + ": both must be non-zero and of the same sign");
        }
        return Math.pow(value1 / value0, 1.0 / (year1 - year0)) - 1;
    }

    /** The CAGR of a whole series: from its first non-zero value to its last value. */
    public record Span(int firstYear, int lastYear, double rate) {
    }

    /**
     * The growth rate of series {@code s} over the years it has values, from its first non-zero value to its
     * last; empty when no constant rate joins them (a change of sign, or fewer than two values).
     */
    public static java.util.Optional<Span> overSeries(ProjectionResult result, int s) {
        int first = Integer.MIN_VALUE;
        int last = Integer.MIN_VALUE;
        for (int y = result.firstYear(); y <= result.lastYear(); y++) {
            double v = result.value(s, y);
            if (Double.isFinite(v) && v != 0) {
                first = first == Integer.MIN_VALUE ? y : first;
                last = y;
            }
        }
        if (first == Integer.MIN_VALUE || first == last
                || Math.signum(result.value(s, first)) != Math.signum(result.value(s, last))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Span(first, last, between(first, result.value(s, first), last,
                result.value(s, last))));
    }

    /** {@code value0} grown at {@code rate} for {@code years} years (negative years discount). */
    public static double grow(double value0, double rate, double years) {
        return value0 * Math.pow(1 + rate, years);
    }
}
