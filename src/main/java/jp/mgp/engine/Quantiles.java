package jp.mgp.engine;

/**
 * Quantiles of a sample by selection instead of a full sort: each order statistic needed is put in its place by
 * Hoare's selection within the stretch left between those already placed, so five quantiles of 100,000 values
 * cost a few passes over them rather than a sort. The quantile is the usual interpolated one (R's and Excel's
 * PERCENTILE.INC): with n values in order x(0) .. x(n-1), h = (n - 1) p, the quantile is
 * {@code x(floor h) + (h - floor h) (x(floor h + 1) - x(floor h))}. The sample is reordered in place.
 */
final class Quantiles {

    private final float[] a;
    private final int n;
    /** Indices already holding their order statistic, ascending. */
    private final int[] placed = new int[32];
    private int placedCount;

    Quantiles(float[] sample) {
        this.a = sample;
        this.n = sample.length;
    }

    /** The {@code p} quantile (0 &lt;= p &lt;= 1) of the sample, which must hold no NaN. */
    double quantile(double p) {
        double h = (n - 1) * p;
        int k = (int) Math.floor(h);
        double low = orderStatistic(k);
        double frac = h - k;
        if (frac == 0 || k + 1 >= n) {
            return low;
        }
        return low + frac * (orderStatistic(k + 1) - low);
    }

    /** The k-th smallest value (0-based), placed at index k. */
    double orderStatistic(int k) {
        int left = 0;
        int right = n - 1;
        for (int i = 0; i < placedCount; i++) {
            int at = placed[i];
            if (at == k) {
                return a[k];
            }
            if (at < k) {
                left = Math.max(left, at + 1);
            } else {
                right = Math.min(right, at - 1);
            }
        }
        if (left > 0 && k == left && isPlaced(left - 1)) {
            // The next value after a placed one is the least of the stretch: one pass, no selection.
            int min = left;
            for (int i = left + 1; i <= right; i++) {
                if (a[i] < a[min]) {
                    min = i;
                }
            }
            swap(min, k);
        } else {
            select(left, right, k);
        }
        place(k);
        return a[k];
    }

    private boolean isPlaced(int index) {
        for (int i = 0; i < placedCount; i++) {
            if (placed[i] == index) {
                return true;
            }
        }
        return false;
    }

    private void place(int k) {
        if (placedCount < placed.length) {
            placed[placedCount++] = k;
        }
    }

    /** Hoare's selection (Wirth's form) with a median-of-three pivot: afterwards a[k] is in its sorted place. */
    private void select(int left, int right, int k) {
        while (left < right) {
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
                    swap(i, j);
                    i++;
                    j--;
                }
            } while (i <= j);
            if (j < k) {
                left = i;
            }
            if (k < i) {
                right = j;
            }
        }
    }

    private static float median(float x, float y, float z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    private void swap(int i, int j) {
        float t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
