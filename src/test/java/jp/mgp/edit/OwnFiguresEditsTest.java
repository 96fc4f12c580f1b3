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
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.Derivation;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Palette;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/** A strategist's own series and figures, made in the window: series, known points, scenarios, reference lines. */
class OwnFiguresEditsTest {

    private final Projection p = Fixtures.defaultProjection();
    private final ProjectionEngine engine = new ProjectionEngine();
    private final SourceRef yano = SourceRef.cited("矢野経済研究所", "国内SaaS市場 2025", "2025-03", "p. 12",
            "https://www.yanoresearch.jp/press/3721", "2024年度の市場規模は1兆2,500億円");

    private Series saas() {
        return new Series("saas", new LocalizedText("国内SaaS", "Japan SaaS"), Unit.JPY_100M, "",
                List.of(new Anchor(2024, 12500, Kind.SOURCED, true, yano, LocalizedText.EMPTY)),
                List.of(new Segment.Compound(2024, 2040, 0.12, Basis.assumption(LocalizedText.of("analyst view")))),
                null, new LocalizedText("国内のSaaS売上", "Domestic SaaS revenue"));
    }

    @Test
    void aSeriesOfTheUsersOwnWithACitedPointSavesAndReopensWithEveryPartOfTheCitation() throws Exception {
        Projection q = StructureEdits.addSeries(p, saas(), List.of("markets"));
        q = PointEdits.setKnownPoint(q, "saas", new Anchor(2030, 24000, Kind.ASSUMPTION, false, null,
                LocalizedText.of("our guess")));
        Projection reopened = ProjectionFiles.parse(ProjectionFiles.toBytes(q), "own");
        assertThat(reopened).isEqualTo(q);
        Series s = reopened.series("saas").orElseThrow();
        assertThat(s.note().en()).isEqualTo("Domestic SaaS revenue");
        SourceRef cited = s.anchors().get(0).source();
        assertThat(cited.date()).isEqualTo("2025-03");
        assertThat(cited.page()).isEqualTo("p. 12");
        assertThat(cited.url()).isEqualTo("https://www.yanoresearch.jp/press/3721");
        assertThat(cited.shortCitation(Locale.ENGLISH))
                .isEqualTo("矢野経済研究所, \"国内SaaS市場 2025\", 2025-03, p. 12; www.yanoresearch.jp");
        assertThat(s.anchors()).extracting(Anchor::year).containsExactly(2024, 2030);
        assertThat(reopened.charts().get(0).series()).endsWith("saas");
        // 億円 on a 兆円 chart: 12,500 億円 is 1.25 兆円, and the unpinned 2030 figure does not bend the curve.
        ProjectionResult r = engine.project(reopened, "base");
        assertThat(r.value(r.seriesIndex("saas"), 2025)).isCloseTo(12500 * 1.12, within(1e-6));
    }

    @Test
    void aCitationThatNamesNeitherPublisherNorDocumentIsRefusedNamingTheSeriesAndYear() {
        Projection q = StructureEdits.addSeries(p, saas(), List.of());
        SourceRef onlyUrl = SourceRef.cited("", "", "", "", "https://example.com/x", "");
        RuleViolation e = catchThrowableOfType(() -> PointEdits.setKnownPoint(q, "saas",
                new Anchor(2026, 15000, Kind.SOURCED, true, onlyUrl, LocalizedText.EMPTY)), RuleViolation.class);
        assertThat(e.message(Locale.ENGLISH)).contains("Japan SaaS").contains("2026").contains("publisher");
        assertThat(e.message(Locale.JAPANESE)).contains("国内SaaS").contains("2026年").contains("発行者");
        // Without a citation at all the point is the user's assumption, and is taken.
        Projection r = PointEdits.setKnownPoint(q, "saas", Anchor.assumption(2026, 15000));
        assertThat(r.series("saas").orElseThrow().anchors().get(1).kind()).isEqualTo(Kind.ASSUMPTION);
    }

    @Test
    void aPointIsMovedReplacedAndRemovedButTheLastPinnedPointStays() {
        Projection q = PointEdits.setKnownPoint(p, "multipurpose-robots", Anchor.assumption(2030, 20));
        assertThat(q.series("multipurpose-robots").orElseThrow().anchors()).extracting(Anchor::year)
                .containsExactly(2030, 2040);
        Projection moved = PointEdits.replaceKnownPoint(q, "multipurpose-robots", 2030,
                Anchor.assumption(2032, 25));
        assertThat(moved.series("multipurpose-robots").orElseThrow().anchors()).extracting(Anchor::year,
                Anchor::value).containsExactly(org.assertj.core.groups.Tuple.tuple(2032, 25.0),
                org.assertj.core.groups.Tuple.tuple(2040, 60.0));
        assertThatThrownBy(() -> PointEdits.replaceKnownPoint(moved, "multipurpose-robots", 2032,
                Anchor.assumption(2040, 1))).isInstanceOf(RuleViolation.class).hasMessageContaining("2040");
        Projection removed = PointEdits.removeKnownPoint(moved, "multipurpose-robots", 2032);
        assertThat(removed.series("multipurpose-robots")).isEqualTo(p.series("multipurpose-robots"));
        RuleViolation e = catchThrowableOfType(() -> PointEdits.removeKnownPoint(removed,
                "multipurpose-robots", 2040), RuleViolation.class);
        assertThat(e.message(Locale.ENGLISH)).contains("Multi");
        assertThatThrownBy(() -> PointEdits.setKnownPoint(p, "multipurpose-robots",
                Anchor.assumption(2050, 1))).isInstanceOf(RuleViolation.class).hasMessageContaining("2050");
    }

    @Test
    void aValueTypedIntoAYearWithoutAPointPinsTheCurveThereAsAnAssumption() {
        LocalizedText why = LocalizedText.of("typed in the year table");
        Projection q = ProjectionEdits.setValueInYear(p, "base", "multipurpose-robots", 2030, 20, why);
        Anchor a = q.series("multipurpose-robots").orElseThrow().anchors().get(0);
        assertThat(a).isEqualTo(new Anchor(2030, 20, Kind.ASSUMPTION, true, null, why));
        ProjectionResult r = engine.project(q, "base");
        int m = r.seriesIndex("multipurpose-robots");
        assertThat(r.value(m, 2030)).isCloseTo(20, within(1e-9));
        assertThat(r.kind(m, 2030)).isEqualTo(Kind.ASSUMPTION);
        // In another scenario the typed value is that scenario's own point; the base is untouched.
        Projection s = ProjectionEdits.setValueInYear(p, "optimistic", "multipurpose-robots", 2030, 20, why);
        assertThat(s.series("multipurpose-robots")).isEqualTo(p.series("multipurpose-robots"));
        assertThat(s.scenario("optimistic").orElseThrow().anchors()).singleElement()
                .satisfies(o -> assertThat(o.year()).isEqualTo(2030));
    }

    @Test
    void aNewSeriesNeverTakesAColourAnotherSeriesIsDrawnIn() {
        // Before: a colourless series took the palette's colour for its place, so the seventh series came out
        // the same blue as vertical-ai, the first.
        Projection q = StructureEdits.add(p, new Series("own", LocalizedText.of("Own"), Unit.JPY_TRILLION, "",
                List.of(Anchor.assumption(2024, 1)), List.of(new Segment.Compound(2024, 2040, 0.1,
                Basis.assumption())), null), "markets");
        q = StructureEdits.add(q, new Series("total", LocalizedText.of("Total"), Unit.JPY_TRILLION, "", List.of(),
                List.of(), new Derivation(Derivation.Op.SUM, List.of("vertical-ai", "own"), 0)), "markets");
        List<String> colours = new java.util.ArrayList<>();
        for (int i = 0; i < q.series().size(); i++) {
            colours.add(Palette.colour(q.series().get(i), i));
        }
        // The shipped file may draw two series alike on purpose (robots and the workers they stand in for); the
        // two new ones take colours no other series is drawn in.
        int before = p.series().size();
        List<String> earlier = colours.subList(0, before);
        assertThat(colours).hasSize(before + 2);
        assertThat(colours.get(before)).isNotIn(earlier);
        assertThat(colours.get(before + 1)).isNotIn(earlier).isNotEqualTo(colours.get(before))
                .isNotEqualTo("#1f5fa8");
        // The copy is placed right after its original.
        assertThat(StructureEdits.duplicate(q, "own", LocalizedText.of(" copy")).series().get(before + 1).color())
                .isNotIn(colours);
    }

    @Test
    void aSeriesIsRenamedRecolouredAndMovedBetweenChartsWithTheChartUnitsChecked() {
        Projection q = StructureEdits.changeSeries(p, "multipurpose-robots", new LocalizedText("汎用ロボ", "Robots"),
                Unit.JPY_TRILLION, "#123456", LocalizedText.of("why"), List.of("digital-deficit"));
        Series s = q.series("multipurpose-robots").orElseThrow();
        assertThat(s.name().en()).isEqualTo("Robots");
        assertThat(s.color()).isEqualTo("#123456");
        assertThat(StructureEdits.chartsOf(q, "multipurpose-robots")).containsExactly("digital-deficit");
        assertThat(q.charts().get(1).series()).containsExactly("multipurpose-robots", "digital-deficit");
        assertThat(q.charts().get(0).series()).containsExactly("vertical-ai", "physical-ai");
        RuleViolation unit = catchThrowableOfType(() -> StructureEdits.changeSeries(p, "multipurpose-robots",
                s.name(), Unit.PEOPLE, "", LocalizedText.EMPTY, List.of("markets")), RuleViolation.class);
        assertThat(unit.message(Locale.ENGLISH)).contains("cannot show");
        assertThatThrownBy(() -> StructureEdits.changeSeries(p, "multipurpose-robots", s.name(), Unit.JPY_TRILLION,
                "blue", LocalizedText.EMPTY, List.of())).isInstanceOf(RuleViolation.class).hasMessageContaining("blue");
        assertThatThrownBy(() -> StructureEdits.changeSeries(p, "multipurpose-robots", LocalizedText.EMPTY,
                Unit.JPY_TRILLION, "", LocalizedText.EMPTY, List.of())).isInstanceOf(RuleViolation.class);
    }

    @Test
    void scenariosAreRenamedDescribedMovedAndDeletedButNotTheBase() {
        Projection q = StructureEdits.describeScenario(p, "optimistic", new LocalizedText("強気", "Bullish"),
                LocalizedText.of("Faster adoption"));
        assertThat(q.scenario("optimistic").orElseThrow().name().en()).isEqualTo("Bullish");
        assertThat(q.scenario("optimistic").orElseThrow().overrides())
                .isEqualTo(p.scenario("optimistic").orElseThrow().overrides());
        Projection moved = StructureEdits.moveScenario(q, "pessimistic", -1);
        assertThat(moved.scenarios()).extracting(jp.mgp.model.Scenario::id)
                .containsExactly("base", "pessimistic", "optimistic");
        assertThat(StructureEdits.removeScenario(moved, "pessimistic").scenarios())
                .extracting(jp.mgp.model.Scenario::id).containsExactly("base", "optimistic");
        RuleViolation base = catchThrowableOfType(() -> StructureEdits.removeScenario(p, "base"),
                RuleViolation.class);
        assertThat(base.message(Locale.JAPANESE)).contains("基本シナリオ");
    }

    @Test
    void referenceLinesAreAddedToAChartEditedAndRemovedFromEveryChart() {
        ReferenceLine target = new ReferenceLine("target", new LocalizedText("目標", "Target"), 40, Unit.JPY_TRILLION,
                Kind.SOURCED, SourceRef.cited("内閣府", "骨太の方針", "2025-06", "", "", ""));
        Projection q = StructureEdits.putReferenceLine(p, target, "markets");
        assertThat(q.charts().get(0).referenceLines()).containsExactly("target");
        ReferenceLine moved = new ReferenceLine("target", target.label(), 45, Unit.JPY_TRILLION, Kind.ASSUMPTION, null);
        Projection r = StructureEdits.putReferenceLine(q, moved, null);
        assertThat(r.referenceLine("target")).contains(moved);
        assertThat(r.referenceLines()).hasSize(3);
        Projection gone = StructureEdits.removeReferenceLine(r, "target");
        assertThat(gone.referenceLines()).isEqualTo(p.referenceLines());
        assertThat(gone.charts()).isEqualTo(p.charts());
        assertThatThrownBy(() -> StructureEdits.putReferenceLine(p, new ReferenceLine("x", LocalizedText.EMPTY, 1,
                Unit.JPY_TRILLION, Kind.ASSUMPTION, null), null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theReasonForARateIsTheUsersOnlyWhereTheRateIsTheirs() {
        LocalizedText why = new LocalizedText("工場の自動化が進む", "Factories automate faster");
        Projection q = ProjectionEdits.setReason(p, "base", "multipurpose-robots", 0, why);
        assertThat(q.series("multipurpose-robots").orElseThrow().segments().get(0).basis().rationale()).isEqualTo(why);
        // A rule the source states keeps the source's reason.
        assertThat(ProjectionEdits.setReason(p, "base", "vertical-ai", 0, why)).isSameAs(p);
        Projection s = ProjectionEdits.setReason(p, "optimistic", "vertical-ai", 1, why);
        assertThat(s.scenario("optimistic").orElseThrow().overrides()).filteredOn(o -> o.series().equals("vertical-ai")
                && o.segment() == 1).isNotEmpty().allSatisfy(o -> assertThat(o.note()).isEqualTo(why));
    }
}
