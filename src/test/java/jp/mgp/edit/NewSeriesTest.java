package jp.mgp.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/** New series from what the user knows, and known points set from a table, project as a strategist expects. */
class NewSeriesTest {

    private static final LocalizedText NAME = LocalizedText.of("Robots");
    private static final SourceRef METI = new SourceRef("METI", "White paper", "", "", 0, "");

    private static double at(Projection p, String id, int year) {
        ProjectionResult r = new ProjectionEngine().project(p, "base");
        return r.value(p.seriesIndex(id), year);
    }

    @Test
    void aSteadyRateFromAFigure() {
        Projection p = KnownPoints.add(Fixtures.defaultProjection(), NewSeries.compound("robots", NAME,
                Unit.JPY_TRILLION, Anchor.assumption(2030, 2.0), 0.05, 2024, 2040));
        assertThat(at(p, "robots", 2040)).isCloseTo(2.0 * Math.pow(1.05, 10), within(1e-12));
        assertThat(at(p, "robots", 2024)).isCloseTo(2.0 / Math.pow(1.05, 6), within(1e-12));
        assertThat(p.series("robots").orElseThrow().segments().get(0).basis().rationale().en())
                .isEqualTo("grows at 5.0 % a year from the figure for 2030");
    }

    @Test
    void theSameAmountEachYear() {
        Projection p = KnownPoints.add(Fixtures.defaultProjection(), NewSeries.linear("robots", NAME, Unit.PEOPLE,
                Anchor.assumption(2024, 1000), 250, 2024, 2040));
        assertThat(at(p, "robots", 2040)).isEqualTo(1000 + 16 * 250.0);
    }

    @Test
    void anSCurveHeadsForItsCeilingAndRisesFastestInItsMiddleYear() {
        Series s = NewSeries.sCurve("robots", NAME, Unit.JPY_TRILLION, Anchor.assumption(2024, 1.0), 11.0, 2032, 10,
                2024, 2300);
        Projection p = KnownPoints.add(Fixtures.defaultProjection().withHorizon(2024, 2300), s);
        assertThat(at(p, "robots", 2024)).isEqualTo(1.0);
        assertThat(at(p, "robots", 2300)).isCloseTo(11.0, within(1e-9));
        // The rise from a tenth to nine tenths of the way takes the 10 years asked for, centred on 2032.
        double k = Math.log(81) / 10;
        double sigma2024 = 1 / (1 + Math.exp(-k * (2024 - 2032)));
        double total = 10.0 / (1 - sigma2024);
        assertThat(at(p, "robots", 2037) - at(p, "robots", 2027)).isCloseTo(total * 0.8, within(1e-9));
    }

    @Test
    void aFittedRateRunsThroughTheLatestFigureAndGivesEachResidual() {
        List<Anchor> figures = List.of(new Anchor(2020, 1.0, Kind.SOURCED, true, METI, LocalizedText.EMPTY),
                Anchor.assumption(2022, 1.21), Anchor.assumption(2024, 1.5));
        NewSeries.Made made = NewSeries.fitted("robots", NAME, Unit.JPY_TRILLION, figures, 2024, 2040);
        // Least squares on ln v: slope = (ln1.5 - ln1.0) / 4 pulled by the middle point; worked out by hand.
        double l0 = 0;
        double l1 = Math.log(1.21);
        double l2 = Math.log(1.5);
        double slope = ((-2) * (l0 - (l0 + l1 + l2) / 3) + 2 * (l2 - (l0 + l1 + l2) / 3)) / 8;
        assertThat(made.rate()).isCloseTo(Math.expm1(slope), within(1e-12));
        assertThat(made.series().anchors()).extracting(Anchor::pinned).containsExactly(false, false, true);
        assertThat(made.series().anchors().get(0).kind()).isEqualTo(Kind.SOURCED);
        assertThat(made.residuals()[2]).isEqualTo(0.0);
        assertThat(made.residuals()[0]).isCloseTo(1.0 - 1.5 * Math.pow(1 + made.rate(), -4), within(1e-12));
        Projection p = KnownPoints.add(Fixtures.defaultProjection(), made.series());
        assertThat(at(p, "robots", 2040)).isCloseTo(1.5 * Math.pow(1 + made.rate(), 16), within(1e-9));
    }

    @Test
    void pointsSetOnASeriesReplaceItsPointsAndTheCurveRunsThroughThem() {
        Projection p = Fixtures.defaultProjection();
        Projection next = KnownPoints.setPoints(p, "vertical-ai", KnownPoints.anchors(new int[] {2030, 2026},
                new double[] {8.0, 4.0}, METI));
        Series s = next.series("vertical-ai").orElseThrow();
        assertThat(s.anchors()).extracting(Anchor::year).containsExactly(2026, 2030);
        assertThat(at(next, "vertical-ai", 2028)).isCloseTo(4.0 * Math.sqrt(2), within(1e-12));
        // Outside the points the series' own 21.6 % goes on.
        assertThat(at(next, "vertical-ai", 2031)).isCloseTo(8.0 * 1.216, within(1e-12));
        assertThat(at(next, "vertical-ai", 2025)).isCloseTo(4.0 / 1.216, within(1e-12));
        // A change of sign is a straight line between the points.
        Projection deficit = KnownPoints.setPoints(p, "digital-deficit", KnownPoints.anchors(
                new int[] {2024, 2026}, new double[] {-2.0, 2.0}, null));
        assertThat(at(deficit, "digital-deficit", 2025)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void aDerivedSeriesTakesNoPointsAndAFigureInAnotherKindOfUnitIsRefusedInWords() {
        Projection p = Fixtures.defaultProjection();
        Projection withDerived = StructureEdits.add(p, new Series("sum", NAME, Unit.JPY_TRILLION, "", List.of(),
                List.of(), new jp.mgp.model.Derivation(jp.mgp.model.Derivation.Op.SUM, List.of("vertical-ai"), 1)),
                null);
        assertThatThrownBy(() -> KnownPoints.setPoints(withDerived, "sum", KnownPoints.anchors(new int[] {2024},
                new double[] {1}, null))).isInstanceOf(RuleViolation.class)
                .hasMessage("\u201cRobots\u201d is computed from other series and has no known points of its own");
        RuleViolation e = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class, () ->
                PointEdits.putSourced(p, "labour-gap", 2030, 5, Unit.JPY_TRILLION, METI));
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("「労働需給ギャップ（日本、不足人数）」の単位は 人 です。兆円 の数値は既知点にできません");
    }

    @Test
    void aSeedFigureInHundredMillionYenBecomesASourcedPointInTrillions() {
        Projection p = PointEdits.putSourced(Fixtures.defaultProjection(), "vertical-ai", 2030, 50_000,
                Unit.JPY_100M, METI);
        Anchor a = p.series("vertical-ai").orElseThrow().anchors().stream().filter(x -> x.year() == 2030)
                .findFirst().orElseThrow();
        assertThat(a.value()).isEqualTo(5.0);
        assertThat(a.kind()).isEqualTo(Kind.SOURCED);
        assertThat(a.source()).isEqualTo(METI);
    }
}
