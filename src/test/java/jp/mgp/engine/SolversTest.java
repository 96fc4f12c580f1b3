package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.mgp.Fixtures;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;

class SolversTest {

    private final Projection projection = Fixtures.defaultProjection();
    private final ProjectionEngine engine = new ProjectionEngine();

    @ParameterizedTest(name = "{0}:{1} -> {2}:{3} = {4}")
    @CsvSource({
            "2034, 10.8, 2040, 35.0, 0.216487",
            "2035, 12.5, 2040, 55.0, 0.344902",
            "2024, 6.7, 2030, 10.0, 0.069024",
            "2024, -6.7, 2030, -10.0, 0.069024",
            "2020, 100, 2021, 50, -0.5",
            "2040, 35.0, 2034, 10.8, 0.216487"})
    void cagrBetweenTwoPoints(int y0, double v0, int y1, double v1, double expected) {
        assertThat(Cagr.between(y0, v0, y1, v1)).isCloseTo(expected, within(5e-6));
    }

    @ParameterizedTest(name = "{0}:{1} -> {2}:{3} is refused")
    @CsvSource({"2030, 1, 2030, 2", "2020, 0, 2030, 5", "2020, -1, 2030, 5", "2020, 1, 2030, NaN"})
    void cagrRefusesPointsNoConstantRateJoins(int y0, double v0, int y1, double v1) {
        assertThatThrownBy(() -> Cagr.between(y0, v0, y1, v1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRateIsFittedToAllKnownPointsOfASeriesPinnedOrNot() {
        // vertical-ai: 10.8 in 2034 (pinned) and the source's 35 in 2040 (shown, not pinned): (35/10.8)^(1/6) - 1.
        GrowthFit.RateFit fit = GrowthFit.fitRate(projection.series("vertical-ai").orElseThrow());
        assertThat(fit.rate()).isCloseTo(0.216486746, within(1e-8));
        assertThat(fit.points()).isEqualTo(2);
        // digital-deficit lies below zero: -6.7 in 2024, -10 in 2030.
        assertThat(GrowthFit.fitRate(projection.series("digital-deficit").orElseThrow()).rate())
                .isCloseTo(0.069024191, within(1e-8));
    }

    @Test
    void rateToReachTheSourcesRounded2040FigureIsTheCagrBetweenTheTwoPoints() {
        RateSolver.Solution s = new RateSolver(engine).solve(projection, "base", "vertical-ai", 35.0, 2040);
        assertThat(s.segmentIndex()).isEqualTo(1);
        assertThat(s.before()).isEqualTo(0.216);
        assertThat(s.after()).isCloseTo(Cagr.between(2034, 10.8, 2040, 35.0), within(1e-10));
        assertThat(s.reached()).isCloseTo(35.0, within(1e-8));
    }

    @Test
    void rateSolverHonoursAnAnchorAfterTheYear() {
        // Robots are back-cast from 60 in 2040: 2.0 in 2030 needs (60/2)^(1/10) - 1 a year.
        RateSolver.Solution s = new RateSolver(engine).solve(projection, null, "multipurpose-robots", 2.0, 2030);
        assertThat(s.after()).isCloseTo(Math.pow(30, 0.1) - 1, within(1e-9));
    }

    @Test
    void rateSolverSaysWhenNoRateReachesTheValue() {
        RuleViolation none = catchThrowableOfType(() -> new RateSolver(engine).solve(projection, null, "vertical-ai",
                -5, 2040), RuleViolation.class);
        assertThat(none.message(Locale.ENGLISH)).isEqualTo("series \u201cVertical AI market (global)\u201d, segment "
                + "2034\u20132040: no growth rate from -99.9 % to +1,000 % a year reaches -\u00a55.0 tn in 2040");
        assertThat(none.message(Locale.JAPANESE)).isEqualTo("系列「バーティカルAI市場（世界）」の 2034–2040 年の区間: "
                + "成長率を年 -99.9 %～+1,000 % のどこにしても 2040 年に -5.0兆円 に届きません");
        // The target is written as the series' unit writes it: it was "3000000.0" for three million people.
        RuleViolation people = catchThrowableOfType(() -> new RateSolver(engine).solve(projection, null,
                "labour-gap", 3_000_000, 2040), RuleViolation.class);
        assertThat(people.message(Locale.ENGLISH)).endsWith("no yearly increment reaches 3.0 m people in 2040");
        assertThat(people.message(Locale.JAPANESE)).endsWith("2040 年に 300万人 に届きません");
        assertThatThrownBy(() -> new RateSolver(engine).solve(projection, null, "vertical-ai", 5, 2050))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("2050 is outside the horizon 2024\u20132040");
    }

    @Test
    void crossingYearIsFractionalOnTheCompoundCurve() {
        ProjectionResult r = engine.project(projection, "base");
        int v = r.seriesIndex("vertical-ai");
        OptionalDouble year = CrossingSolver.firstCrossing(r, v, 20.0);
        assertThat(year).isPresent();
        assertThat(year.getAsDouble()).isCloseTo(2034 + Math.log(20 / 10.8) / Math.log(1.216), within(1e-8));
    }

    @Test
    void crossingFollowsANegativeSeriesDownwards() {
        ProjectionResult r = engine.project(projection, "base");
        int d = r.seriesIndex("digital-deficit");
        assertThat(CrossingSolver.firstCrossing(r, d, -10.0).getAsDouble()).isCloseTo(2030, within(1e-9));
        assertThat(CrossingSolver.firstCrossing(r, d, -6.7).getAsDouble()).isEqualTo(2024);
    }

    @Test
    void crossingOnALinearSegmentIsLinear() {
        ProjectionResult r = engine.project(projection, "base");
        int g = r.seriesIndex("labour-gap");
        assertThat(CrossingSolver.firstCrossing(r, g, 1_062_500).getAsDouble()).isCloseTo(2032.5, within(1e-8));
    }

    @Test
    void neverIsAnAnswerNotAnError() {
        ProjectionResult r = engine.project(projection, "base");
        assertThat(CrossingSolver.firstCrossing(r, r.seriesIndex("vertical-ai"), 1000)).isEmpty();
    }

    @Test
    void fittedRateIsExactForPointsOnOneCompoundPath() {
        int[] years = {2030, 2034, 2040};
        double[] values = {10.8 / Math.pow(1.216, 4), 10.8, 10.8 * Math.pow(1.216, 6)};
        GrowthFit.RateFit fit = GrowthFit.fitRate(years, values);
        assertThat(fit.rate()).isCloseTo(0.216, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-12));
        assertThat(fit.at(2034)).isCloseTo(10.8, within(1e-9));
    }

    @Test
    void fittedRateOfTheTwoSourcedVerticalAiPointsIsTheirCagr() {
        GrowthFit.RateFit fit = GrowthFit.fitRate(new int[] {2034, 2040}, new double[] {10.8, 35.0});
        assertThat(fit.rate()).isCloseTo(Cagr.between(2034, 10.8, 2040, 35.0), within(1e-12));
    }

    @Test
    void logisticFitRecoversTheCurveItWasGivenPointsOf() {
        int[] years = new int[15];
        double[] values = new double[15];
        for (int i = 0; i < years.length; i++) {
            years[i] = 2020 + i;
            values[i] = 60 / (1 + Math.exp(-0.45 * (years[i] - 2031)));
        }
        GrowthFit.LogisticFit fit = GrowthFit.fitLogistic(years, values);
        assertThat(fit.capacity()).isCloseTo(60, within(1e-6));
        assertThat(fit.steepness()).isCloseTo(0.45, within(1e-8));
        assertThat(fit.midpoint()).isCloseTo(2031, within(1e-6));
        assertThat(fit.rms()).isLessThan(1e-6);
    }

    @Test
    void fitsRefuseTooFewOrMixedPoints() {
        assertThatThrownBy(() -> GrowthFit.fitRate(new int[] {2020}, new double[] {1}))
                .hasMessageContaining("at least 2");
        RuleViolation mixed = catchThrowableOfType(() -> GrowthFit.fitRate(new int[] {2020, 2021},
                new double[] {1, -1}), RuleViolation.class);
        assertThat(mixed).hasMessageContaining("one sign");
        assertThat(mixed.message(Locale.JAPANESE)).isEqualTo("成長率を求めるには、既知点がすべて同じ符号で 0 でないことが"
                + "必要です（2021 年に -1.0）");
        assertThatThrownBy(() -> GrowthFit.fitLogistic(new int[] {2020, 2021}, new double[] {1, 2}))
                .hasMessageContaining("at least 3");
    }
}
