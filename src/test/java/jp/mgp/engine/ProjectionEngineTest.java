package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.mgp.Fixtures;
import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.Derivation;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

class ProjectionEngineTest {

    private final ProjectionEngine engine = new ProjectionEngine();
    private final ProjectionResult base = engine.project(Fixtures.defaultProjection(), "base");

    private double value(String series, int year) {
        return base.value(base.seriesIndex(series), year);
    }

    private Kind kind(String series, int year) {
        return base.kind(base.seriesIndex(series), year);
    }

    @Test
    void verticalAiReachesTheSourcesFigureFor2040() {
        assertThat(value("vertical-ai", 2040)).isCloseTo(10.8 * Math.pow(1.216, 6), within(1e-12));
        assertThat(Math.round(value("vertical-ai", 2040) * 10) / 10.0).isEqualTo(34.9);
        assertThat(value("vertical-ai", 2040)).isCloseTo(35.0, within(0.1));
    }

    @Test
    void physicalAiReachesTheSourcesFigureFor2040() {
        assertThat(value("physical-ai", 2040)).isCloseTo(12.5 * Math.pow(1.344, 5), within(1e-12));
        assertThat(Math.round(value("physical-ai", 2040) * 10) / 10.0).isEqualTo(54.8);
        assertThat(value("physical-ai", 2040)).isCloseTo(55.0, within(0.25));
    }

    @Test
    void backCastsAtTheSourcesRatesAreDerived() {
        assertThat(value("vertical-ai", 2025)).isCloseTo(1.86, within(0.005));
        assertThat(value("physical-ai", 2026)).isCloseTo(0.87, within(0.005));
        assertThat(kind("vertical-ai", 2025)).isEqualTo(Kind.DERIVED);
        assertThat(kind("physical-ai", 2026)).isEqualTo(Kind.DERIVED);
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "vertical-ai, 2034, SOURCED", "vertical-ai, 2040, DERIVED", "physical-ai, 2035, SOURCED",
            "multipurpose-robots, 2040, SOURCED", "multipurpose-robots, 2030, ASSUMPTION",
            "digital-deficit, 2024, SOURCED", "digital-deficit, 2027, DERIVED", "digital-deficit, 2030, SOURCED",
            "digital-deficit, 2031, ASSUMPTION", "labour-gap, 2040, SOURCED", "labour-gap, 2030, ASSUMPTION"})
    void everyValueSaysWhereItComesFrom(String series, int year, Kind expected) {
        assertThat(kind(series, year)).isEqualTo(expected);
    }

    @Test
    void digitalDeficitPassesThroughBothSourcedPointsAtOneRate() {
        assertThat(value("digital-deficit", 2024)).isEqualTo(-6.7);
        assertThat(value("digital-deficit", 2030)).isEqualTo(-10.0);
        double rate = Math.pow(10 / 6.7, 1 / 6.0) - 1;
        assertThat(value("digital-deficit", 2027)).isCloseTo(-6.7 * Math.pow(1 + rate, 3), within(1e-12));
        assertThat(value("digital-deficit", 2040)).isCloseTo(-10.0 * Math.pow(1.069, 10), within(1e-12));
    }

    @Test
    void labourGapOpensLinearlyToTheSourcedTwoMillion() {
        assertThat(value("labour-gap", 2040)).isEqualTo(2_000_000);
        assertThat(value("labour-gap", 2024)).isZero();
        assertThat(value("labour-gap", 2032)).isEqualTo(1_000_000);
    }

    @Test
    void multipurposeRobotsBackCastFromTheOnlySourcedPoint() {
        assertThat(value("multipurpose-robots", 2024)).isCloseTo(60 / Math.pow(1.3, 16), within(1e-12));
    }

    @Test
    void scenariosOverrideOnlyTheNamedSegmentsAndMarkThemAssumptions() {
        ProjectionResult optimistic = engine.project(Fixtures.defaultProjection(), "optimistic");
        int v = optimistic.seriesIndex("vertical-ai");
        assertThat(optimistic.value(v, 2040)).isCloseTo(10.8 * Math.pow(1.266, 6), within(1e-12));
        assertThat(optimistic.value(v, 2030)).isEqualTo(value("vertical-ai", 2030));
        assertThat(optimistic.kind(v, 2040)).isEqualTo(Kind.ASSUMPTION);
        assertThat(optimistic.kind(v, 2030)).isEqualTo(Kind.DERIVED);
        ProjectionResult pessimistic = engine.project(Fixtures.defaultProjection(), "pessimistic");
        assertThat(pessimistic.value(pessimistic.seriesIndex("physical-ai"), 2040))
                .isCloseTo(12.5 * Math.pow(1.172, 5), within(1e-12));
    }

    @Test
    void anUnknownScenarioIsNamedInTheError() {
        assertThatThrownBy(() -> engine.project(Fixtures.defaultProjection(), "wishful"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wishful")
                .hasMessageContaining("optimistic");
    }

    private static Series base(String id, Unit unit, List<Anchor> anchors, List<Segment> segments) {
        return new Series(id, LocalizedText.of(id), unit, "", anchors, segments, null);
    }

    private static Series derived(String id, Unit unit, Derivation.Op op, double factor, String... inputs) {
        return new Series(id, LocalizedText.of(id), unit, "", List.of(), List.of(),
                new Derivation(op, List.of(inputs), factor));
    }

    private static Projection of(int first, int last, Series... series) {
        return new Projection(LocalizedText.EMPTY, LocalizedText.EMPTY, first, last, List.of(series), List.of(),
                List.of(), List.of(), Map.of());
    }

    private static final SourceRef SRC = new SourceRef("p", "d", "", "", 0, "");

    @Test
    void derivedSeriesCombineTheirInputsYearByYearInTheirOwnUnit() {
        Series a = base("a", Unit.JPY_TRILLION, List.of(new Anchor(2020, 1.0, Kind.SOURCED, true, SRC, null)),
                List.of(new Segment.Compound(2020, 2030, 0.1, new Basis(Kind.DERIVED, LocalizedText.of("r"), null))));
        Series b = base("b", Unit.JPY_100M, List.of(Anchor.assumption(2020, 5000)),
                List.of(new Segment.Hold(2020, 2030, Basis.assumption())));
        Projection p = of(2020, 2025, a, b,
                derived("total", Unit.JPY_TRILLION, Derivation.Op.SUM, 1, "a", "b"),
                derived("gap", Unit.JPY_TRILLION, Derivation.Op.DIFFERENCE, 1, "a", "b"),
                derived("usd", Unit.USD_BILLION, Derivation.Op.SCALE, 1000 / 145.0, "a"),
                derived("share", Unit.PERCENT, Derivation.Op.RATIO, 100, "a", "total"));
        ProjectionResult r = engine.project(p);
        assertThat(r.value(2, 2020)).isCloseTo(1.5, within(1e-12));
        assertThat(r.value(3, 2021)).isCloseTo(1.1 - 0.5, within(1e-12));
        assertThat(r.value(4, 2020)).isCloseTo(6.896551724, within(1e-9));
        assertThat(r.value(5, 2020)).isCloseTo(100 / 1.5, within(1e-12));
        assertThat(r.kind(2, 2020)).isEqualTo(Kind.ASSUMPTION);
        assertThat(r.kind(4, 2020)).isEqualTo(Kind.DERIVED);
        assertThat(r.kind(4, 2021)).isEqualTo(Kind.DERIVED);
    }

    @Test
    void derivedSeriesThatFeedEachOtherAreRefused() {
        Projection p = of(2020, 2021, derived("x", Unit.INDEX, Derivation.Op.SCALE, 2, "y"),
                derived("y", Unit.INDEX, Derivation.Op.SCALE, 2, "x"));
        assertThatThrownBy(() -> engine.project(p)).hasMessageContaining("depends on itself");
    }

    @Test
    void logisticHoldAndTargetSegmentsFollowTheirFormulas() {
        Series s = base("s", Unit.INDEX, List.of(Anchor.assumption(2020, 10)), List.of(
                new Segment.Hold(2020, 2022, Basis.assumption()),
                new Segment.Target(2022, 2025, 80, Basis.assumption()),
                new Segment.Logistic(2025, 2030, 200, 0.5, 2027, Basis.assumption())));
        ProjectionResult r = engine.project(of(2020, 2030, s));
        assertThat(r.value(0, 2022)).isEqualTo(10);
        assertThat(r.value(0, 2023)).isCloseTo(20, within(1e-9));
        assertThat(r.value(0, 2025)).isCloseTo(80, within(1e-9));
        // The S-curve carries on from the 80 it is handed: 80 + c(2027) - c(2025), c = 200 / (1 + e^(-0.5 (y - 2027))).
        assertThat(r.value(0, 2027)).isCloseTo(126.211715726, within(1e-8));
        assertThat(r.value(0, 2030)).isCloseTo(189.726610965, within(1e-8));
    }

    @Test
    void aSeriesBadgeIsTheWeakestKindOnItsPath() {
        ProjectionResult r = engine.project(Fixtures.defaultProjection());
        // vertical-ai runs on the source's own rule from a sourced figure; multipurpose-robots on mgp's 30 %.
        assertThat(r.weakestKind(r.seriesIndex("vertical-ai"))).isEqualTo(Kind.DERIVED);
        assertThat(r.weakestKind(r.seriesIndex("multipurpose-robots"))).isEqualTo(Kind.ASSUMPTION);
        Series s = base("s", Unit.INDEX, List.of(new Anchor(2020, 1.0, Kind.SOURCED, true, SRC, null)), List.of());
        ProjectionResult only = engine.project(of(2020, 2021, s));
        assertThat(only.weakestKind(0)).isEqualTo(Kind.SOURCED);
    }

    @Test
    void anSCurvePassesThroughTheAnchorItGrowsFrom() {
        // 1.0 pinned in 2024, then an S-curve rising 10 in all with its fastest year in 2032. Before, the path
        // jumped to the bare curve (0.29 in 2025, 0.0 to one decimal in a table starting far below its midpoint).
        Series s = base("s", Unit.INDEX, List.of(Anchor.assumption(2024, 1.0)), List.of(
                new Segment.Logistic(2024, 2040, 10, 0.5, 2032, Basis.assumption())));
        ProjectionResult r = engine.project(of(2024, 2040, s));
        assertThat(r.value(0, 2024)).isEqualTo(1.0);
        // 1 + 10/(1 + e^3.5) - 10/(1 + e^4), worked out apart from the engine.
        assertThat(r.value(0, 2025)).isCloseTo(1.113260208, within(1e-9));
        assertThat(r.value(0, 2032)).isCloseTo(5.820137900, within(1e-9));
        assertThat(r.value(0, 2040)).isCloseTo(10.640275801, within(1e-9));
        assertThat(r.kind(0, 2025)).isEqualTo(Kind.ASSUMPTION);
    }

    @Test
    void anSCurveMeetsAPinnedAnchorInsideItFromBothSides() {
        Series s = base("s", Unit.INDEX, List.of(Anchor.assumption(2030, 4.0)), List.of(
                new Segment.Logistic(2024, 2040, 10, 0.5, 2032, Basis.assumption())));
        ProjectionResult r = engine.project(of(2024, 2040, s));
        assertThat(r.value(0, 2030)).isEqualTo(4.0);
        // 4 - (c(2030) - c(2024)) and 4 + (c(2031) - c(2030)): c(2024) = 0.179862100, c(2030) = 2.689414214,
        // c(2031) = 3.775406688.
        assertThat(r.value(0, 2024)).isCloseTo(4 - (2.689414214 - 0.179862100), within(1e-8));
        assertThat(r.value(0, 2031)).isCloseTo(4 + (3.775406688 - 2.689414214), within(1e-8));
    }

    @Test
    void anSCurveWithNothingPinnedIsTheCurveItself() {
        Series s = base("s", Unit.INDEX, List.of(), List.of(
                new Segment.Logistic(2024, 2040, 10, 0.5, 2032, Basis.assumption())));
        ProjectionResult r = engine.project(of(2024, 2040, s));
        assertThat(r.value(0, 2024)).isCloseTo(0.179862100, within(1e-8));
        assertThat(r.value(0, 2032)).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void yearsNoRuleReachesStayUnknownRatherThanGuessed() {
        Series s = base("s", Unit.INDEX, List.of(Anchor.assumption(2025, 10)),
                List.of(new Segment.Compound(2025, 2027, 0.1, Basis.assumption())));
        ProjectionResult r = engine.project(of(2020, 2030, s));
        assertThat(r.hasValue(0, 2024)).isFalse();
        assertThat(r.kind(0, 2024)).isNull();
        assertThat(r.value(0, 2027)).isCloseTo(12.1, within(1e-12));
        assertThat(r.hasValue(0, 2028)).isFalse();
    }

    @Test
    void aTargetOfTheOtherSignIsAWarningNotANumber() {
        Series s = base("s", Unit.INDEX, List.of(Anchor.assumption(2020, 10)),
                List.of(new Segment.Target(2020, 2025, -5, Basis.assumption())));
        ProjectionResult r = engine.project(of(2020, 2025, s));
        assertThat(r.hasValue(0, 2021)).isFalse();
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.get(Locale.ENGLISH)).isEqualTo("series \u201cs\u201d: 5 year(s) could not be computed "
                    + "(a target of the opposite sign to the start value, or a value beyond the range of numbers)");
            assertThat(w.get(Locale.JAPANESE)).isEqualTo("系列「s」: 5年分の値を計算できませんでした（始めの値と符号が逆の目標値、"
                    + "または数値の範囲を超える値）");
        });
    }

    @Test
    void anchorsOutsideTheHorizonStillFixThePath() {
        Series s = base("s", Unit.INDEX, List.of(Anchor.assumption(2050, 100)),
                List.of(new Segment.Compound(2000, 2060, 0.1, Basis.assumption())));
        ProjectionResult r = engine.project(of(2040, 2041, s));
        assertThat(r.value(0, 2040)).isCloseTo(100 / Math.pow(1.1, 10), within(1e-9));
    }
}
