package jp.mgp.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Unit;

/** Growth described in each series' own model over one period, kind words and the 万人 rule, with real numbers. */
class WordingTest {

    private static final Wording EN = Wording.of(Locale.ENGLISH);
    private static final Wording JA = Wording.of(Locale.JAPANESE);
    private static final LocalizedText WHY = LocalizedText.of("changed in a test");

    private final Projection start = Fixtures.defaultProjection();
    private final ProjectionEngine engine = new ProjectionEngine();

    private static String growth(Wording w, ProjectionResult r, String id) {
        return w.growth(r, r.seriesIndex(id));
    }

    @Test
    void theLinearLabourGapGrowsByItsYearlyStepNotByARateFromNearZero() {
        ProjectionResult r = engine.project(start);
        // From 0 in 2024 to 2,000,000 in 2040: 2,000,000 / 16 = 125,000 people a year. A CAGR from the first
        // non-zero year (125,000 in 2025) would read 16^(1/15) − 1 = 20.3 %/yr.
        Growth g = Growth.of(r, r.seriesIndex("labour-gap")).orElseThrow();
        assertThat(g.model()).isEqualTo(Growth.Model.LINEAR);
        assertThat(g.firstYear()).isEqualTo(2024);
        assertThat(g.lastYear()).isEqualTo(2040);
        assertThat(g.perYear()).isEqualTo(125_000.0);
        assertThat(growth(EN, r, "labour-gap")).isEqualTo("2024–2040: +125 k people a year");
        assertThat(growth(JA, r, "labour-gap")).isEqualTo("年+12.5万人（2024～2040年）");
    }

    @Test
    void compoundSeriesAreDescribedByTheirCagrOverTheSamePeriod() {
        ProjectionResult r = engine.project(start);
        assertThat(growth(EN, r, "vertical-ai")).isEqualTo("CAGR 2024–2040: 21.6 %/yr");
        assertThat(growth(JA, r, "physical-ai")).isEqualTo("CAGR 34.4%（2024～2040年）");
        // The deficit runs at one constant rate through -6.7 (2024) and -10 (2030), then keeps it to 2040.
        double rate = Math.pow(10 / 6.7, 1.0 / 6) - 1;
        assertThat(String.format(Locale.ROOT, "%.1f", rate * 100)).isEqualTo("6.9");
        assertThat(growth(EN, r, "digital-deficit")).isEqualTo("CAGR 2024–2040: 6.9 %/yr");
    }

    @Test
    void anSCurveNamesItsCeilingAndAHeldSeriesIsFlat() {
        double[] gap = engine.project(start).values(start.seriesIndex("labour-gap"));
        Projection s = ProjectionEdits.setModel(start, "labour-gap", 0, "logistic", gap, WHY);
        // setModel centres the S-curve on 2024–2040 (midpoint 2032, steepness 0.5) and scales it to rise from 0 to
        // 2,000,000 over the segment, so it heads for 2,000,000 × σ(4) / (σ(4) − σ(−4)) ≈ 2,037,315 people.
        double sigma4 = 1 / (1 + Math.exp(-4));
        double ceiling = 2_000_000 * sigma4 / (sigma4 - (1 - sigma4));
        assertThat(ceiling).isCloseTo(2_037_315, org.assertj.core.data.Offset.offset(1.0));
        ProjectionResult logistic = engine.project(s);
        assertThat(Growth.of(logistic, s.seriesIndex("labour-gap")).orElseThrow().capacity())
                .isCloseTo(ceiling, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(growth(EN, logistic, "labour-gap")).isEqualTo("2024–2040: S-curve towards 2.0 m people");
        assertThat(growth(JA, logistic, "labour-gap")).isEqualTo("上限204万人へのS字曲線（2024～2040年）");

        double[] robots = engine.project(start).values(start.seriesIndex("multipurpose-robots"));
        ProjectionResult held = engine.project(ProjectionEdits.setModel(start, "multipurpose-robots", 0, "hold",
                robots, WHY));
        assertThat(growth(EN, held, "multipurpose-robots")).isEqualTo("2024–2040: flat");
        assertThat(growth(JA, held, "multipurpose-robots")).isEqualTo("横ばい（2024～2040年）");
    }

    @Test
    void ratesKeepOneDecimalAndNeverReadMinusZero() {
        assertThat(EN.rate(0.216)).isEqualTo("21.6 %/yr");
        assertThat(JA.rate(0.216)).isEqualTo("年率21.6%");
        assertThat(EN.rate(-0.0001)).isEqualTo("0.0 %/yr");
    }

    @Test
    void eachKindHasOneNamePerLanguage() {
        assertThat(EN.kind(Kind.SOURCED)).isEqualTo("sourced");
        assertThat(EN.kind(Kind.DERIVED)).isEqualTo("derived");
        assertThat(EN.kind(Kind.ASSUMPTION)).isEqualTo("assumption");
        assertThat(JA.kind(Kind.SOURCED)).isEqualTo("出所");
        assertThat(JA.kind(Kind.DERIVED)).isEqualTo("導出");
        assertThat(JA.kind(Kind.ASSUMPTION)).isEqualTo("仮定");
    }

    @Test
    void japaneseReadersCountPeopleInTenThousands() {
        assertThat(Wording.shownUnit(Unit.PEOPLE, Locale.JAPANESE)).isEqualTo(Unit.PEOPLE_10K);
        assertThat(Wording.shownUnit(Unit.PEOPLE, Locale.ENGLISH)).isEqualTo(Unit.PEOPLE);
        assertThat(Wording.shownUnit(Unit.JPY_TRILLION, Locale.JAPANESE)).isEqualTo(Unit.JPY_TRILLION);
    }
}
