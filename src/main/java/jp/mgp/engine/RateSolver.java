package jp.mgp.engine;

import java.util.Locale;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.NoBracketingException;

import jp.mgp.model.GrowthModel;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.Place;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleProblem;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * The growth parameter a series' segment needs for the series to reach a value in a year: the rate of a
 * compound segment or the increment of a linear one, found by Brent's method on the engine's own projection,
 * so anchors before or after the year are honoured exactly as the chart honours them.
 */
public final class RateSolver {

    /** What was solved: which segment, which parameter, its old and new value, and the check. */
    public record Solution(String seriesId, int segmentIndex, Segment segment, String parameter, double before,
                           double after, int year, double target, double reached) {
    }

    private final ProjectionEngine engine;

    public RateSolver(ProjectionEngine engine) {
        this.engine = engine;
    }

    /**
     * @throws RuleViolation in both languages, naming the series or the segment's years, when there is nothing to
     *                       solve: the year is outside the horizon, no compound or linear segment leads into it,
     *                       or no rate between -99.9 % and +1,000 %/yr reaches the value
     * @throws IllegalArgumentException for a series that does not exist or a target that is not a number
     */
    public Solution solve(Projection projection, String scenarioId, String seriesId, double target, int year) {
        Projection effective = ScenarioApplier.apply(projection, scenarioId);
        Series series = effective.series(seriesId)
                .orElseThrow(() -> new IllegalArgumentException("no series '" + seriesId + "'"));
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("the target must be a finite number (found " + target + ")");
        }
        int seriesIndex = effective.seriesIndex(seriesId);
        if (year < effective.firstYear() || year > effective.lastYear()) {
            throw refusal(Place.series(series, seriesIndex), "solve.outside", Integer.toString(year),
                    Integer.toString(effective.firstYear()), Integer.toString(effective.lastYear()));
        }
        int index = segmentInto(series, seriesIndex, year);
        Segment segment = series.segments().get(index);
        String parameter = segment instanceof Segment.Compound ? "rate" : "increment";
        Projection base = effective;
        UnivariateFunction miss = p -> {
            Series changed = series.withSegment(index, segment.withParameter(parameter, p));
            double[] v = new double[base.years()];
            byte[] k = new byte[base.years()];
            SeriesPath.project(changed, base.firstYear(), base.lastYear(), v, k);
            return v[year - base.firstYear()] - target;
        };
        // The search runs over what the model allows the parameter to be, so an answer is always one the file
        // and the editor accept; an increment is searched within a thousand times the target's size.
        GrowthModel.Parameter bounds = GrowthModel.Parameter.byId(parameter).orElseThrow();
        double scale = Math.max(1, Math.abs(target));
        double lo = parameter.equals("rate") ? bounds.lowestUsable() : Math.max(bounds.lower(), -1e3 * scale);
        double hi = parameter.equals("rate") ? bounds.upper() : Math.min(bounds.upper(), 1e3 * scale);
        double found;
        try {
            found = new BrentSolver(1e-12, 1e-12).solve(200, miss, lo, hi);
        } catch (NoBracketingException e) {
            Place at = Place.segment(series, seriesIndex, index);
            // The target as the series' unit writes it in each language (3,000,000 people, 300万人), not "3000000.0".
            LocalizedText wanted = new LocalizedText(series.unit().format(target, Locale.JAPANESE),
                    series.unit().format(target, Locale.ENGLISH));
            throw parameter.equals("rate")
                    ? refusal(at, "solve.unreachable.rate", wanted, Integer.toString(year))
                    : refusal(at, "solve.unreachable", bounds.label(), wanted, Integer.toString(year));
        }
        double reached = miss.value(found) + target;
        return new Solution(seriesId, index, segment, parameter, segment.parameter(parameter), found, year, target,
                reached);
    }

    /** The compound or linear segment whose steps lead into {@code year}, or before it when none does. */
    private static RuleViolation refusal(Place place, String key, Object... args) {
        return new RuleProblem(place, ModelText.both(key, args), "").violation();
    }

    private static int segmentInto(Series series, int seriesIndex, int year) {
        int best = -1;
        for (int i = 0; i < series.segments().size(); i++) {
            Segment seg = series.segments().get(i);
            boolean solvable = seg instanceof Segment.Compound || seg instanceof Segment.Linear;
            if (solvable && seg.covers(year - 1)) {
                return i;
            }
            if (solvable && seg.from() < year) {
                best = i;
            }
        }
        if (best < 0) {
            throw refusal(Place.series(series, seriesIndex), "solve.noSegment", Integer.toString(year));
        }
        return best;
    }
}
