package jp.mgp.io.json;

import java.util.List;

import jp.mgp.io.json.Dtos.CorrelationJson;
import jp.mgp.io.json.Dtos.RateRangeJson;
import jp.mgp.io.json.Dtos.ShockJson;
import jp.mgp.io.json.Dtos.SimulationJson;
import jp.mgp.model.RateRange;

/**
 * The shape of a file's uncertainty: a series' {@code uncertainty.shock}, a segment's {@code rateRange} and the
 * {@code simulation} block (seed, paths, correlation), each with what it requires present and finite. What the
 * values mean (a shock from 0 to 1, ranges in order, a correlation matrix that can hold) is
 * {@link jp.mgp.model.UncertaintyRules}.
 */
final class UncertaintyValidator {

    private static final int MAX_CORRELATED = ProjectionValidator.MAX_SERIES;

    private final Checks checks;
    private final ProjectionValidator base;

    UncertaintyValidator(Checks checks, ProjectionValidator base) {
        this.checks = checks;
        this.base = base;
    }

    void shock(ShockJson u, String seriesPath) {
        if (u == null) {
            return;
        }
        checks.finite(u.shock(), seriesPath + ".uncertainty.shock");
        base.text(u.rationale(), seriesPath + ".uncertainty.rationale", false);
    }

    void rateRange(RateRangeJson r, String segmentPath) {
        if (r == null) {
            return;
        }
        String at = segmentPath + ".rateRange";
        checks.finite(r.low(), at + ".low");
        checks.finite(r.high(), at + ".high");
        if (checks.present(r.distribution(), at + ".distribution")
                && RateRange.Distribution.byId(r.distribution()).isEmpty()) {
            checks.report(at + ".distribution", "range.distribution", r.distribution());
        }
        base.text(r.rationale(), at + ".rationale", false);
    }

    void simulation(SimulationJson s) {
        if (s == null) {
            return;
        }
        checks.present(s.seed(), "$.simulation.seed");
        checks.present(s.paths(), "$.simulation.paths");
        CorrelationJson c = s.correlation();
        if (c == null) {
            return;
        }
        String at = "$.simulation.correlation";
        base.text(c.rationale(), at + ".rationale", false);
        if (checks.present(c.series(), at + ".series") && checks.size(c.series(), at + ".series", MAX_CORRELATED)) {
            for (int i = 0; i < c.series().size(); i++) {
                base.id(c.series().get(i), Checks.at(at + ".series", i));
            }
        }
        if (checks.present(c.matrix(), at + ".matrix") && checks.size(c.matrix(), at + ".matrix", MAX_CORRELATED)) {
            for (int i = 0; i < c.matrix().size(); i++) {
                List<Double> row = c.matrix().get(i);
                String rowPath = Checks.at(at + ".matrix", i);
                if (checks.present(row, rowPath) && checks.size(row, rowPath, MAX_CORRELATED)) {
                    for (int j = 0; j < row.size(); j++) {
                        checks.finite(row.get(j), Checks.at(rowPath, j));
                    }
                }
            }
        }
    }
}
