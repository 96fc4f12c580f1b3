package jp.mgp.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * A tornado for one target (a series, derived or not, in one year): each uncertain input is moved to its low end
 * and to its high end with every other input at its base, and the target computed each time. The inputs are the
 * rate ranges (their ends; a normal range's ends are its P5 and P95) and the series' shocks, moved to the P5 and
 * the P95 of the shock's cumulative factor at the target year (after k shocked steps from the known point,
 * {@code exp(-k sigma^2 / 2 -/+ 1.645 sigma sqrt k)}). At base there is no shock (each factor 1, the mean), so the
 * base is the projection itself. Correlations do not enter: one input moves at a time. An input that does not
 * move the target at all has no bar.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /**
     * @param scenarioId the scenario (null: the file's default)
     * @throws RuleViolation when the series does not exist or the year is outside the horizon
     */
    public static Tornado tornado(Projection projection, String scenarioId, String seriesId, int year) {
        PathPlan plan = PathPlan.of(projection, scenarioId);
        int s = plan.effective.seriesIndex(seriesId);
        if (s < 0) {
            throw new RuleViolation(ModelText.both("sensitivity.noSeries", seriesId));
        }
        if (year < plan.effective.firstYear() || year > plan.effective.lastYear()) {
            throw new RuleViolation(ModelText.both("sensitivity.year", Integer.toString(year),
                    Integer.toString(plan.effective.firstYear()), Integer.toString(plan.effective.lastYear())));
        }
        int t = year - plan.lo;
        Evaluator at = new Evaluator(plan, s * plan.width + t);
        double base = at.value();
        List<TornadoBar> bars = new ArrayList<>();
        for (int r = 0; r < plan.rates.count; r++) {
            RateRange range = plan.rates.ranges[r];
            double low = at.withRate(r, plan.rates.low[r]);
            double high = at.withRate(r, plan.rates.high[r]);
            bars.add(new TornadoBar(range.series() + "/segments[" + range.segment() + "]/rate",
                    rateLabel(plan, range), plan.rates.low[r], plan.rates.high[r], low, high));
        }
        int[] depth = plan.stepsFromKnown();
        for (int k = 0; k < plan.shocks.count; k++) {
            if (plan.shocks.sigma[k] == 0) {
                continue;
            }
            int series = plan.shocks.series[k];
            // A derived target feels a shock through its input's own steps from that input's known point.
            int steps = depth[series * plan.width + t];
            double sigma = plan.shocks.sigma[k];
            double spread = steps == 0 ? 0 : RangedRates.Z95 * sigma * Math.sqrt(steps);
            double perStep = steps == 0 ? 0 : RangedRates.Z95 / Math.sqrt(steps);
            double low = at.withShock(k, -perStep);
            double high = at.withShock(k, perStep);
            double drift = -steps * sigma * sigma / 2;
            Series named = plan.effective.series().get(series);
            bars.add(new TornadoBar(named.id() + "/shock", ModelText.both("sensitivity.shock", named.name()),
                    Math.exp(drift - spread), Math.exp(drift + spread), low, high));
        }
        // An input that does not reach the target (another series' rate, a shock at its known point) has no bar.
        bars.removeIf(b -> b.swing() == 0);
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        return new Tornado(seriesId, year, base, bars);
    }

    private static LocalizedText rateLabel(PathPlan plan, RateRange range) {
        Series s = plan.effective.series().get(plan.effective.seriesIndex(range.series()));
        Segment g = s.segments().get(range.segment());
        return ModelText.both("sensitivity.rate", s.name(), Integer.toString(g.from()), Integer.toString(g.to()));
    }

    /** One path with chosen inputs: the target's value in it. */
    private static final class Evaluator {
        private final PathPlan plan;
        private final int target;
        private final double[] v;
        private final double[] growth;
        private final double[] z;
        private final double[] sigma;
        private final double[] halfVariance;

        Evaluator(PathPlan plan, int target) {
            this.plan = plan;
            this.target = target;
            this.v = new double[plan.seriesCount * plan.width];
            this.growth = new double[plan.rates.count];
            this.z = new double[Math.max(1, plan.shocks.count * (plan.width - 1))];
            this.sigma = new double[plan.shocks.count];
            this.halfVariance = new double[plan.shocks.count];
            reset();
        }

        private void reset() {
            for (int r = 0; r < plan.rates.count; r++) {
                growth[r] = 1 + plan.rates.base[r];
            }
            Arrays.fill(z, 0);
            Arrays.fill(sigma, 0);
            Arrays.fill(halfVariance, 0);
        }

        double value() {
            plan.paths(v, 1, growth, z, sigma, halfVariance);
            double out = v[target];
            reset();
            return out;
        }

        double withRate(int r, double rate) {
            growth[r] = 1 + rate;
            return value();
        }

        /** Every step of noise series k shocked by the same normal {@code perStep}. */
        double withShock(int k, double perStep) {
            int steps = plan.width - 1;
            Arrays.fill(z, k * steps, (k + 1) * steps, perStep);
            sigma[k] = plan.shocks.sigma[k];
            halfVariance[k] = plan.shocks.halfVariance[k];
            return value();
        }
    }
}
