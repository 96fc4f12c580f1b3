package jp.mgp.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.AnchorOverride;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ParameterOverride;
import jp.mgp.model.ParameterOverride.Change;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;

/** Edits made while a scenario other than the base is shown go into that scenario, in the kind it keeps. */
class ScenarioEditsTest {

    private final Projection p = Fixtures.defaultProjection();
    private final ProjectionEngine engine = new ProjectionEngine();
    private final LocalizedText why = new LocalizedText("mgpで設定；以前：12.5兆円（出所）",
            "Set in mgp; was: ¥12.5 tn (sourced)");

    private double value(Projection q, String scenario, String series, int year) {
        ProjectionResult r = engine.project(q, scenario);
        return r.value(r.seriesIndex(series), year);
    }

    private static ParameterOverride override(Projection q, String scenario, String series) {
        return q.scenario(scenario).orElseThrow().overrides().stream().filter(o -> o.series().equals(series))
                .findFirst().orElseThrow();
    }

    @Test
    void aKnownPointTypedOverInANewScenarioChangesThatScenarioOnlyAndUndoes() {
        EditHistory history = new EditHistory(p);
        history.apply("add", ProjectionEdits.addScenario(history.current(), "base", "mine", LocalizedText.of("Mine")));
        Projection before = history.current();
        history.apply("value of physical AI in 2035", ProjectionEdits.setAnchorValueAt(history.current(), "mine",
                "physical-ai", 2035, 15.0, why));
        Projection q = history.current();

        assertThat(q.series()).as("the base's series, sourced 12.5 included, are untouched").isEqualTo(p.series());
        assertThat(q.scenario("mine").orElseThrow().anchors())
                .containsExactly(new AnchorOverride("physical-ai", 2035, 15.0, why));
        ProjectionResult base = engine.project(q, "base");
        int s = base.seriesIndex("physical-ai");
        assertThat(base.value(s, 2035)).isEqualTo(12.5);
        assertThat(base.kind(s, 2035)).isEqualTo(Kind.SOURCED);
        assertThat(base.value(s, 2040)).isCloseTo(54.815876, within(1e-6));
        ProjectionResult mine = engine.project(q, "mine");
        assertThat(mine.value(s, 2035)).isEqualTo(15.0);
        assertThat(mine.kind(s, 2035)).isEqualTo(Kind.ASSUMPTION);
        assertThat(mine.value(s, 2040)).isCloseTo(15 * Math.pow(1.344, 5), within(1e-9));
        assertThat(value(q, "optimistic", "physical-ai", 2035)).as("other scenarios keep the base's point")
                .isEqualTo(12.5);

        history.undo();
        assertThat(history.current()).isEqualTo(before);
        assertThat(value(history.current(), "mine", "physical-ai", 2035)).isEqualTo(12.5);
        history.redo();
        assertThat(value(history.current(), "mine", "physical-ai", 2035)).isEqualTo(15.0);
    }

    @Test
    void typingTheSamePointAgainKeepsOnePointAndItsFirstReason() {
        Projection q = ProjectionEdits.addScenario(p, "base", "mine", LocalizedText.of("Mine"));
        q = ProjectionEdits.setAnchorValueAt(q, "mine", "physical-ai", 2035, 15.0, why);
        q = ProjectionEdits.setAnchorValueAt(q, "mine", "physical-ai", 2035, 14.0, LocalizedText.of("was 15"));
        assertThat(q.scenario("mine").orElseThrow().anchors())
                .containsExactly(new AnchorOverride("physical-ai", 2035, 14.0, why));
        Projection copy = ProjectionEdits.addScenario(q, "mine", "mine-2", LocalizedText.of("Mine 2"));
        assertThat(copy.scenario("mine-2").orElseThrow().anchors()).as("a scenario started from it keeps its points")
                .isEqualTo(q.scenario("mine").orElseThrow().anchors());
    }

    @Test
    void aKnownPointTypedInTheBaseStillChangesTheBase() {
        Projection q = ProjectionEdits.setAnchorValueAt(p, "base", "physical-ai", 2035, 15.0, why);
        assertThat(q.scenarios()).isEqualTo(p.scenarios());
        assertThat(value(q, "base", "physical-ai", 2035)).isEqualTo(15.0);
        assertThat(q.series("physical-ai").orElseThrow().anchors().get(0).kind()).isEqualTo(Kind.ASSUMPTION);
    }

    @Test
    void aNewRateInAScenarioIsStoredAsPointsOverTheBaseAndFollowsIt() {
        Projection q = ProjectionEdits.addScenario(p, "base", "mine", LocalizedText.of("Mine"));
        q = ProjectionEdits.setParameter(q, "mine", "vertical-ai", 1, "rate", 0.25, why);
        ParameterOverride o = override(q, "mine", "vertical-ai");
        assertThat(o.change()).isEqualTo(Change.POINTS);
        assertThat(o.amount()).as("25 % - 21.6 %").isEqualTo(3.4);
        assertThat(value(q, "mine", "vertical-ai", 2040)).isCloseTo(10.8 * Math.pow(1.25, 6), within(1e-9));
        Projection moved = ProjectionEdits.setParameter(q, "base", "vertical-ai", 1, "rate", 0.30, why);
        assertThat(value(moved, "mine", "vertical-ai", 2040)).isCloseTo(10.8 * Math.pow(1.334, 6), within(1e-9));
    }

    @Test
    void anOverrideKeepsItsKindWhenMovedInItsScenario() {
        Projection q = ProjectionEdits.setParameter(p, "optimistic", "physical-ai", 1, "rate", 0.41, why);
        assertThat(override(q, "optimistic", "physical-ai")).satisfies(o -> {
            assertThat(o.change()).isEqualTo(Change.POINTS);
            assertThat(o.amount()).isEqualTo(6.6);
            assertThat(o.note()).isEqualTo(override(p, "optimistic", "physical-ai").note());
        });
        q = ProjectionEdits.setParameter(p, "pessimistic", "vertical-ai", 1, "rate", 0.162, why);
        assertThat(override(q, "pessimistic", "vertical-ai")).satisfies(o -> {
            assertThat(o.change()).isEqualTo(Change.FACTOR);
            assertThat(o.amount()).isCloseTo(0.75, within(1e-15));
        });
        assertThat(value(q, "pessimistic", "vertical-ai", 2040)).isCloseTo(10.8 * Math.pow(1.162, 6), within(1e-9));
        q = ProjectionEdits.setParameter(p, "pessimistic", "digital-deficit", 1, "rate", 0.12, why);
        assertThat(override(q, "pessimistic", "digital-deficit")).satisfies(o -> {
            assertThat(o.change()).isEqualTo(Change.ABSOLUTE);
            assertThat(o.amount()).isEqualTo(0.12);
        });
    }

    @Test
    void aBaseRateThatWouldSinkARelativeScenarioBelowMinusOneHundredPercentIsRefusedNamingIt() {
        Projection q = ProjectionEdits.setParameter(p, "pessimistic", "physical-ai", 1, "rate", 0.30, why);
        q = q.withScenarios(q.scenarios().stream().map(s -> s.id().equals("optimistic") ? s.withOverrides(
                s.overrides().stream().map(o -> o.series().equals("physical-ai") ? o.with(Change.POINTS, -10, o.note())
                        : o).toList()) : s).toList());
        Projection minus = q;
        assertThatThrownBy(() -> ProjectionEdits.setParameter(minus, "base", "physical-ai", 1, "rate", -0.95, why))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.message(Locale.ENGLISH)).contains("scenario \u201cOptimistic\u201d")
                            .contains("base -95.0 %/yr \u2212 10 pt");
                    assertThat(e.message(Locale.JAPANESE)).contains("シナリオ「楽観」");
                });
        assertThat(ProjectionEdits.setParameter(minus, "base", "physical-ai", 1, "rate", -0.85, why)
                .series("physical-ai").orElseThrow().segments().get(1).parameter("rate")).isEqualTo(-0.85);
    }

    @Test
    void aScenariosOwnValueMovesWithTheBasePointsYear() {
        Projection q = ProjectionEdits.addScenario(p, "base", "mine", LocalizedText.of("Mine"));
        q = ProjectionEdits.setAnchorValueAt(q, "mine", "physical-ai", 2035, 15.0, why);
        q = ProjectionEdits.setAnchorYear(q, "physical-ai", 0, 2036, LocalizedText.of("was 2035"));
        assertThat(q.scenario("mine").orElseThrow().anchors())
                .containsExactly(new AnchorOverride("physical-ai", 2036, 15.0, why));
        assertThat(value(q, "base", "physical-ai", 2036)).isEqualTo(12.5);
        assertThat(value(q, "mine", "physical-ai", 2036)).isEqualTo(15.0);
        assertThat(value(q, "mine", "physical-ai", 2040)).isCloseTo(15 * Math.pow(1.344, 4), within(1e-9));
    }

    @Test
    void removingASeriesRemovesItsPointsFromTheScenarios() {
        Projection q = ProjectionEdits.setAnchorValueAt(p, "optimistic", "physical-ai", 2035, 15.0, why);
        q = ProjectionEdits.setAnchorValueAt(q, "optimistic", "vertical-ai", 2034, 11.0, why);
        Projection removed = StructureEdits.remove(q, "physical-ai");
        assertThat(removed.scenario("optimistic").orElseThrow().anchors())
                .containsExactly(new AnchorOverride("vertical-ai", 2034, 11.0, why));
        assertThat(value(removed, "optimistic", "vertical-ai", 2034)).isEqualTo(11.0);
    }
}
