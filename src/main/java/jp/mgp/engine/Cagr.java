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

    /** {@code value0} grown at {@code rate} for {@code years} years (negative years discount). */
    public static double grow(double value0, double rate, double years) {
        return value0 * Math.pow(1 + rate, years);
    }
}
