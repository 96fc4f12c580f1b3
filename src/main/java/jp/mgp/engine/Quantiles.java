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
        int n = sample.length;
        int[] ranks = new int[ps.length * 2];
        for (int i = 0; i < ps.length; i++) {
            int k = (int) Math.floor((n - 1) * ps[i]);
            ranks[2 * i] = k;
            ranks[2 * i + 1] = Math.min(k + 1, n - 1);
        }
        Arrays.sort(ranks);
        new Quantiles(sample).select(0, n - 1, ranks, 0, ranks.length - 1);
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            double h = (n - 1) * ps[i];
            int k = (int) Math.floor(h);
            double low = sample[k];
            double frac = h - k;
            out[i] = frac == 0 || k + 1 >= n ? low : low + frac * (sample[k + 1] - low);
        }
        return out;
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
