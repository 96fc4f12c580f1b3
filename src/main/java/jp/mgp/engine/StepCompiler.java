package jp.mgp.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.mgp.model.Anchor;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * Finds the steps a path takes through the base series, in the order {@link SeriesPath#project} takes them
 * (forwards from each known year, then backwards before it), each as {@code v[to] = (a * v[from] + b) * shock}
 * or a step towards a target, and the pinned anchors every path passes through. Used once, while a
 * {@link PathPlan} is built.
 */
final class StepCompiler {

    static final byte STEP = 0;
    static final byte TARGET = 1;
    static final byte FREE = 2;

    private final Projection effective;
    private final int lo;
    private final int width;
    private final RangedRates rates;

    // The steps as they are found, grown as needed; read by PathPlan once all are found.
    int size;
    byte[] type = new byte[64];
    int[] from = new int[64];
    int[] to = new int[64];
    double[] a = new double[64];
    double[] b = new double[64];
    int[] range = new int[64];
    boolean[] forward = new boolean[64];
    int[] noise = new int[64];
    int[] year = new int[64];
    double[] goal = new double[64];
    int[] left = new int[64];
    final List<Integer> pinAt = new ArrayList<>();
    final List<Double> pinValue = new ArrayList<>();

    /**
     * Compiles every base series of {@code effective} into a span of {@code width} years from {@code lo}
     * ({@code v[series * width + (year - lo)]}).
     */
    StepCompiler(Projection effective, int lo, int width, RangedRates rates, Shocks shocks) {
        this.effective = effective;
        this.lo = lo;
        this.width = width;
        this.rates = rates;
        for (int s = 0; s < effective.series().size(); s++) {
            Series series = effective.series().get(s);
            if (!series.isDerived()) {
                compile(series, s, shocks.of[s]);
            }
        }
    }

    /** The steps of one base series, found as {@link SeriesPath#project} takes them. */
    private void compile(Series series, int s, int noise) {
        int sLo = effective.firstYear();
        int sHi = effective.lastYear();
        for (Anchor x : series.anchors()) {
            if (x.pinned()) {
                sLo = Math.min(sLo, x.year());
                sHi = Math.max(sHi, x.year());
            }
        }
        int n = sHi - sLo + 1;
        boolean[] known = new boolean[n];
        boolean[] pinned = new boolean[n];
        int base = s * width + (sLo - lo);
        for (Anchor x : series.anchors()) {
            if (x.pinned()) {
                known[x.year() - sLo] = true;
                pinned[x.year() - sLo] = true;
                pinAt.add(base + x.year() - sLo);
                pinValue.add(x.value());
            }
        }
        Segment[] bySpan = new Segment[n - 1];
        for (Segment g : series.segments()) {
            for (int y = Math.max(g.from(), sLo); y < Math.min(g.to(), sHi); y++) {
                if (bySpan[y - sLo] == null) {
                    bySpan[y - sLo] = g;
                }
            }
        }
        boolean nothingPinned = series.anchors().stream().noneMatch(Anchor::pinned);
        for (int y = sLo; y < sHi; y++) {
            int i = y - sLo;
            Segment seg = bySpan[i];
            boolean free = nothingPinned && !known[i] && seg instanceof Segment.Logistic;
            if (pinned[i + 1] || seg == null || (!known[i] && !free)) {
                continue;
            }
            int at = y - lo;
            if (free) {
                add(FREE, -1, base + i + 1, 0, ((Segment.Logistic) seg).at(y + 1), -1, true, -1, at, 0, 0);
            } else if (seg instanceof Segment.Target t) {
                double aim = t.aimsAtAnchor() ? SeriesPath.pinnedValue(series, t.to()) : t.value();
                add(TARGET, base + i, base + i + 1, 1, 0, -1, true, noise, at, aim, t.to() - y);
            } else {
                step(series, seg, y, true, base + i, base + i + 1, noise);
            }
            known[i + 1] = true;
        }
        for (int y = sHi - 1; y >= sLo; y--) {
            int i = y - sLo;
            Segment seg = bySpan[i];
            boolean free = nothingPinned && !known[i + 1] && seg instanceof Segment.Logistic;
            if (known[i] || seg == null || seg instanceof Segment.Target || (!known[i + 1] && !free)) {
                continue;
            }
            if (free) {
                add(FREE, -1, base + i, 0, ((Segment.Logistic) seg).at(y), -1, false, -1, y - lo, 0, 0);
            } else {
                step(series, seg, y, false, base + i + 1, base + i, noise);
            }
            known[i] = true;
        }
    }

    /** A step of a compound, linear, S-curve or flat segment as {@code a * v + b}. */
    private void step(Series series, Segment seg, int y, boolean fw, int f, int o, int k) {
        double aa = 1;
        double bb = 0;
        int r = -1;
        if (seg instanceof Segment.Compound c) {
            aa = fw ? 1 + c.rate() : 1 / (1 + c.rate());
            r = rates.indexOf(series.id(), series.segments().indexOf(seg));
        } else if (seg instanceof Segment.Linear l) {
            bb = fw ? l.increment() : -l.increment();
        } else if (seg instanceof Segment.Logistic g) {
            bb = fw ? g.rise(y, 1) : -g.rise(y, 1);
        }
        add(STEP, f, o, aa, bb, r, fw, k, y - lo, 0, 0);
    }

    private void add(byte t, int f, int o, double aa, double bb, int r, boolean fw, int k, int y, double g, int l) {
        if (size == type.length) {
            int n = size * 2;
            type = Arrays.copyOf(type, n);
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            range = Arrays.copyOf(range, n);
            forward = Arrays.copyOf(forward, n);
            noise = Arrays.copyOf(noise, n);
            year = Arrays.copyOf(year, n);
            goal = Arrays.copyOf(goal, n);
            left = Arrays.copyOf(left, n);
        }
        type[size] = t;
        from[size] = f;
        to[size] = o;
        a[size] = aa;
        b[size] = bb;
        range[size] = r;
        forward[size] = fw;
        noise[size] = k;
        year[size] = y;
        goal[size] = g;
        left[size] = l;
        size++;
    }
}
