package jp.mgp.model;

import java.util.List;

/**
 * How a series grows between two years. A segment covers the year-to-year steps {@code y -> y+1} for
 * {@code from <= y < to}. Each model says how one step goes forwards and backwards, so the engine can project
 * from an anchor in either direction; parameters are named so that scenarios and editors can override them.
 */
public sealed interface Segment permits Segment.Compound, Segment.Linear, Segment.Logistic, Segment.Hold,
        Segment.Target {

    int from();

    int to();

    Basis basis();

    /** The growth model this segment follows, which owns its parameters and their bounds. */
    GrowthModel model();

    /** The word used in files: compound, linear, logistic, hold, target. */
    default String type() {
        return model().id();
    }

    default List<String> parameterNames() {
        return model().parameterNames();
    }

    double parameter(String name);

    Segment withParameter(String name, double value);

    Segment withBasis(Basis basis);

    Segment withYears(int from, int to);

    /** Whether this segment governs the step from {@code year} to {@code year + 1}. */
    default boolean covers(int year) {
        return year >= from() && year < to();
    }

    /** The value one year after a year whose value is {@code value}. */
    double forward(double value, int year);

    /** The value one year before a year whose value is {@code value}; NaN where the step cannot be undone. */
    double backward(double value, int year);

    /**
     * The value at {@code year + t} (0 &lt;= t &lt;= 1) on the continuous curve through the two yearly values,
     * so a crossing year can be fractional.
     */
    double between(double atYear, double atNextYear, int year, double t);

    private static IllegalArgumentException unknown(String type, String name) {
        return new IllegalArgumentException("a " + type + " segment has no parameter '" + name + "'");
    }

    /** Constant compound growth: {@code v(y+1) = v(y) * (1 + rate)}; rate is a fraction (0.216 = 21.6 %). */
    record Compound(int from, int to, double rate, Basis basis) implements Segment {
        public GrowthModel model() {
            return GrowthModel.COMPOUND;
        }


        public double parameter(String name) {
            if (name.equals("rate")) {
                return rate;
            }
            throw unknown(type(), name);
        }

        public Compound withParameter(String name, double value) {
            parameter(name);
            return new Compound(from, to, value, basis);
        }

        public Compound withBasis(Basis b) {
            return new Compound(from, to, rate, b);
        }

        public Compound withYears(int f, int t) {
            return new Compound(f, t, rate, basis);
        }

        public double forward(double value, int year) {
            return value * (1 + rate);
        }

        public double backward(double value, int year) {
            return value / (1 + rate);
        }

        public double between(double atYear, double atNextYear, int year, double t) {
            return atYear * Math.pow(1 + rate, t);
        }
    }

    /** A constant yearly increment in the series' unit. */
    record Linear(int from, int to, double increment, Basis basis) implements Segment {
        public GrowthModel model() {
            return GrowthModel.LINEAR;
        }


        public double parameter(String name) {
            if (name.equals("increment")) {
                return increment;
            }
            throw unknown(type(), name);
        }

        public Linear withParameter(String name, double value) {
            parameter(name);
            return new Linear(from, to, value, basis);
        }

        public Linear withBasis(Basis b) {
            return new Linear(from, to, increment, b);
        }

        public Linear withYears(int f, int t) {
            return new Linear(f, t, increment, basis);
        }

        public double forward(double value, int year) {
            return value + increment;
        }

        public double backward(double value, int year) {
            return value - increment;
        }

        public double between(double atYear, double atNextYear, int year, double t) {
            return atYear + increment * t;
        }
    }

    /**
     * An S-curve: the series rises (or, with a negative capacity, falls) each year by what the curve
     * {@code c(y) = capacity / (1 + exp(-steepness * (y - midpoint)))} rises, so
     * {@code v(y) = v(y0) + c(y) - c(y0)} from the value {@code v(y0)} it grows from. The path therefore passes
     * through the anchor (or the value carried in from the segment before) it starts from and through every
     * pinned anchor in it, whatever the parameters: an S-curve never jumps away from a known figure. The
     * capacity is how far the curve rises in all, the midpoint its year of fastest growth, the steepness how
     * quickly it turns. Only a series with no pinned anchor at all has nothing to grow from; there the engine
     * takes {@link #at} itself as the path (see the engine's {@code SeriesPath}).
     */
    record Logistic(int from, int to, double capacity, double steepness, double midpoint, Basis basis)
            implements Segment {
        public GrowthModel model() {
            return GrowthModel.LOGISTIC;
        }


        public double parameter(String name) {
            switch (name) {
                case "capacity":
                    return capacity;
                case "steepness":
                    return steepness;
                case "midpoint":
                    return midpoint;
                default:
                    throw unknown(type(), name);
            }
        }

        public Logistic withParameter(String name, double value) {
            switch (name) {
                case "capacity":
                    return new Logistic(from, to, value, steepness, midpoint, basis);
                case "steepness":
                    return new Logistic(from, to, capacity, value, midpoint, basis);
                case "midpoint":
                    return new Logistic(from, to, capacity, steepness, value, basis);
                default:
                    throw unknown(type(), name);
            }
        }

        public Logistic withBasis(Basis b) {
            return new Logistic(from, to, capacity, steepness, midpoint, b);
        }

        public Logistic withYears(int f, int t) {
            return new Logistic(f, t, capacity, steepness, midpoint, basis);
        }

        /** The curve itself, {@code capacity / (1 + exp(-steepness * (year - midpoint)))}. */
        public double at(double year) {
            return capacity / (1 + Math.exp(-steepness * (year - midpoint)));
        }

        /** What the curve rises from {@code year} to {@code year + t}. */
        public double rise(int year, double t) {
            return at(year + t) - at(year);
        }

        public double forward(double value, int year) {
            return value + rise(year, 1);
        }

        public double backward(double value, int year) {
            return value - rise(year, 1);
        }

        public double between(double atYear, double atNextYear, int year, double t) {
            return atYear + rise(year, t);
        }
    }

    /** The value stays where it is. */
    record Hold(int from, int to, Basis basis) implements Segment {
        public GrowthModel model() {
            return GrowthModel.HOLD;
        }


        public double parameter(String name) {
            throw unknown(type(), name);
        }

        public Hold withParameter(String name, double value) {
            throw unknown(type(), name);
        }

        public Hold withBasis(Basis b) {
            return new Hold(from, to, b);
        }

        public Hold withYears(int f, int t) {
            return new Hold(f, t, basis);
        }

        public double forward(double value, int year) {
            return value;
        }

        public double backward(double value, int year) {
            return value;
        }

        public double between(double atYear, double atNextYear, int year, double t) {
            return atYear;
        }
    }

    /**
     * Reach a value in the segment's last year at a constant compound rate solved from the value in its first
     * year. Without an explicit {@code value}, the target is the series' pinned anchor in year {@code to}.
     * Steps are geometric between the two known ends, so they are computed by the engine, which knows both.
     *
     * @param value the target, or NaN to aim at the pinned anchor in year {@code to}
     */
    record Target(int from, int to, double value, Basis basis) implements Segment {
        public GrowthModel model() {
            return GrowthModel.TARGET;
        }

        public boolean aimsAtAnchor() {
            return Double.isNaN(value);
        }


        public double parameter(String name) {
            if (name.equals("value")) {
                return value;
            }
            throw unknown(type(), name);
        }

        public Target withParameter(String name, double v) {
            parameter(name);
            return new Target(from, to, v, basis);
        }

        public Target withBasis(Basis b) {
            return new Target(from, to, value, b);
        }

        public Target withYears(int f, int t) {
            return new Target(f, t, value, basis);
        }

        /** The constant rate that takes {@code start} in year {@code from} to {@code end} in year {@code to}. */
        public double rate(double start, double end) {
            return Math.pow(end / start, 1.0 / (to - from)) - 1;
        }

        /** Target steps need both ends; the engine resolves them with {@link #rate} before stepping. */
        public double forward(double value, int year) {
            return Double.NaN;
        }

        public double backward(double value, int year) {
            return Double.NaN;
        }

        public double between(double atYear, double atNextYear, int year, double t) {
            return atYear * Math.pow(atNextYear / atYear, t);
        }
    }
}
