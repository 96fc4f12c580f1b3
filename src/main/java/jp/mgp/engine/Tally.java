package jp.mgp.engine;

import java.util.Arrays;

/**
 * What a simulation's paths add up to: each chunk's values stored as floats, path by path, with its block's sums,
 * failed paths and extremes ({@link Block}); then, from the blocks in their order, each series-year's failed paths,
 * mean and quantiles. Shared by {@link Simulation#run} and {@link LiveFan#update}, so that a run and a follow add
 * alike, to the last bit.
 */
final class Tally {

    private Tally() {
    }

    /** What one block's paths give each series-year: the sum of their values, the failed paths, the extremes. */
    static final class Block {
        final double[] sum;
        final int[] failed;
        final float[] min;
        final float[] max;

        Block(int seriesYears) {
            sum = new double[seriesYears];
            failed = new int[seriesYears];
            min = new float[seriesYears];
            max = new float[seriesYears];
            Arrays.fill(min, Float.POSITIVE_INFINITY);
            Arrays.fill(max, Float.NEGATIVE_INFINITY);
        }
    }

    /**
     * Stores series {@code s} of a chunk of {@code n} paths from {@code v} (as {@link PathPlan#paths} lays them)
     * into {@code values} at path {@code first}, every year of the horizon, and adds the chunk's sums, failed
     * paths and extremes to its block's.
     */
    static void store(PathPlan p, int s, double[] v, int n, int first, float[][] values, Block into) {
        int years = p.years;
        for (int y = 0; y < years; y++) {
            int at = (s * p.width + p.horizonOffset + y) * n;
            int sy = s * years + y;
            float[] out = values[sy];
            float lo = into.min[sy];
            float hi = into.max[sy];
            // Four running sums, so that each addition need not wait for the one before.
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int failed = 0;
            int path = 0;
            for (; path + 4 <= n; path += 4) {
                double x0 = v[at + path];
                double x1 = v[at + path + 1];
                double x2 = v[at + path + 2];
                double x3 = v[at + path + 3];
                s0 += x0 == x0 ? x0 : 0;
                s1 += x1 == x1 ? x1 : 0;
                s2 += x2 == x2 ? x2 : 0;
                s3 += x3 == x3 ? x3 : 0;
                failed += (x0 == x0 ? 0 : 1) + (x1 == x1 ? 0 : 1) + (x2 == x2 ? 0 : 1) + (x3 == x3 ? 0 : 1);
            }
            for (; path < n; path++) {
                double x = v[at + path];
                s0 += x == x ? x : 0;
                failed += x == x ? 0 : 1;
            }
            for (path = 0; path < n; path++) {
                float x = (float) v[at + path];
                out[first + path] = x;
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            into.sum[sy] += (s0 + s1) + (s2 + s3);
            into.failed[sy] += failed;
            into.min[sy] = lo;
            into.max[sy] = hi;
        }
    }

    /**
     * Series-year {@code sy}'s failed paths, mean and {@link FanResult#LEVELS} from its paths' {@code values} and its
     * blocks' sums, failures and extremes, added in the blocks' order (so that a run and a {@link LiveFan} add
     * alike). The levels are NaN where a path failed.
     */
    static void finish(int sy, Block[] found, float[] values, int paths, double[] means, int[] failed,
                       double[][] levels, Selection selection) {
        double sum = 0;
        int bad = 0;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (Block b : found) {
            sum += b.sum[sy];
            bad += b.failed[sy];
            min = Math.min(min, b.min[sy]);
            max = Math.max(max, b.max[sy]);
        }
        failed[sy] = bad;
        means[sy] = bad > 0 ? Double.NaN : sum / paths;
        if (bad > 0) {
            levels[sy] = new double[FanResult.LEVELS.length];
            Arrays.fill(levels[sy], Double.NaN);
        } else if (selection.buckets != null) {
            levels[sy] = Quantiles.ofLarge(values, min, max, selection.buckets, FanResult.LEVELS);
        } else {
            System.arraycopy(values, 0, selection.scratch, 0, values.length);
            levels[sy] = Quantiles.of(selection.scratch, FanResult.LEVELS);
        }
    }

    /**
     * One thread's space for taking quantiles. Selection reorders what it selects from: a copy, so that the values
     * keep their paths' order and a path is the same path in every series and year. Large samples are counted into
     * buckets instead, which only reads them, with the least and greatest value found as the paths were stored.
     */
    static final class Selection {
        final float[] scratch;
        final char[] buckets;

        Selection(int paths) {
            boolean large = paths >= Quantiles.BUCKETED;
            scratch = large ? null : new float[paths];
            buckets = large ? new char[paths] : null;
        }
    }
}
