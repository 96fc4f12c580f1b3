package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules of a projection's uncertainty, on projections built here. */
class UncertaintyRulesTest {

    private static Series compound(String id, double rate) {
        return new Series(id, new LocalizedText(id + "（日本語）", id + " (English)"), Unit.JPY_TRILLION, "",
                List.of(Anchor.assumption(2024, 1.0)),
                List.of(new Segment.Compound(2024, 2040, rate, Basis.assumption(LocalizedText.of("x")))), null);
    }

    private static Series linear(String id) {
        return new Series(id, LocalizedText.of(id), Unit.JPY_TRILLION, "", List.of(Anchor.assumption(2024, 1.0)),
                List.of(new Segment.Linear(2024, 2040, 0.5, Basis.assumption(LocalizedText.of("x")))), null);
    }

    private static Projection projection(Uncertainty u, Series... series) {
        return new Projection(LocalizedText.of("t"), LocalizedText.EMPTY, 2024, 2040, List.of(series), List.of(),
                List.of(), List.of(), Map.of(), u);
    }

    private static Uncertainty correlated(String[] ids, double[][] m) {
        return Uncertainty.NONE.withCorrelation(new Correlation(List.of(ids), m));
    }

    @Test
    void aValidUncertaintyHasNoProblem() {
        Uncertainty u = Uncertainty.NONE.withShock("a", Shock.of(0.06))
                .withRateRange("a", 0, new RateRange("a", 0, 0.3, 0.39, RateRange.Distribution.TRIANGULAR, null))
                .withSetup(new SimulationSetup(1, 10_000));
        assertThat(ProjectionRules.check(projection(u, compound("a", 0.344)))).isEmpty();
    }

    @Test
    void aShockAboveOneIsAbsurdAndRefusedNamingTheSeriesInBothLanguages() {
        Projection p = projection(Uncertainty.NONE.withShock("a", Shock.of(1.5)), compound("a", 0.3));
        RuleProblem problem = ProjectionRules.check(p).get(0);
        assertThat(problem.place().path()).isEqualTo("$.series[0].uncertainty.shock");
        assertThat(problem.describe(Locale.ENGLISH)).contains("a (English)").contains("from 0 to 1.0")
                .contains("found: 1.5");
        assertThat(problem.describe(Locale.JAPANESE)).contains("a（日本語）").contains("0～1.0");
    }

    /** Found by HostileFilesTest: a high end of 5e-324 was named with 320 zeros in a 447-character line. */
    @Test
    void aRangeInTheWrongOrderIsRefusedNamingBothEndsInAFewCharactersHoweverSmall() {
        Uncertainty u = Uncertainty.NONE.withRateRange("a", 0,
                new RateRange("a", 0, 0.15, Double.MIN_VALUE, RateRange.Distribution.TRIANGULAR, null));
        RuleProblem problem = UncertaintyRules.check(projection(u, compound("a", 0.216))).get(0);
        assertThat(problem.describe(Locale.ENGLISH)).contains("the low end (15 %) must not be above the high end "
                + "(4.94E-322 %)").hasSizeLessThan(200);
        assertThat(problem.describe(Locale.JAPANESE)).contains("4.94E-322").hasSizeLessThan(200);
    }

    @Test
    void aRangeOnALinearSegmentIsRefused() {
        Uncertainty u = Uncertainty.NONE.withRateRange("b", 0,
                new RateRange("b", 0, 0.1, 0.2, RateRange.Distribution.UNIFORM, null));
        assertThat(UncertaintyRules.check(projection(u, linear("b")))).singleElement()
                .satisfies(x -> assertThat(x.describe(Locale.ENGLISH)).contains("only a compound segment")
                        .contains("linear"));
    }

    @Test
    void aRangeEndPastTheRateBoundsIsRefusedAsARateIs() {
        Uncertainty u = Uncertainty.NONE.withRateRange("a", 0,
                new RateRange("a", 0, -1.5, 0.2, RateRange.Distribution.UNIFORM, null));
        assertThat(UncertaintyRules.check(projection(u, compound("a", 0.1)))).singleElement()
                .satisfies(x -> {
                    assertThat(x.place().path()).isEqualTo("$.series[0].segments[0].rateRange.low");
                    assertThat(x.describe(Locale.ENGLISH)).contains("greater than -100 %");
                });
    }

    @Test
    void correlationsThatCannotHoldTogetherAreRefusedThoughEachIsWithinBounds() {
        double[][] m = {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};
        Projection p = projection(correlated(new String[] {"a", "b", "c"}, m), compound("a", 0.1),
                compound("b", 0.1), compound("c", 0.1));
        assertThat(UncertaintyRules.check(p)).singleElement().satisfies(x -> {
            assertThat(x.place().path()).isEqualTo("$.simulation.correlation.matrix");
            assertThat(x.describe(Locale.ENGLISH)).contains("not positive semi-definite");
        });
    }

    @Test
    void aPerfectCorrelationIsSemiDefiniteAndAllowed() {
        double[][] m = {{1, 1, 0.3}, {1, 1, 0.3}, {0.3, 0.3, 1}};
        Projection p = projection(correlated(new String[] {"a", "b", "c"}, m), compound("a", 0.1),
                compound("b", 0.1), compound("c", 0.1));
        assertThat(UncertaintyRules.check(p)).isEmpty();
    }

    @Test
    void anAsymmetricMatrixAndAWrongDiagonalAreRefusedAtTheirCells() {
        double[][] m = {{0.9, 0.2}, {0.3, 1}};
        Projection p = projection(correlated(new String[] {"a", "b"}, m), compound("a", 0.1), compound("b", 0.1));
        assertThat(UncertaintyRules.check(p)).extracting(x -> x.place().path())
                .containsExactly("$.simulation.correlation.matrix[0][0]", "$.simulation.correlation.matrix[0][1]");
    }

    @Test
    void aMatrixOfTheWrongSizeIsRefused() {
        double[][] m = {{1, 0.2}, {0.2, 1}};
        Projection p = projection(correlated(new String[] {"a", "b", "c"}, m), compound("a", 0.1),
                compound("b", 0.1), compound("c", 0.1));
        assertThat(UncertaintyRules.check(p)).singleElement()
                .satisfies(x -> assertThat(x.describe(Locale.ENGLISH)).contains("3 rows of 3 numbers"));
    }

    @Test
    void removingASeriesTakesItsShockRangeAndCorrelationWithIt() {
        double[][] m = {{1, 0.2, 0.1}, {0.2, 1, 0.4}, {0.1, 0.4, 1}};
        Uncertainty u = correlated(new String[] {"a", "b", "c"}, m).withShock("b", Shock.of(0.05))
                .withRateRange("b", 0, new RateRange("b", 0, 0.1, 0.2, RateRange.Distribution.UNIFORM, null));
        Projection p = projection(u, compound("a", 0.1), compound("b", 0.15), compound("c", 0.1));
        Projection without = p.withSeries(List.of(p.series().get(0), p.series().get(2)));
        assertThat(without.uncertainty().shocks()).isEmpty();
        assertThat(without.uncertainty().rateRanges()).isEmpty();
        assertThat(without.uncertainty().correlation().series()).containsExactly("a", "c");
        assertThat(without.uncertainty().correlation().get(0, 1)).isEqualTo(0.1);
        assertThat(ProjectionRules.check(without)).isEmpty();
    }

    @Test
    void changingACompoundSegmentToLinearDropsItsRange() {
        Uncertainty u = Uncertainty.NONE.withRateRange("a", 0,
                new RateRange("a", 0, 0.1, 0.2, RateRange.Distribution.UNIFORM, null));
        Projection p = projection(u, compound("a", 0.15));
        Projection changed = p.withSeries(p.series().get(0).withSegment(0,
                new Segment.Linear(2024, 2040, 0.5, Basis.assumption(LocalizedText.of("x")))));
        assertThat(changed.uncertainty().rateRanges()).isEmpty();
    }

    @Test
    void theOldConstructorGivesNoUncertainty() {
        Projection p = new Projection(LocalizedText.of("t"), LocalizedText.EMPTY, 2024, 2040, List.of(), List.of(),
                List.of(), List.of(), Map.of());
        assertThat(p.uncertainty()).isEqualTo(Uncertainty.NONE);
    }
}
