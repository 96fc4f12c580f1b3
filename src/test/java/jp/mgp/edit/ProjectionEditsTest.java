package jp.mgp.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Derivation;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ParameterOverride;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

class ProjectionEditsTest {

    private final Projection p = Fixtures.defaultProjection();
    private final ProjectionEngine engine = new ProjectionEngine();
    private final LocalizedText why = LocalizedText.of("Set in mgp; was: compound growth 21.6 %/yr");

    @Test
    void aRateMovedInTheBaseBecomesTheUsersAssumption() {
        Projection q = ProjectionEdits.setParameter(p, "base", "vertical-ai", 1, "rate", 0.25, why);
        var segment = q.series("vertical-ai").orElseThrow().segments().get(1);
        assertThat(segment.parameter("rate")).isEqualTo(0.25);
        assertThat(segment.basis().kind()).isEqualTo(Kind.ASSUMPTION);
        assertThat(segment.basis().rationale().en()).isEqualTo(why.en());
        assertThat(segment.basis().source()).as("the source it departs from is kept").isNotNull();
        ProjectionResult r = engine.project(q, "base");
        int v = r.seriesIndex("vertical-ai");
        assertThat(r.value(v, 2040)).isCloseTo(10.8 * Math.pow(1.25, 6), within(1e-9));
        assertThat(r.kind(v, 2040)).isEqualTo(Kind.ASSUMPTION);
        assertThat(r.kind(v, 2030)).isEqualTo(Kind.DERIVED);
    }

    @Test
    void aRateMovedInAnotherScenarioChangesOnlyThatScenario() {
        Projection q = ProjectionEdits.setParameter(p, "pessimistic", "vertical-ai", 1, "rate", 0.15, why);
        assertThat(q.series("vertical-ai")).isEqualTo(p.series("vertical-ai"));
        List<ParameterOverride> overrides = q.scenario("pessimistic").orElseThrow().overrides();
        assertThat(overrides).filteredOn(o -> o.series().equals("vertical-ai")).singleElement()
                .satisfies(o -> assertThat(o.applyTo(0.216)).isCloseTo(0.15, within(1e-15)));
        assertThat(overrides).hasSameSizeAs(p.scenario("pessimistic").orElseThrow().overrides());
        ProjectionResult r = engine.project(q, "pessimistic");
        assertThat(r.value(r.seriesIndex("vertical-ai"), 2040)).isCloseTo(10.8 * Math.pow(1.15, 6), within(1e-9));
    }

    @Test
    void aRateOfMinusOneHundredPercentOrNotANumberIsRefused() {
        // Refused in both languages, naming the series and the segment's years rather than an index.
        RuleViolation low = catchThrowableOfType(() -> ProjectionEdits.setParameter(p, "base", "vertical-ai", 0,
                "rate", -1.0, why), RuleViolation.class);
        assertThat(low.message(Locale.ENGLISH)).startsWith("series \u201cVertical AI market (global)\u201d, segment "
                + "2024\u20132034: the growth rate must be greater than -100 % a year").endsWith("(found: -1.0)");
        assertThat(low.message(Locale.JAPANESE)).startsWith("系列「バーティカルAI市場（世界）」の 2024–2034 年の区間: 成長率は年 "
                + "-100 %（-1.0）より大きくなければなりません");
        assertThat(catchThrowableOfType(() -> ProjectionEdits.setParameter(p, "base", "vertical-ai", 0, "rate",
                10.5, why), RuleViolation.class).message(Locale.JAPANESE)).contains("成長率は年 +1,000 %（10.0）以下");
        assertThatThrownBy(() -> ProjectionEdits.setParameter(p, "base", "vertical-ai", 0, "rate", Double.NaN, why))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("the growth rate must be a finite number");
        assertThatThrownBy(() -> ProjectionEdits.setParameter(p, "base", "vertical-ai", 0, "steepness", 0.5, why))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("a compound segment has no such parameter (found: steepness)");
        assertThatThrownBy(() -> ProjectionEdits.setParameter(p, "base", "vertical-ai", 7, "rate", 0.1, why))
                .hasMessageContaining("has no segment 7");
    }

    @Test
    void anIdIsMadeFromATypedNameAndKeptFree() {
        assertThat(StructureEdits.idFromName(p, "High Growth (2030)!", "scenario")).isEqualTo("high-growth-2030");
        assertThat(StructureEdits.idFromName(p, "楽観ケース", "scenario")).isEqualTo("scenario");
        // "Optimistic" is taken by a scenario of the default file, "Vertical AI" by a series.
        assertThat(StructureEdits.idFromName(p, "Optimistic", "scenario")).isEqualTo("optimistic-2");
        assertThat(StructureEdits.idFromName(p, "vertical AI", "derived")).isEqualTo("vertical-ai-2");
    }

    @Test
    void aModelCannotBeChangedWhereTheSeriesHasNoValueToStartFrom() {
        // Known only from 2030; nothing reaches 2024-2026, so a linear segment there would have no increment.
        Series gap = new Series("gap", new LocalizedText("隙間", "Gap"), Unit.INDEX, "",
                List.of(jp.mgp.model.Anchor.assumption(2030, 5.0)), List.of(
                        new jp.mgp.model.Segment.Compound(2024, 2026, 0.1, jp.mgp.model.Basis.assumption()),
                        new jp.mgp.model.Segment.Compound(2030, 2040, 0.1, jp.mgp.model.Basis.assumption())), null);
        Projection q = StructureEdits.add(p, gap, null);
        ProjectionResult r = engine.project(q, "base");
        double[] now = r.values(r.seriesIndex("gap"));
        assertThat(now[0]).isNaN();
        RuleViolation v = catchThrowableOfType(() -> ProjectionEdits.setModel(q, "gap", 0, "linear", now, why),
                RuleViolation.class);
        assertThat(v.message(Locale.JAPANESE)).isEqualTo("系列「隙間」の 2024–2026 年の区間: "
                + "年間増加量は有限の数値でなければなりません（値: NaN）");
    }

    @Test
    void typingOverASourcedFigureMakesItAnAssumption() {
        Projection q = ProjectionEdits.setAnchorValue(p, "vertical-ai", 0, 12.0, why);
        var anchor = q.series("vertical-ai").orElseThrow().anchors().get(0);
        assertThat(anchor.value()).isEqualTo(12.0);
        assertThat(anchor.kind()).isEqualTo(Kind.ASSUMPTION);
        assertThat(anchor.source().publisher()).isEqualTo("Global Market Insights");
        ProjectionResult r = engine.project(q, "base");
        assertThat(r.value(r.seriesIndex("vertical-ai"), 2034)).isEqualTo(12.0);
    }

    @Test
    void duplicateRemoveAndMoveKeepTheChartsInStep() {
        Projection d = StructureEdits.duplicate(p, "physical-ai", LocalizedText.of(" (copy)"));
        assertThat(d.series()).extracting(Series::id).startsWith("vertical-ai", "physical-ai",
                "physical-ai-copy", "multipurpose-robots", "digital-deficit", "labour-gap")
                .hasSize(p.series().size() + 1);
        assertThat(d.charts().get(0).series()).containsExactly("vertical-ai", "physical-ai", "physical-ai-copy",
                "multipurpose-robots");
        Projection m = StructureEdits.move(d, "physical-ai-copy", -1);
        assertThat(m.charts().get(0).series()).containsExactly("vertical-ai", "physical-ai-copy", "physical-ai",
                "multipurpose-robots");
        Projection r = StructureEdits.remove(m, "physical-ai-copy");
        assertThat(r.series()).isEqualTo(p.series());
        assertThat(r.charts()).isEqualTo(p.charts());
    }

    @Test
    void aSeriesOthersAreDerivedFromCannotBeRemoved() {
        Series sum = new Series("ai-total", LocalizedText.of("AI total"), Unit.JPY_TRILLION, "", List.of(), List.of(),
                new Derivation(Derivation.Op.SUM, List.of("vertical-ai", "physical-ai"), 0));
        Projection q = StructureEdits.add(p, sum, "markets");
        ProjectionResult r = engine.project(q, "base");
        assertThat(r.value(r.seriesIndex("ai-total"), 2040)).isCloseTo(34.916058 + 54.815876, within(1e-5));
        assertThat(q.charts().get(0).series()).endsWith("ai-total");
        assertThatThrownBy(() -> StructureEdits.remove(q, "physical-ai"))
                .isInstanceOfSatisfying(jp.mgp.model.RuleViolation.class, v -> {
                    assertThat(v.message(java.util.Locale.ENGLISH)).isEqualTo("\u201cPhysical AI market (global, "
                            + "excl. autonomous driving)\u201d cannot be removed while other series are computed from "
                            + "it: \u201cAI total\u201d");
                    assertThat(v.message(java.util.Locale.JAPANESE)).isEqualTo("「フィジカルAI市場（世界、自動運転を除く）」"
                            + "は削除できません。「AI total」がこの系列から計算されています");
                });
    }

    @Test
    void aNewScenarioStartsFromTheCurrentOne() {
        Projection q = ProjectionEdits.addScenario(p, "optimistic", "bold", LocalizedText.of("Bold"));
        assertThat(q.scenario("bold").orElseThrow().overrides())
                .isEqualTo(p.scenario("optimistic").orElseThrow().overrides());
        assertThatThrownBy(() -> ProjectionEdits.addScenario(q, null, "bold", LocalizedText.of("x")))
                .hasMessageContaining("already exists");
    }

    @Test
    void chartsArePutInPlaceAddedAndRemoved() {
        var markets = p.charts().get(0);
        var log = new jp.mgp.model.ChartSpec(markets.id(), LocalizedText.of("Log"), List.of("vertical-ai"),
                List.of(), Unit.JPY_TRILLION, true);
        Projection q = StructureEdits.putChart(p, log);
        assertThat(q.charts()).hasSize(p.charts().size());
        assertThat(q.charts().get(0)).isEqualTo(log);
        String id = StructureEdits.freeId(q, "markets");
        assertThat(id).isEqualTo("markets-2");
        Projection r = StructureEdits.putChart(q, new jp.mgp.model.ChartSpec(id, LocalizedText.of("Copy"),
                List.of(), List.of(), Unit.USD_BILLION, false));
        assertThat(r.charts()).hasSize(p.charts().size() + 1);
        assertThat(StructureEdits.removeChart(r, id).charts()).isEqualTo(q.charts());
    }

    @Test
    void movingABoundaryChangesBothSegmentsYears() {
        Projection q = ProjectionEdits.moveBoundary(p, "vertical-ai", 0, 2030, why);
        var segments = q.series("vertical-ai").orElseThrow().segments();
        assertThat(segments.get(0).to()).isEqualTo(2030);
        assertThat(segments.get(1).from()).isEqualTo(2030);
        assertThat(segments.get(0).basis().kind()).isEqualTo(Kind.ASSUMPTION);
        RuleViolation tooLate = catchThrowableOfType(() -> ProjectionEdits.moveBoundary(p, "vertical-ai", 0, 2040,
                why), RuleViolation.class);
        assertThat(tooLate).hasMessage("series \u201cVertical AI market (global)\u201d, segment 2024\u20132034: the "
                + "boundary with the next segment must lie from 2025 to 2039 (found: 2040)");
        assertThat(tooLate.message(Locale.JAPANESE)).isEqualTo("系列「バーティカルAI市場（世界）」の 2024–2034 年の区間: "
                + "次の区間との境の年は 2025～2039 年でなければなりません（値: 2040）");
        assertThatThrownBy(() -> ProjectionEdits.moveBoundary(p, "vertical-ai", 1, 2036, why))
                .hasMessageContaining("no boundary after segment 1");
    }

    @Test
    void anotherModelStartsFromTheValuesTheSeriesHasNow() {
        ProjectionResult before = engine.project(p, "base");
        int gap = before.seriesIndex("labour-gap");
        double[] now = before.values(gap);
        Projection compound = ProjectionEdits.setModel(p, "labour-gap", 0, "linear", now, why);
        assertThat(compound).as("already linear").isEqualTo(p);
        Projection hold = ProjectionEdits.setModel(p, "labour-gap", 0, "hold", now, why);
        ProjectionResult held = engine.project(hold, "base");
        assertThat(held.value(gap, 2030)).isEqualTo(held.value(gap, 2040));

        int v = before.seriesIndex("vertical-ai");
        Projection linear = ProjectionEdits.setModel(p, "vertical-ai", 1, "linear", before.values(v), why);
        ProjectionResult r = engine.project(linear, "base");
        assertThat(r.value(v, 2040)).isCloseTo(before.value(v, 2040), within(1e-9));
        assertThat(r.value(v, 2037)).isCloseTo(10.8 + 3 * (before.value(v, 2040) - 10.8) / 6, within(1e-9));
        assertThat(linear.scenario("optimistic").orElseThrow().overrides())
                .as("the optimistic rate override no longer applies").noneMatch(o -> o.series().equals("vertical-ai")
                        && o.segment() == 1);
        assertThat(engine.project(linear, "optimistic").value(v, 2040)).isCloseTo(before.value(v, 2040), within(1e-9));

        Projection logistic = ProjectionEdits.setModel(p, "vertical-ai", 1, "logistic", before.values(v), why);
        assertThat(engine.project(logistic, "base").value(v, 2040)).isCloseTo(before.value(v, 2040), within(1e-9));
    }

    @Test
    void everyKindOfEditSavesAndReopensUnchanged() throws Exception {
        ProjectionResult r = engine.project(p, "base");
        Projection q = ProjectionEdits.setParameter(p, "base", "vertical-ai", 1, "rate", 0.25, why);
        q = ProjectionEdits.setParameter(q, "optimistic", "physical-ai", 1, "rate", 0.40, why);
        q = ProjectionEdits.setAnchorValue(q, "multipurpose-robots", 0, 65, why);
        q = ProjectionEdits.moveBoundary(q, "vertical-ai", 0, 2030, why);
        q = ProjectionEdits.setModel(q, "labour-gap", 0, "compound", r.values(r.seriesIndex("labour-gap")), why);
        q = StructureEdits.duplicate(q, "physical-ai", LocalizedText.of(" (copy)"));
        q = StructureEdits.add(q, new Series("ai-total", new LocalizedText("AI合計", "AI total"), Unit.JPY_TRILLION, "",
                List.of(), List.of(), new Derivation(Derivation.Op.SUM, List.of("vertical-ai", "physical-ai"), 0)),
                "markets");
        q = ProjectionEdits.addScenario(q, "pessimistic", "cautious", LocalizedText.of("Cautious"));
        q = StructureEdits.putChart(q, new jp.mgp.model.ChartSpec("totals", LocalizedText.of("Totals"),
                List.of("ai-total"), List.of(), Unit.JPY_TRILLION, true));
        q = StructureEdits.move(q, "ai-total", -1);
        Projection reopened = jp.mgp.io.json.ProjectionFiles.parse(jp.mgp.io.json.ProjectionFiles.toBytes(q), "edited");
        for (int i = 0; i < q.series().size(); i++) {
            assertThat(reopened.series().get(i)).as(q.series().get(i).id()).isEqualTo(q.series().get(i));
        }
        assertThat(reopened.scenarios()).isEqualTo(q.scenarios());
        assertThat(reopened.charts()).isEqualTo(q.charts());
        assertThat(reopened).isEqualTo(q);
        for (String scenario : List.of("base", "optimistic", "pessimistic", "cautious")) {
            assertThat(engine.project(reopened, scenario).warnings()).as(scenario).isEmpty();
        }
    }

    @Test
    void aKnownPointMovedToAnotherYearIsAnAssumptionInYearOrder() {
        Projection q = ProjectionEdits.setAnchorYear(p, "vertical-ai", 0, 2036, why);
        var anchors = q.series("vertical-ai").orElseThrow().anchors();
        assertThat(anchors).extracting(a -> a.year()).containsExactly(2036, 2040);
        assertThat(anchors.get(0).kind()).isEqualTo(Kind.ASSUMPTION);
        assertThat(engine.project(q, "base").value(0, 2036)).isEqualTo(10.8);
        assertThatThrownBy(() -> ProjectionEdits.setAnchorYear(p, "vertical-ai", 0, 2040, why))
                .isInstanceOfSatisfying(jp.mgp.model.RuleViolation.class, v -> {
                    assertThat(v.message(java.util.Locale.ENGLISH))
                            .isEqualTo("Vertical AI market (global) already has a known point in 2040");
                    assertThat(v.message(java.util.Locale.JAPANESE)).contains("2040年の既知点がすでにあります");
                });
        assertThatThrownBy(() -> ProjectionEdits.setAnchorYear(p, "vertical-ai", 0, 2050, why))
                .isInstanceOfSatisfying(jp.mgp.model.RuleViolation.class, v -> assertThat(
                        v.message(java.util.Locale.ENGLISH)).isEqualTo(
                        "Vertical AI market (global): 2050 is outside the projection's years 2024\u20132040"));
    }
}
