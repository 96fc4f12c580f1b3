package jp.mgp.engine;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.Segment;

/**
 * The rate ranges of one scenario: each compound segment with a range draws its rate once per path, from a
 * triangular (peaking at the segment's rate), uniform or normal distribution (a normal range's ends are its P5
 * and P95). A scenario that moves a segment's rate moves its range with it.
 */
final class RangedRates {

    static final byte TRIANGULAR = 0;
    static final byte UNIFORM = 1;
    static final byte NORMAL = 2;

    /** The normal quantile of 0.95: the ends of a normal range are its 5th and 95th percentiles. */
    static final double Z95 = 1.6448536269514722;

    final int count;
    final RateRange[] ranges;
    final byte[] distribution;
    final double[] low;
    final double[] high;
    final double[] mode;
    /** The segment's own rate in this scenario, the range's base. */
    final double[] base;

    /** The ranges of {@code file} as they lie on {@code effective}, the file with its scenario applied. */
    RangedRates(Projection file, Projection effective) {
        List<RateRange> found = new ArrayList<>();
        for (RateRange r : file.uncertainty().rateRanges()) {
            int s = effective.seriesIndex(r.series());
            // The model's rules refuse a range on a segment that is not there or not compound; such a range, in a
            // projection built without them, takes no part.
            if (s >= 0 && r.segment() >= 0 && r.segment() < effective.series().get(s).segments().size()
                    && effective.series().get(s).segments().get(r.segment()) instanceof Segment.Compound) {
                found.add(r);
            }
        }
        count = found.size();
        ranges = found.toArray(new RateRange[0]);
        distribution = new byte[count];
        low = new double[count];
        high = new double[count];
        mode = new double[count];
        base = new double[count];
        for (int r = 0; r < count; r++) {
            RateRange range = ranges[r];
            int s = effective.seriesIndex(range.series());
            double now = ((Segment.Compound) effective.series().get(s).segments().get(range.segment())).rate();
            double inFile = ((Segment.Compound) file.series().get(s).segments().get(range.segment())).rate();
            RateRange moved = range.shifted(now - inFile);
            distribution[r] = switch (moved.distribution()) {
                case TRIANGULAR -> TRIANGULAR;
                case UNIFORM -> UNIFORM;
                case NORMAL -> NORMAL;
            };
            low[r] = moved.low();
            high[r] = moved.high();
            mode[r] = Math.max(moved.low(), Math.min(moved.high(), now));
            base[r] = now;
        }
    }

    /** The index of the range on segment {@code segment} of series {@code seriesId}, or -1. */
    int indexOf(String seriesId, int segment) {
        for (int r = 0; r < count; r++) {
            if (ranges[r].series().equals(seriesId) && ranges[r].segment() == segment) {
                return r;
            }
        }
        return -1;
    }

    /** Whether range r draws a standard normal (a normal range) rather than a uniform in [0, 1). */
    boolean drawsNormal(int r) {
        return distribution[r] == NORMAL;
    }

    /**
     * The rate of range r for its {@code draw}: a standard normal for a normal range ({@link #drawsNormal}), a
     * uniform in [0, 1) for the others.
     */
    double rate(int r, double draw) {
        double lo = low[r];
        double hi = high[r];
        double rate;
        switch (distribution[r]) {
            case UNIFORM:
                rate = lo + draw * (hi - lo);
                break;
            case NORMAL:
                rate = (lo + hi) / 2 + draw * (hi - lo) / (2 * Z95);
                break;
            default: {
                double span = hi - lo;
                double c = mode[r];
                if (span <= 0) {
                    rate = lo;
                } else if (draw < (c - lo) / span) {
                    rate = lo + Math.sqrt(draw * span * (c - lo));
                } else {
                    rate = hi - Math.sqrt((1 - draw) * span * (hi - c));
                }
            }
        }
        // A normal's tail can pass -100 %, which no compound rate may; it is held just above.
        return Math.max(rate, -0.999);
    }
}
