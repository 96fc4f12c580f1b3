package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.model.AnchorOverride;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ParameterOverride;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Scenario;
import jp.mgp.model.Segment;

class ScenarioApplierTest {

    private final Projection p = Fixtures.defaultProjection();
    private final ProjectionEngine engine = new ProjectionEngine();
    private final LocalizedText why = LocalizedText.of("moved in a test");

    private double value(Projection q, String scenario, String series, int year) {
        ProjectionResult r = engine.project(q, scenario);
        return r.value(r.seriesIndex(series), year);
    }

    private static Segment segment(Projection q, String scenario, String series, int index) {
        return ScenarioApplier.apply(q, scenario).series(series).orElseThrow().segments().get(index);
    }

    @Test
    void anUnknownScenarioIsNamedInBothLanguagesWithTheFilesOwn() {
        assertThatThrownBy(() -> ScenarioApplier.apply(p, "nope")).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("no scenario 'nope'; the file has base, optimistic, "
                    + "pessimistic");
            assertThat(v.message(Locale.JAPANESE)).isEqualTo("シナリオ「nope」はありません。このファイルのシナリオ: base, "
                    + "optimistic, pessimistic");
        });
    }

    @Test
    void optimisticPlusFivePointsFollowsTheBaseWhenTheBaseMoves() {
        // The shipped file: physical AI 12.5 tn yen in 2035, 34.4 %/yr after; optimistic +5 pt = 39.4 %.
        assertThat(segment(p, "optimistic", "physical-ai", 1).parameter("rate")).isEqualTo(0.394);
        assertThat(value(p, "optimistic", "physical-ai", 2040)).isCloseTo(65.799695, within(1e-6));

        Projection moved = ProjectionEdits.setParameter(p, "base", "physical-ai", 1, "rate", 0.40, why);
        assertThat(value(moved, "base", "physical-ai", 2040)).isCloseTo(12.5 * Math.pow(1.40, 5), within(1e-9))
                .isCloseTo(67.228, within(1e-6));
        Segment optimistic = segment(moved, "optimistic", "physical-ai", 1);
        assertThat(optimistic.parameter("rate")).as("40 % + 5 pt").isEqualTo(0.45);
        assertThat(value(moved, "optimistic", "physical-ai", 2040)).isCloseTo(12.5 * Math.pow(1.45, 5), within(1e-9))
                .isCloseTo(80.121676, within(1e-6));
        assertThat(optimistic.basis().rationale().en()).startsWith("base 40.0 %/yr + 5 pt: ");
        assertThat(optimistic.basis().rationale().ja()).startsWith("基本の年率40.0%＋5pt：");
    }

    @Test
    void aHalvedRateFollowsTheBaseAndAnAbsoluteRateStaysWhereItWas() {
        Projection moved = ProjectionEdits.setParameter(p, "base", "vertical-ai", 1, "rate", 0.30, why);
        moved = ProjectionEdits.setParameter(moved, "base", "digital-deficit", 1, "rate", 0.08, why);
        // Pessimistic halves vertical AI's base rate: 30 % × 0.5 = 15 %.
        assertThat(segment(moved, "pessimistic", "vertical-ai", 1).parameter("rate")).isEqualTo(0.15);
        assertThat(value(moved, "pessimistic", "vertical-ai", 2040)).isCloseTo(10.8 * Math.pow(1.15, 6), within(1e-9))
                .isCloseTo(24.981056, within(1e-6));
        assertThat(segment(moved, "pessimistic", "vertical-ai", 1).basis().rationale().en())
                .startsWith("base 30.0 %/yr \u00d7 0.5: ");
        // Pessimistic's digital deficit grows 10 %/yr whatever the base: the base's 8 % does not reach it.
        Segment fixed = segment(moved, "pessimistic", "digital-deficit", 1);
        assertThat(fixed.parameter("rate")).isEqualTo(0.1);
        assertThat(fixed.basis().rationale().en()).startsWith("fixed, not tied to the base: ");
        double from2030 = value(moved, "pessimistic", "digital-deficit", 2030);
        assertThat(from2030).isCloseTo(-10.0, within(1e-9));
        assertThat(value(moved, "pessimistic", "digital-deficit", 2040)).isCloseTo(-10 * Math.pow(1.1, 10),
                within(1e-9));
    }

    @Test
    void aScenariosOwnKnownPointMovesThatScenarioOnly() {
        Scenario own = new Scenario("own", LocalizedText.of("Own"), LocalizedText.EMPTY, List.of(),
                List.of(new AnchorOverride("physical-ai", 2035, 15.0, LocalizedText.of("my figure"))));
        Projection q = p.withScenarios(List.of(p.scenarios().get(0), own));
        ProjectionResult base = engine.project(q, "base");
        ProjectionResult mine = engine.project(q, "own");
        int s = base.seriesIndex("physical-ai");
        assertThat(base.value(s, 2040)).isCloseTo(54.815876, within(1e-6));
        assertThat(base.kind(s, 2035)).isEqualTo(Kind.SOURCED);
        assertThat(mine.value(s, 2035)).isEqualTo(15.0);
        assertThat(mine.kind(s, 2035)).isEqualTo(Kind.ASSUMPTION);
        assertThat(mine.value(s, 2040)).isCloseTo(15 * Math.pow(1.344, 5), within(1e-9)).isCloseTo(65.779051,
                within(1e-6));
        var anchor = mine.series(s).anchors().stream().filter(a -> a.year() == 2035).findFirst().orElseThrow();
        assertThat(anchor.note().en()).isEqualTo("my figure");
        assertThat(anchor.source()).as("what the source said stays cited").isNotNull();
    }

    @Test
    void anOverrideOfAMissingSeriesOrSegmentIsRefusedNamingTheScenarioAndSeries() {
        LocalizedText name = new LocalizedText("大胆", "Bold");
        Projection missingSeries = p.withScenarios(List.of(new Scenario("bold", name, LocalizedText.EMPTY,
                List.of(new ParameterOverride("robots", 0, "rate", ParameterOverride.Change.POINTS, 2, null)))));
        assertThatThrownBy(() -> engine.project(missingSeries, "bold")).isInstanceOfSatisfying(RuleViolation.class,
                e -> {
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo(
                            "Scenario \u201cBold\u201d changes a series \u201crobots\u201d that is not in the file.");
                    assertThat(e.message(Locale.JAPANESE)).isEqualTo(
                            "シナリオ「大胆」が、ファイルにない系列「robots」を変更しています。");
                });
        Projection missingSegment = p.withScenarios(List.of(new Scenario("bold", name, LocalizedText.EMPTY,
                List.of(new ParameterOverride("physical-ai", 2, "rate", ParameterOverride.Change.POINTS, 2, null)))));
        assertThatThrownBy(() -> engine.project(missingSegment, "bold")).isInstanceOfSatisfying(RuleViolation.class,
                e -> {
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("Scenario \u201cBold\u201d changes growth "
                            + "segment 3 of \u201cPhysical AI market (global, excl. autonomous driving)\u201d, which has 2.");
                    assertThat(e.message(Locale.JAPANESE)).isEqualTo(
                            "シナリオ「大胆」が「フィジカルAI市場（世界、自動運転を除く）」の成長区間3を変更していますが、この系列の区間は2つです。");
                });
        Projection missingPoint = p.withScenarios(List.of(new Scenario("bold", name, LocalizedText.EMPTY, List.of(),
                List.of(new AnchorOverride("nowhere", 2030, 1.0, null)))));
        assertThatThrownBy(() -> engine.project(missingPoint, "bold")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Bold").hasMessageContaining("nowhere");
    }

    @Test
    void aRelativeRateThatWouldFallToMinusOneHundredPercentIsRefusedInWords() {
        Projection q = p.withScenarios(List.of(new Scenario("crash", LocalizedText.of("Crash"), LocalizedText.EMPTY,
                List.of(new ParameterOverride("physical-ai", 1, "rate", ParameterOverride.Change.POINTS, -140,
                        null)))));
        assertThatThrownBy(() -> engine.project(q, "crash")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.message(Locale.ENGLISH)).contains("Crash").contains("Physical AI market")
                        .contains("2035\u20132040").contains("base 34.4 %/yr \u2212 140 pt"));
    }
}
