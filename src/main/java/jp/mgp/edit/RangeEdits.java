package jp.mgp.edit;

import java.util.List;

import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.RuleProblem;
import jp.mgp.model.Segment;
import jp.mgp.model.UncertaintyRules;

/**
 * Edits of how uncertain a growth rate is. A rate moved in the base carries its range along by the same points,
 * so the fan stays around the line the user is dragging (a scenario's rate already moves its range in the
 * simulation); the ends of a range are set together and refused with the model's words when wrong.
 */
public final class RangeEdits {

    private RangeEdits() {
    }

    /**
     * As {@link ProjectionEdits#setParameter} for a rate, moving the segment's rate range (if it has one) by as many
     * points as the base rate moves.
     */
    public static Projection setRate(Projection p, String scenarioId, String seriesId, int segment, double rate,
                                     LocalizedText why) {
        Projection next = ProjectionEdits.setParameter(p, scenarioId, seriesId, segment, "rate", rate, why);
        if (!ProjectionEdits.editsBase(p, scenarioId)) {
            return next;
        }
        return p.uncertainty().rateRange(seriesId, segment).map(range -> {
            double was = ((Segment.Compound) p.series(seriesId).orElseThrow().segments().get(segment)).rate();
            return next.withUncertainty(next.uncertainty().withRateRange(seriesId, segment,
                    range.shifted(rate - was)));
        }).orElse(next);
    }

    /**
     * Sets the ends of the rate range of segment {@code segment} of {@code seriesId}, keeping its distribution and
     * reason; a segment without a range gets a triangular one.
     *
     * @throws jp.mgp.model.RuleViolation naming the series and segment when the ends are not a valid range
     */
    public static Projection setRange(Projection p, String seriesId, int segment, double low, double high,
                                      LocalizedText why) {
        RateRange range = p.uncertainty().rateRange(seriesId, segment).map(r -> r.withBounds(low, high))
                .orElse(new RateRange(seriesId, segment, low, high, RateRange.Distribution.TRIANGULAR, why));
        List<RuleProblem> problems = UncertaintyRules.checkRange(p, range);
        if (!problems.isEmpty()) {
            throw problems.get(0).violation();
        }
        return p.withUncertainty(p.uncertainty().withRateRange(seriesId, segment, range));
    }
}
