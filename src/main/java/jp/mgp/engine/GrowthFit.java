package jp.mgp.engine;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.commons.math3.util.Pair;

import jp.mgp.model.Anchor;
import jp.mgp.model.ModelText;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;

/**
 * Curves fitted to known points: a constant growth rate by least squares on the logarithms (exact for points
 * that already lie on one compound path), and a logistic S-curve by Levenberg-Marquardt.
 */
public final class GrowthFit {

    private GrowthFit() {
    }

    /** A fitted compound path {@code value(year) = start * (1 + rate)^(year - firstYear)}. */
    public record RateFit(double rate, int firstYear, double start, double rSquared, int points) {
        public double at(double year) {
            return start * Math.pow(1 + rate, year - firstYear);
        }
    }

    /** A fitted S-curve with its root-mean-square error in the series' unit. */
    public record LogisticFit(double capacity, double steepness, double midpoint, double rms, int iterations) {
        public double at(double year) {
            return capacity / (1 + Math.exp(-steepness * (year - midpoint)));
        }
    }

    /**
     * @throws RuleViolation in both languages for fewer than two points, two points in one year only, or values
     *                       of mixed sign or zero (no compound path passes through them)
     */
    public static RateFit fitRate(int[] years, double[] values) {
        check(years, values, 2);
        double sign = Math.signum(values[0]);
        SimpleRegression regression = new SimpleRegression();
        int first = Integer.MAX_VALUE;
        for (int i = 0; i < years.length; i++) {
            if (values[i] == 0 || Math.signum(values[i]) != sign) {
                throw new RuleViolation(ModelText.both("fit.sign", String.valueOf(values[i]),
                        Integer.toString(years[i])));
            }
            regression.addData(years[i], Math.log(Math.abs(values[i])));
            first = Math.min(first, years[i]);
        }
        double slope = regression.getSlope();
        if (Double.isNaN(slope)) {
            throw new RuleViolation(ModelText.both("fit.years"));
        }
        double start = sign * Math.exp(regression.predict(first));
        double r2 = years.length == 2 ? 1.0 : regression.getRSquare();
        return new RateFit(Math.expm1(slope), first, start, r2, years.length);
    }

    /**
     * The constant rate fitted to all known points of {@code series} (pinned or not: a figure the source reports
     * is evidence of its growth either way), as the solver and {@code solve fit} offer it.
     *
     * @throws IllegalArgumentException as {@link #fitRate(int[], double[])}
     */
    public static RateFit fitRate(Series series) {
        return fitRate(years(series), values(series));
    }

    /** The S-curve fitted to all known points of {@code series}; see {@link #fitLogistic(int[], double[])}. */
    public static LogisticFit fitLogistic(Series series) {
        return fitLogistic(years(series), values(series));
    }

    private static int[] years(Series series) {
        return series.anchors().stream().mapToInt(Anchor::year).toArray();
    }

    private static double[] values(Series series) {
        return series.anchors().stream().mapToDouble(Anchor::value).toArray();
    }

    /** @throws IllegalArgumentException for fewer than three points or non-finite values */
    public static LogisticFit fitLogistic(int[] years, double[] values) {
        check(years, values, 3);
        double max = Double.NEGATIVE_INFINITY;
        double meanYear = 0;
        for (int i = 0; i < years.length; i++) {
            max = Math.max(max, values[i]);
            meanYear += years[i] / (double) years.length;
        }
        if (!(max > 0)) {
            throw new RuleViolation(ModelText.both("fit.positive"));
        }
        MultivariateJacobianFunction model = params -> {
            double k = params.getEntry(0);
            double r = params.getEntry(1);
            double m = params.getEntry(2);
            RealVector value = new ArrayRealVector(years.length);
            Array2DRowRealMatrix jacobian = new Array2DRowRealMatrix(years.length, 3);
            for (int i = 0; i < years.length; i++) {
                double e = Math.exp(-r * (years[i] - m));
                double d = 1 + e;
                value.setEntry(i, k / d);
                jacobian.setEntry(i, 0, 1 / d);
                jacobian.setEntry(i, 1, k * e * (years[i] - m) / (d * d));
                jacobian.setEntry(i, 2, -k * e * r / (d * d));
            }
            return new Pair<>(value, jacobian);
        };
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .model(model)
                .target(values)
                .start(new double[] {2 * max, 0.3, meanYear + 5})
                .maxEvaluations(10_000)
                .maxIterations(10_000)
                .build());
        RealVector p = optimum.getPoint();
        return new LogisticFit(p.getEntry(0), p.getEntry(1), p.getEntry(2), optimum.getRMS(),
                optimum.getIterations());
    }

    private static void check(int[] years, double[] values, int minimum) {
        if (years.length != values.length) {
            throw new IllegalArgumentException("years and values differ in number");
        }
        if (years.length < minimum) {
            throw new RuleViolation(ModelText.both("fit.points", Integer.toString(minimum),
                    Integer.toString(years.length)));
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite numbers (found " + v + ")");
            }
        }
    }
}
