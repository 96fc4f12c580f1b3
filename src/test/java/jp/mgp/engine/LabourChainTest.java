package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.Derivation;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * The linked labour-gap model of the default projection, checked against values worked out by hand from its
 * assumptions (closed forms, not the engine's year-by-year steps): the global robot market reaches the sourced
 * 60 兆円 in 2040 at 30 %/yr, Japan buys 4 % of it, a robot costs 1,000 万円 in 2024 falling 8 %/yr, a robot in
 * service does the work of 0.4 workers, reskilling fills 31,250 people a year, and the gap opens evenly to the
 * sourced 2,000,000 in 2040.
 */
class LabourChainTest {

    private final ProjectionResult base = new ProjectionEngine().project(Fixtures.defaultProjection(), "base");

    private double value(String series, int year) {
        return base.value(base.seriesIndex(series), year);
    }

    /** Japan's robots deployed in {@code year}: 兆円 × share ÷ 万円 a unit; 1 兆円 ÷ 1 万円 = 10^8 units. */
    private static double deployedByHand(int year) {
        double globalMarketTn = 60 / Math.pow(1.3, 2040 - year);
        double priceMan = 1000 * Math.pow(0.92, year - 2024);
        return globalMarketTn * 1e12 * 0.04 / (priceMan * 1e4);
    }

    @Test
    void robotsDeployedAreJapansPartOfTheMarketOverTheUnitPrice() {
        // 2040: 60 兆円 × 4 % = 2.4 兆円; 1,000 万円 × 0.92^16 = 263.39 万円 a unit; 2.4e12 / 2.6339e6 = 911,184 units.
        assertThat(value("robot-market-japan", 2040)).isCloseTo(2.4, within(1e-9));
        assertThat(value("robot-unit-price", 2040)).isCloseTo(263.3936, within(1e-3));
        assertThat(value("robots-deployed", 2040)).isCloseTo(911_184, within(1.0));
        assertThat(value("robots-deployed", 2030)).isCloseTo(deployedByHand(2030), within(1e-6));
        assertThat(value("robots-deployed", 2024)).isCloseTo(3_606.76, within(0.01));
    }

    @Test
    void robotsInServiceAddUpEveryYearsDeploymentsSince2024() {
        double sum = 0;
        for (int y = 2024; y <= 2040; y++) {
            sum += deployedByHand(y);
            assertThat(value("robots-in-service", y)).as("robots in service in %d", y).isCloseTo(sum, within(1e-4));
        }
        assertThat(sum).isCloseTo(3_108_476, within(1.0));
    }

    @Test
    void theGapRemainingIsTheSourcedGapMinusWhatRobotsAndReskillingFill() {
        // 2040: 3,108,476 robots × 0.4 = 1,243,390 people; reskilling 16 × 31,250 = 500,000;
        // 2,000,000 − 1,243,390 − 500,000 = 256,610.
        assertThat(value("workers-substituted", 2040)).isCloseTo(1_243_390, within(1.0));
        assertThat(value("workers-reskilled", 2040)).isEqualTo(500_000);
        assertThat(value("labour-gap-remaining", 2040)).isCloseTo(256_610, within(1.0));
        // 2030: gap 6 × 125,000 = 750,000; robots 89,490 × 0.4 = 35,796; reskilling 187,500.
        assertThat(value("labour-gap-remaining", 2030)).isCloseTo(750_000 - 35_796.09 - 187_500, within(0.01));
        for (int y = 2024; y <= 2040; y++) {
            assertThat(value("workers-substituted", y) + value("workers-reskilled", y)
                    + value("labour-gap-remaining", y)).isCloseTo(value("labour-gap", y), within(1e-6));
        }
    }

    @Test
    void everyLinkRestsOnAnAssumptionAndSaysSo() {
        for (String id : List.of("robot-unit-price", "robot-share-japan", "workers-per-robot", "workers-reskilled",
                "robots-deployed", "robots-in-service", "workers-substituted", "labour-gap-remaining")) {
            int s = base.seriesIndex(id);
            assertThat(base.kind(s, 2040)).as(id).isEqualTo(Kind.ASSUMPTION);
            Series series = base.series(s);
            if (!series.isDerived()) {
                Basis basis = series.segments().get(0).basis();
                assertThat(series.anchors().get(0).note().en()).as(id).startsWith("mgp assumption");
                assertThat(series.anchors().get(0).note().ja()).as(id).startsWith("mgpの仮定");
                assertThat(basis.kind()).isEqualTo(Kind.ASSUMPTION);
                assertThat(basis.rationale().en()).as(id).startsWith("mgp assumption");
                // Where a user would find a better figure, in the point's note or the growth's reason.
                assertThat(series.anchors().get(0).note().en() + basis.rationale().en()).as(id)
                        .contains("For a better");
                assertThat(series.anchors().get(0).note().ja() + basis.rationale().ja()).as(id).contains("より良い");
            }
        }
    }

    @Test
    void aRunningTotalConvertsItsUnitAndStopsAtAMissingYear() {
        Basis assumed = new Basis(Kind.ASSUMPTION, LocalizedText.of("test"), null);
        // 1 万人 a year from 2020, known only to 2023 (the segment ends there): totals 10,000, 20,000, 30,000, 40,000
        // people, then nothing, rather than a total that silently stops growing.
        Series yearly = new Series("yearly", null, Unit.PEOPLE_10K, "",
                List.of(Anchor.assumption(2020, 1)),
                List.of(new Segment.Hold(2020, 2023, assumed)), null);
        Series total = new Series("total", null, Unit.PEOPLE, "", List.of(), List.of(),
                new Derivation(Derivation.Op.CUMULATIVE, List.of("yearly"), 1));
        // A product carries its factor: 2 × 1 万人 × 0.5 = 1 万人.
        Series half = new Series("half", null, Unit.PEOPLE_10K, "",
                List.of(Anchor.assumption(2020, 2)),
                List.of(new Segment.Hold(2020, 2025, assumed)), null);
        Series product = new Series("product", null, Unit.PEOPLE_10K, "", List.of(), List.of(),
                new Derivation(Derivation.Op.PRODUCT, List.of("yearly", "half"), 0.5));
        Projection p = new Projection(LocalizedText.of("t"), LocalizedText.EMPTY, 2020, 2025,
                List.of(yearly, total, half, product), List.of(), List.of(), List.of(), java.util.Map.of());
        ProjectionResult r = new ProjectionEngine().project(p);
        int t = r.seriesIndex("total");
        assertThat(new double[] {r.value(t, 2020), r.value(t, 2021), r.value(t, 2022), r.value(t, 2023)})
                .containsExactly(10_000, 20_000, 30_000, 40_000);
        assertThat(r.value(t, 2024)).isNaN();
        assertThat(r.kind(t, 2024)).isNull();
        assertThat(r.kind(t, 2023)).isEqualTo(Kind.ASSUMPTION);
        assertThat(r.value(r.seriesIndex("product"), 2022)).isEqualTo(1.0);
        assertThat(r.value(r.seriesIndex("product"), 2024)).isNaN();
    }
}
