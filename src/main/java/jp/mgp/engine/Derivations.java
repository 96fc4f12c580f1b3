package jp.mgp.engine;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.model.Derivation;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;

/**
 * The derived series of one scenario, computed path by path from their inputs' values as
 * {@link ProjectionEngine} computes them from the projection's: in an order where inputs come first, each year of
 * the horizon, with the inputs of a sum or difference converted into the output's unit.
 */
final class Derivations {

    final int[] order;
    final Derivation.Op[] op;
    final int[][] inputs;
    final double[][] conversion;
    final double[] factor;
    private final int width;
    private final int horizonOffset;
    private final int years;

    /**
     * @param width the years of the span a path's values cover ({@code v[series * width + t]})
     * @param horizonOffset the horizon's first year in that span
     */
    Derivations(Projection effective, int width, int horizonOffset) {
        this.width = width;
        this.horizonOffset = horizonOffset;
        this.years = effective.years();
        List<Integer> found = order(effective);
        order = found.stream().mapToInt(Integer::intValue).toArray();
        op = new Derivation.Op[order.length];
        inputs = new int[order.length][];
        conversion = new double[order.length][];
        factor = new double[order.length];
        for (int d = 0; d < order.length; d++) {
            Series out = effective.series().get(order[d]);
            Derivation dv = out.derivation();
            op[d] = dv.op();
            inputs[d] = dv.inputs().stream().mapToInt(effective::seriesIndex).toArray();
            conversion[d] = new double[inputs[d].length];
            for (int j = 0; j < inputs[d].length; j++) {
                Series in = effective.series().get(inputs[d][j]);
                boolean adds = dv.op() == Derivation.Op.SUM || dv.op() == Derivation.Op.DIFFERENCE
                        || dv.op() == Derivation.Op.CUMULATIVE;
                conversion[d][j] = adds ? in.unit().convert(1.0, out.unit()) : 1.0;
            }
            factor[d] = dv.factor();
        }
    }

    /**
     * Derives every derived series of {@code n} paths lying side by side in {@code v}: path p's value of series s
     * in span year t at {@code v[(s * width + t) * n + p]} (with n = 1, one path's values year by year).
     */
    void derive(double[] v, int n) {
        derive(v, n, null);
    }

    /** Derives, in their order, the derived series {@code d} with {@code which[d]} (all of them when null). */
    void derive(double[] v, int n, boolean[] which) {
        for (int d = 0; d < order.length; d++) {
            if (which != null && !which[d]) {
                continue;
            }
            if (op[d] == Derivation.Op.CUMULATIVE) {
                cumulative(d, v, n);
            } else {
                for (int t = horizonOffset; t < horizonOffset + years; t++) {
                    derive(d, v, n, t);
                }
            }
        }
    }

    /** Derived series d in span year t for every path. */
    private void derive(int d, double[] v, int n, int t) {
        int out = (order[d] * width + t) * n;
        int[] in = inputs[d];
        double[] conv = conversion[d];
        double f = factor[d];
        int first = (in[0] * width + t) * n;
        switch (op[d]) {
            case SUM:
                for (int p = 0; p < n; p++) {
                    v[out + p] = 0;
                }
                for (int j = 0; j < in.length; j++) {
                    int at = (in[j] * width + t) * n;
                    double c = conv[j];
                    for (int p = 0; p < n; p++) {
                        v[out + p] += v[at + p] * c;
                    }
                }
                break;
            case DIFFERENCE:
                for (int p = 0; p < n; p++) {
                    v[out + p] = v[first + p] * conv[0];
                }
                for (int j = 1; j < in.length; j++) {
                    int at = (in[j] * width + t) * n;
                    double c = conv[j];
                    for (int p = 0; p < n; p++) {
                        v[out + p] -= v[at + p] * c;
                    }
                }
                break;
            case RATIO: {
                int den = (in[1] * width + t) * n;
                for (int p = 0; p < n; p++) {
                    double x = v[den + p];
                    v[out + p] = x == 0 ? Double.NaN : v[first + p] / x * f;
                }
                break;
            }
            case PRODUCT:
                for (int p = 0; p < n; p++) {
                    v[out + p] = f;
                }
                for (int j = 0; j < in.length; j++) {
                    int at = (in[j] * width + t) * n;
                    for (int p = 0; p < n; p++) {
                        v[out + p] *= v[at + p];
                    }
                }
                break;
            default:
                for (int p = 0; p < n; p++) {
                    v[out + p] = v[first + p] * f;
                }
        }
        for (int p = 0; p < n; p++) {
            if (!Double.isFinite(v[out + p])) {
                v[out + p] = Double.NaN;
            }
        }
    }

    /**
     * A running total over the horizon, as {@code ProjectionEngine} takes it: from the input's first year with a
     * value; a year without one after that leaves the total unknown from there on.
     */
    private void cumulative(int d, double[] v, int n) {
        int out = order[d] * width;
        int in = inputs[d][0] * width;
        double conv = conversion[d][0];
        for (int p = 0; p < n; p++) {
            double total = 0;
            boolean started = false;
            boolean broken = false;
            for (int t = horizonOffset; t < horizonOffset + years; t++) {
                double x = v[(in + t) * n + p];
                broken |= started && Double.isNaN(x);
                started |= !Double.isNaN(x);
                if (!started || broken) {
                    v[(out + t) * n + p] = Double.NaN;
                    continue;
                }
                total += x * conv;
                v[(out + t) * n + p] = Double.isFinite(total) ? total : Double.NaN;
            }
        }
    }

    private static List<Integer> order(Projection p) {
        List<Integer> order = new ArrayList<>();
        boolean[] done = new boolean[p.series().size()];
        for (int s = 0; s < done.length; s++) {
            done[s] = !p.series().get(s).isDerived();
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int s = 0; s < done.length; s++) {
                if (!done[s] && p.series().get(s).derivation().inputs().stream()
                        .allMatch(id -> p.seriesIndex(id) >= 0 && done[p.seriesIndex(id)])) {
                    done[s] = true;
                    order.add(s);
                    progress = true;
                }
            }
        }
        for (int s = 0; s < done.length; s++) {
            if (!done[s]) {
                throw new IllegalArgumentException("derived series '" + p.series().get(s).id()
                        + "' depends on itself through its inputs");
            }
        }
        return order;
    }
}
