package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.mgp.engine.GrowthFit;
import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * A new series from what the user knows, in the four ways a strategist states growth: from a figure at a rate, at
 * the rate that best fits several figures, along an S-curve towards a ceiling, or by the same amount each year.
 * Each is one segment over the projection's years, the user's assumption, with its reason in words; the figures
 * given are its known points (sourced when they carry a citation).
 */
public final class NewSeries {

    /** What the figures are growing into: the series, and for a fitted rate how far each figure lies from it. */
    public record Made(Series series, double rate, double rSquared, int[] years, double[] residuals) {

        public Made {
            years = years.clone();
            residuals = residuals.clone();
        }

        @Override
        public int[] years() {
            return years.clone();
        }

        @Override
        public double[] residuals() {
            return residuals.clone();
        }
    }

    private NewSeries() {
    }

    /** From the figure {@code start} at {@code rate} a year (0.1 is 10 %). */
    public static Series compound(String id, LocalizedText name, Unit unit, Anchor start, double rate, int first,
                                  int last) {
        LocalizedText why = ModelText.both("growth.compound", percent(rate), Integer.toString(start.year()));
        return new Series(id, name, unit, "", List.of(start),
                List.of(new Segment.Compound(first, last, rate, Basis.assumption(why))), null);
    }

    /** From the figure {@code start} by {@code perYear} (in the series' unit) every year. */
    public static Series linear(String id, LocalizedText name, Unit unit, Anchor start, double perYear, int first,
                                int last) {
        LocalizedText why = ModelText.both("growth.linear", new LocalizedText(unit.format(perYear, Locale.JAPANESE),
                unit.format(perYear, Locale.ENGLISH)), Integer.toString(start.year()));
        return new Series(id, name, unit, "", List.of(start),
                List.of(new Segment.Linear(first, last, perYear, Basis.assumption(why))), null);
    }

    /**
     * From the figure {@code start} along an S-curve that heads for {@code ceiling}, rises fastest in
     * {@code midpoint} and makes most of its rise (from a tenth to nine tenths of the way) within {@code riseYears}.
     */
    public static Series sCurve(String id, LocalizedText name, Unit unit, Anchor start, double ceiling, int midpoint,
                                int riseYears, int first, int last) {
        double steepness = Math.log(81) / riseYears;
        double reached = 1 / (1 + Math.exp(-steepness * (start.year() - midpoint)));
        double capacity = (ceiling - start.value()) / (1 - reached);
        LocalizedText why = ModelText.both("growth.scurve", new LocalizedText(unit.format(ceiling, Locale.JAPANESE),
                unit.format(ceiling, Locale.ENGLISH)), Integer.toString(midpoint), Integer.toString(riseYears));
        return new Series(id, name, unit, "", List.of(start),
                List.of(new Segment.Logistic(first, last, capacity, steepness, midpoint, Basis.assumption(why))),
                null);
    }

    /**
     * At the constant rate that best fits {@code figures} (least squares on the logarithms), through the latest of
     * them; the others are shown beside the line, not forced, and their residuals (figure minus line) returned.
     *
     * @throws jp.mgp.model.RuleViolation for fewer than two figures or figures of mixed sign or zero
     */
    public static Made fitted(String id, LocalizedText name, Unit unit, List<Anchor> figures, int first, int last) {
        List<Anchor> sorted = figures.stream().sorted(java.util.Comparator.comparingInt(Anchor::year)).toList();
        int[] years = sorted.stream().mapToInt(Anchor::year).toArray();
        double[] values = sorted.stream().mapToDouble(Anchor::value).toArray();
        GrowthFit.RateFit fit = GrowthFit.fitRate(years, values);
        Anchor latest = sorted.get(sorted.size() - 1);
        List<Anchor> anchors = new ArrayList<>();
        double[] residuals = new double[years.length];
        for (int i = 0; i < sorted.size(); i++) {
            Anchor a = sorted.get(i);
            boolean pin = a == latest;
            anchors.add(new Anchor(a.year(), a.value(), a.kind(), pin, a.source(), a.note()));
            residuals[i] = a.value() - latest.value() * Math.pow(1 + fit.rate(), a.year() - latest.year());
        }
        LocalizedText why = ModelText.both("growth.fitted", percent(fit.rate()), Integer.toString(years.length),
                Integer.toString(years[0]), Integer.toString(latest.year()));
        Series s = new Series(id, name, unit, "", anchors,
                List.of(new Segment.Compound(first, last, fit.rate(), Basis.assumption(why))), null);
        return new Made(s, fit.rate(), fit.rSquared(), years, residuals);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }
}
