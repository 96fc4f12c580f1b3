package jp.mgp.engine;

/**
 * How the paths' values of one series in one year fall into equal bins from {@code from} to {@code to}; values
 * outside are counted apart, not folded into the end bins, so a bar never holds what it does not cover.
 *
 * @param failed paths with no value in that year (a step that could not be taken)
 */
public record Histogram(double from, double to, int[] counts, int below, int above, int failed) {

    public Histogram {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int bins() {
        return counts.length;
    }

    public double binWidth() {
        return (to - from) / counts.length;
    }

    /** The lower edge of bin {@code i}. */
    public double edge(int i) {
        return from + i * binWidth();
    }

    public int count(int i) {
        return counts[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && from == h.from && to == h.to && java.util.Arrays.equals(counts, h.counts)
                && below == h.below && above == h.above && failed == h.failed;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(counts) * 31 + Double.hashCode(from) + Double.hashCode(to);
    }

    @Override
    public String toString() {
        return "Histogram[" + from + ".." + to + ", " + java.util.Arrays.toString(counts) + ", below " + below
                + ", above " + above + ", failed " + failed + "]";
    }
}
