package jp.mgp.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mgp.model.GrowthModel.Parameter;

/**
 * What a projection's {@link Uncertainty} must satisfy for a simulation to mean something: shocks from 0 to
 * {@link Shock#MAX_SIGMA} on series with their own growth, rate ranges on compound segments with their ends in
 * order and within a rate's bounds, correlations that are a correlation matrix (square, symmetric, ones on the
 * diagonal, none beyond ±1, positive semi-definite), and a path count mgp can run. Each problem names its place
 * in words and as the file's JSON path, as {@link ProjectionRules} does.
 */
public final class UncertaintyRules {

    /** Differences below this are rounding in a matrix typed with a few decimals. */
    static final double TOLERANCE = 1e-9;

    private UncertaintyRules() {
    }

    /** Every problem of {@code p}'s uncertainty; empty when it is valid (and when there is none). */
    public static List<RuleProblem> check(Projection p) {
        Uncertainty u = p.uncertainty();
        List<RuleProblem> out = new ArrayList<>();
        for (Map.Entry<String, Shock> e : u.shocks().entrySet()) {
            out.addAll(checkShock(p, e.getKey(), e.getValue()));
        }
        Set<String> seen = new HashSet<>();
        for (RateRange r : u.rateRanges()) {
            out.addAll(checkRange(p, r));
            if (!seen.add(r.series() + "\u0000" + r.segment())) {
                out.add(problem(rangePlace(p, r), "rule.range.twice", ""));
            }
        }
        out.addAll(checkCorrelation(p, u.correlation()));
        if (u.setup() != null) {
            int paths = u.setup().paths();
            if (paths < SimulationSetup.MIN_PATHS || paths > SimulationSetup.MAX_PATHS) {
                out.add(problem(simulation().field("paths"), "rule.paths.range", Integer.toString(paths),
                        Integer.toString(SimulationSetup.MIN_PATHS), Integer.toString(SimulationSetup.MAX_PATHS)));
            }
        }
        return out;
    }

    /** The shock of series {@code seriesId}: a series of the file with growth of its own, sigma from 0 to 1. */
    public static List<RuleProblem> checkShock(Projection p, String seriesId, Shock shock) {
        int index = p.seriesIndex(seriesId);
        if (index < 0) {
            return List.of(problem(simulation(), "rule.uncertainty.noSeries", seriesId, seriesId));
        }
        Series s = p.series().get(index);
        Place at = Place.series(s, index).field("uncertainty").field("shock");
        if (s.isDerived()) {
            return List.of(problem(at, "rule.shock.derived", String.valueOf(shock.sigma())));
        }
        double sigma = shock.sigma();
        if (!(sigma >= 0 && sigma <= Shock.MAX_SIGMA)) {
            return List.of(problem(at, "rule.shock.range", String.valueOf(sigma), "0",
                    String.valueOf(Shock.MAX_SIGMA)));
        }
        return List.of();
    }

    /** A range: on a compound segment that exists, both ends allowed rates, the low end not above the high one. */
    public static List<RuleProblem> checkRange(Projection p, RateRange r) {
        int index = p.seriesIndex(r.series());
        if (index < 0) {
            return List.of(problem(simulation(), "rule.uncertainty.noSeries", r.series(), r.series()));
        }
        Series s = p.series().get(index);
        if (r.segment() < 0 || r.segment() >= s.segments().size()) {
            String number = Integer.toString(r.segment() + 1);
            return List.of(problem(Place.series(s, index).field("segments"), "rule.range.noSegment", number, number,
                    Integer.toString(s.segments().size())));
        }
        Segment g = s.segments().get(r.segment());
        Place at = Place.segment(s, index, r.segment()).field("rateRange");
        if (!(g instanceof Segment.Compound)) {
            return List.of(problem(at, "rule.range.notCompound", g.type(), ModelText.both("model." + g.type())));
        }
        List<RuleProblem> out = new ArrayList<>();
        ProjectionRules.checkParameter(new Place(at.path(), at.words()), Parameter.RATE, r.low())
                .map(x -> new RuleProblem(at.field("low"), x.message(), x.found())).ifPresent(out::add);
        ProjectionRules.checkParameter(new Place(at.path(), at.words()), Parameter.RATE, r.high())
                .map(x -> new RuleProblem(at.field("high"), x.message(), x.found())).ifPresent(out::add);
        if (out.isEmpty() && r.low() > r.high()) {
            out.add(problem(at.field("low"), "rule.range.order", String.valueOf(r.low()), percent(r.low()),
                    percent(r.high())));
        }
        return out;
    }

    /**
     * A correlation matrix: series of the file with growth of their own, each once; as many rows of as many
     * numbers; ones on the diagonal, symmetric, each from -1 to 1; and positive semi-definite, since otherwise
     * no shocks can have these correlations together.
     */
    public static List<RuleProblem> checkCorrelation(Projection p, Correlation c) {
        List<RuleProblem> out = new ArrayList<>();
        if (c.isEmpty()) {
            return out;
        }
        Place at = simulation().field("correlation");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.series().size(); i++) {
            String id = c.series().get(i);
            int index = p.seriesIndex(id);
            if (index < 0) {
                out.add(problem(at.entry("series", i), "rule.reference.noSeries", id));
            } else if (p.series().get(index).isDerived()) {
                out.add(problem(at.entry("series", i), "rule.correlation.derived", id, p.series().get(index).name()));
            } else if (!seen.add(id)) {
                out.add(problem(at.entry("series", i), "rule.correlation.twice", id));
            }
        }
        double[][] m = c.matrix();
        int n = c.series().size();
        boolean square = m.length == n;
        for (int i = 0; square && i < n; i++) {
            square = m[i].length == n;
        }
        if (!square) {
            out.add(problem(at.field("matrix"), "rule.correlation.size", "", Integer.toString(n)));
            return out;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = m[i][j];
                Place cell = new Place(at.path() + ".matrix[" + i + "][" + j + "]", at.words());
                if (!(v >= -1 && v <= 1)) {
                    out.add(problem(cell, "rule.correlation.value", String.valueOf(v)));
                } else if (i == j && Math.abs(v - 1) > TOLERANCE) {
                    out.add(problem(cell, "rule.correlation.diagonal", String.valueOf(v), c.series().get(i)));
                } else if (j > i && Math.abs(v - m[j][i]) > TOLERANCE) {
                    out.add(problem(cell, "rule.correlation.symmetric", String.valueOf(v), c.series().get(i),
                            c.series().get(j), String.valueOf(m[j][i])));
                }
            }
        }
        if (out.isEmpty() && !positiveSemiDefinite(m)) {
            out.add(problem(at.field("matrix"), "rule.correlation.psd", ""));
        }
        return out;
    }

    /**
     * Whether a symmetric matrix is positive semi-definite, by a Cholesky factorisation that lets a pivot be
     * zero (then the rest of its column must be zero too): correlations such as A~B 0.9, B~C 0.9, A~C -0.9 are
     * each possible alone but not together.
     */
    static boolean positiveSemiDefinite(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (d < -TOLERANCE * 10) {
                return false;
            }
            double pivot = d <= TOLERANCE * 10 ? 0 : Math.sqrt(d);
            l[j][j] = pivot;
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (pivot == 0) {
                    if (Math.abs(s) > 1e-7) {
                        return false;
                    }
                    l[i][j] = 0;
                } else {
                    l[i][j] = s / pivot;
                }
            }
        }
        return true;
    }

    /** The simulation's settings in the file, {@code $.simulation}. */
    static Place simulation() {
        return new Place("$.simulation", ModelText.both("place.simulation"));
    }

    private static Place rangePlace(Projection p, RateRange r) {
        int index = p.seriesIndex(r.series());
        if (index < 0 || r.segment() < 0 || r.segment() >= p.series().get(index).segments().size()) {
            return simulation();
        }
        return Place.segment(p.series().get(index), index, r.segment()).field("rateRange");
    }

    private static String percent(double rate) {
        java.math.BigDecimal rounded = new java.math.BigDecimal(Double.toString(rate * 100))
                .round(new java.math.MathContext(6)).stripTrailingZeros();
        // 5e-322 % written out plain is 320 zeros, a message line no one reads: such a number is named as 4.94E-322.
        String plain = rounded.toPlainString();
        return plain.length() <= 16 ? plain : rounded.toString();
    }

    private static RuleProblem problem(Place place, String key, String found, Object... args) {
        return new RuleProblem(place, ModelText.both(key, args), found);
    }
}
