package jp.mgp.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How uncertain the growth rate of one compound segment is: the range it is drawn from in a simulation, once
 * per path. The segment is named by its series' id and its index in that series, so that {@link Series} and
 * {@link Segment} stay as they are; {@link Projection#withSeries(java.util.List)} drops a range whose segment is
 * gone.
 *
 * @param low          the lowest rate considered, a fraction like the rate (0.30 = 30 %); for {@code normal} the
 *                     5th percentile
 * @param high         the highest, at least {@code low}; for {@code normal} the 95th percentile
 * @param distribution how rates are spread between the two
 * @param rationale    why this range: where its ends come from, in both languages
 */
public record RateRange(String series, int segment, double low, double high, Distribution distribution,
                        LocalizedText rationale) {

    /** How a rate is drawn between {@code low} and {@code high}. */
    public enum Distribution {
        /**
         * Most likely at the segment's own rate (taken into the range when it lies outside), falling to nothing at
         * both ends.
         */
        TRIANGULAR,
        /** Every rate between the ends equally likely. */
        UNIFORM,
        /** Normal, centred between the ends, with the ends as its 5th and 95th percentiles. */
        NORMAL;

        /** The word used in files: triangular, uniform, normal. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Distribution> byId(String id) {
            for (Distribution d : values()) {
                if (d.id().equals(id)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    }

    public RateRange {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(distribution, "distribution");
        rationale = Objects.requireNonNullElse(rationale, LocalizedText.EMPTY);
    }

    /** The same range moved by {@code points} (a fraction), as a scenario that moves the rate moves its range. */
    public RateRange shifted(double points) {
        return new RateRange(series, segment, low + points, high + points, distribution, rationale);
    }

    public RateRange withBounds(double newLow, double newHigh) {
        return new RateRange(series, segment, newLow, newHigh, distribution, rationale);
    }
}
