package jp.mgp.engine;

import java.util.Arrays;

import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * Projects one base series over a span of years: pinned anchors are kept, every other year is stepped forwards
 * from the nearest known year before it, or, before the first known year, backwards from the one after it.
 * Years no segment reaches stay unknown (NaN) rather than guessed.
 */
final class SeriesPath {

    static final byte NONE = -1;

    private SeriesPath() {
    }

    /**
     * Fills {@code values} and {@code kinds} (both of length {@code last - first + 1}) for {@code series}.
     *
     * @return the number of years a step that overflowed or could not be taken left without a value (for a warning),
     *         counted within {@code first..last} when any falls there; 0 normally
     */
    static int project(Series series, int first, int last, double[] values, byte[] kinds) {
        int lo = first;
        int hi = last;
        for (Anchor a : series.anchors()) {
            if (a.pinned()) {
                lo = Math.min(lo, a.year());
                hi = Math.max(hi, a.year());
            }
        }
        int n = hi - lo + 1;
        double[] v = new double[n];
        byte[] k = new byte[n];
        boolean[] pinned = new boolean[n];
        Arrays.fill(v, Double.NaN);
        Arrays.fill(k, NONE);
        for (Anchor a : series.anchors()) {
            if (a.pinned()) {
                int i = a.year() - lo;
                v[i] = a.value();
                k[i] = (byte) a.kind().ordinal();
                pinned[i] = true;
            }
        }
        int failures = 0;
        Segment[] bySpan = segmentsByStep(series, lo, hi);
        // An S-curve grows from a known value like every other model; only with nothing pinned at all does the
        // curve itself stand as the path (Segment.Logistic).
        boolean nothingPinned = series.anchors().stream().noneMatch(Anchor::pinned);
        for (int y = lo; y < hi; y++) {
            int i = y - lo;
            Segment seg = bySpan[i];
            boolean free = nothingPinned && Double.isNaN(v[i]) && seg instanceof Segment.Logistic;
            if (pinned[i + 1] || seg == null || (Double.isNaN(v[i]) && !free)) {
                continue;
            }
            double next = free ? ((Segment.Logistic) seg).at(y + 1)
                    : seg instanceof Segment.Target t ? targetStep(t, series, v[i], y) : seg.forward(v[i], y);
            failures += store(v, k, i + 1, next, free ? null : k[i], seg);
        }
        for (int y = hi - 1; y >= lo; y--) {
            int i = y - lo;
            Segment seg = bySpan[i];
            boolean free = nothingPinned && Double.isNaN(v[i + 1]) && seg instanceof Segment.Logistic;
            // A target step needs its start, which is what is missing here.
            if (!Double.isNaN(v[i]) || seg == null || seg instanceof Segment.Target
                    || (Double.isNaN(v[i + 1]) && !free)) {
                continue;
            }
            double prev = free ? ((Segment.Logistic) seg).at(y) : seg.backward(v[i + 1], y);
            failures += store(v, k, i, prev, free ? null : k[i + 1], seg);
        }
        System.arraycopy(v, first - lo, values, 0, last - first + 1);
        System.arraycopy(k, first - lo, kinds, 0, last - first + 1);
        return failures == 0 ? 0 : yearsLeftOut(v, bySpan, lo, first, last, failures);
    }

    /**
     * The years a failed step left without a value: every year a segment reaches that holds no number (a failed
     * step leaves the years after it empty too, so counting steps said "1 year" for five empty years). Years no
     * segment reaches have no value by design and are not counted. Counted in the horizon; when the failure lies
     * only outside it, in the whole path.
     */
    private static int yearsLeftOut(double[] v, Segment[] bySpan, int lo, int first, int last, int failures) {
        int inHorizon = 0;
        int inPath = 0;
        for (int i = 0; i < v.length; i++) {
            boolean reached = i > 0 && bySpan[i - 1] != null || i < bySpan.length && bySpan[i] != null;
            if (reached && Double.isNaN(v[i])) {
                inPath++;
                inHorizon += lo + i >= first && lo + i <= last ? 1 : 0;
            }
        }
        return inHorizon > 0 ? inHorizon : Math.max(inPath, failures);
    }

    private static int store(double[] v, byte[] k, int i, double value, Byte inputKind, Segment seg) {
        if (!Double.isFinite(value)) {
            return 1;
        }
        v[i] = value;
        Kind rule = seg.basis().kind();
        k[i] = (byte) (inputKind == null ? rule : Kind.values()[inputKind].through(rule)).ordinal();
        return 0;
    }

    /** One geometric step towards the target, from wherever the path stands now. */
    private static double targetStep(Segment.Target t, Series series, double value, int year) {
        double goal = t.aimsAtAnchor() ? pinnedValue(series, t.to()) : t.value();
        double ratio = goal / value;
        if (!(ratio > 0)) {
            return Double.NaN;
        }
        return value * Math.pow(ratio, 1.0 / (t.to() - year));
    }

    static double pinnedValue(Series series, int year) {
        for (Anchor a : series.anchors()) {
            if (a.pinned() && a.year() == year) {
                return a.value();
            }
        }
        return Double.NaN;
    }

    private static Segment[] segmentsByStep(Series series, int lo, int hi) {
        Segment[] out = new Segment[hi - lo];
        for (Segment s : series.segments()) {
            for (int y = Math.max(s.from(), lo); y < Math.min(s.to(), hi); y++) {
                if (out[y - lo] == null) {
                    out[y - lo] = s;
                }
            }
        }
        return out;
    }
}
