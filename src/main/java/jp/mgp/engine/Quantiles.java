package jp.mgp.engine;

import java.util.Arrays;

/**
 * Quantiles of a sample by selection instead of a full sort: one multiple selection (Hoare's partition, recursing
 * only into the stretches that hold a wanted rank) puts every order statistic needed in its place, so five
 * quantiles of 100,000 values cost a few passes over them rather than a sort. The quantile is the usual
 * interpolated one (R's default and Excel's PERCENTILE.INC): with n values in order x(0) .. x(n-1) and
 * h = (n - 1) p, it is {@code x(floor h) + (h - floor h) (x(floor h + 1) - x(floor h))}. The sample is reordered
 * in place and must hold no NaN.
 */
final class Quantiles {

    /** Stretches shorter than this are sorted by insertion, which is quicker there than partitioning. */
    private static final int SMALL = 24;

    private final float[] a;

    private Quantiles(float[] sample) {
        this.a = sample;
    }

    /** The {@code ps} quantiles (each from 0 to 1) of {@code sample}, which this reorders. */
    static double[] of(float[] sample, double... ps) {
        int[] ranks = ranks(sample.length, ps);
        float[] at = sample.length < BUCKETED ? selected(sample, ranks) : bucketed(sample, ranks, null);
        return interpolated(sample.length, ranks, at, ps);
    }

    /**
     * The {@code ps} quantiles of a sample of at least {@value #BUCKETED} values, which this only reads (it stays
     * in its order), given its least and greatest value; {@code scratch} (at least as long as the sample, or null)
     * holds each value's bucket between the passes.
     */
    static double[] ofLarge(float[] sample, float min, float max, char[] scratch, double... ps) {
        if (sample.length < BUCKETED) {
            throw new IllegalArgumentException("a sample of " + sample.length + " is selected, not bucketed");
        }
        int[] ranks = ranks(sample.length, ps);
        return interpolated(sample.length, ranks, bucketed(sample, min, max, ranks, scratch), ps);
    }

    /** The two ranks around each quantile, in order. */
    private static int[] ranks(int n, double[] ps) {
        int[] ranks = new int[ps.length * 2];
        for (int i = 0; i < ps.length; i++) {
            int k = (int) Math.floor((n - 1) * ps[i]);
            ranks[2 * i] = k;
            ranks[2 * i + 1] = Math.min(k + 1, n - 1);
        }
        Arrays.sort(ranks);
        return ranks;
    }

    private static double[] interpolated(int n, int[] ranks, float[] at, double[] ps) {
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            double h = (n - 1) * ps[i];
            int k = (int) Math.floor(h);
            double low = at[Arrays.binarySearch(ranks, k)];
            double frac = h - k;
            out[i] = frac == 0 || k + 1 >= n ? low : low + frac * (at[Arrays.binarySearch(ranks, k + 1)] - low);
        }
        return out;
    }

    /** The value of each rank, by selection over the whole sample. */
    private static float[] selected(float[] sample, int[] ranks) {
        new Quantiles(sample).select(0, sample.length - 1, ranks, 0, ranks.length - 1);
        float[] at = new float[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            at[i] = sample[ranks[i]];
        }
        return at;
    }

    /** Samples at least this large are first counted into buckets, which leaves selection a few hundred values. */
    static final int BUCKETED = 4096;
    private static final int BUCKETS = 2048;

    /**
     * The value of each rank in three passes instead of several partitions: the range, a count per equal bucket
     * of it (the bucket order is the values' order), then only the values of the buckets holding a wanted rank,
     * copied out and selected among. The answer is exactly the selection's.
     */
    private static float[] bucketed(float[] sample, int[] ranks, char[] scratch) {
        float min = sample[0];
        float max = sample[0];
        for (float x : sample) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return bucketed(sample, min, max, ranks, scratch);
    }

    private static float[] bucketed(float[] sample, float min, float max, int[] ranks, char[] scratch) {
        float[] at = new float[ranks.length];
        if (!(max > min)) {
            Arrays.fill(at, min);
            return at;
        }
        double scale = BUCKETS / ((double) max - min);
        int n = sample.length;
        // Each value's bucket, worked out once for both passes (a char holds the 2,048 buckets).
        char[] bucket = scratch != null && scratch.length >= n ? scratch : new char[n];
        int[] count = new int[BUCKETS];
        for (int i = 0; i < n; i++) {
            bucket[i] = (char) Math.min(BUCKETS - 1, (int) ((sample[i] - (double) min) * scale));
            count[bucket[i]]++;
        }
        // Which bucket each rank falls in, and how many values lie in the buckets before it.
        int[] wanted = new int[BUCKETS];
        Arrays.fill(wanted, -1);
        int[] bucketOf = new int[ranks.length];
        int[] before = new int[ranks.length];
        int[] sizes = new int[ranks.length];
        int distinct = 0;
        int b = 0;
        int below = 0;
        for (int i = 0; i < ranks.length; i++) {
            while (below + count[b] <= ranks[i]) {
                below += count[b++];
            }
            if (wanted[b] < 0) {
                wanted[b] = distinct;
                sizes[distinct++] = count[b];
            }
            bucketOf[i] = wanted[b];
            before[i] = below;
        }
        float[][] held = new float[distinct][];
        for (int d = 0; d < distinct; d++) {
            held[d] = new float[sizes[d]];
        }
        int[] fill = new int[distinct];
        for (int i = 0; i < n; i++) {
            int d = wanted[bucket[i]];
            if (d >= 0) {
                held[d][fill[d]++] = sample[i];
            }
        }
        for (int d = 0; d < distinct; d++) {
            int[] local = new int[ranks.length];
            int m = 0;
            for (int i = 0; i < ranks.length; i++) {
                if (bucketOf[i] == d) {
                    local[m++] = ranks[i] - before[i];
                }
            }
            int[] these = Arrays.copyOf(local, m);
            new Quantiles(held[d]).select(0, held[d].length - 1, these, 0, m - 1);
        }
        for (int i = 0; i < ranks.length; i++) {
            at[i] = held[bucketOf[i]][ranks[i] - before[i]];
        }
        return at;
    }

    /** Puts ranks[from..to] (ascending, within left..right) in their sorted places. */
    private void select(int left, int right, int[] ranks, int from, int to) {
        while (from <= to && left < right) {
            if (right - left < SMALL) {
                insertionSort(left, right);
                return;
            }
            int mid = (left + right) >>> 1;
            float x = median(a[left], a[mid], a[right]);
            int i = left;
            int j = right;
            do {
                while (a[i] < x) {
                    i++;
                }
                while (x < a[j]) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            } while (i <= j);
            // Now a[left..j] <= x <= a[i..right], and everything strictly between j and i equals x.
            int lowEnd = from;
            while (lowEnd <= to && ranks[lowEnd] <= j) {
                lowEnd++;
            }
            int highStart = lowEnd;
            while (highStart <= to && ranks[highStart] < i) {
                highStart++;
            }
            select(left, j, ranks, from, lowEnd - 1);
            left = i;
            from = highStart;
        }
    }

    private void insertionSort(int left, int right) {
        for (int i = left + 1; i <= right; i++) {
            float v = a[i];
            int j = i - 1;
            while (j >= left && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static float median(float x, float y, float z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
