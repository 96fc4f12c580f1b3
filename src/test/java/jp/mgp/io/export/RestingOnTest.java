package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * A chart of derived series states the assumptions it rests on. The default file's "Multipurpose robots in Japan"
 * draws robots deployed and in service, derived from Japan's part of the robot market (the global market, sourced
 * in 2040 and grown by an assumed rate, times Japan's assumed share) and an assumed price per robot. None of those
 * inputs is drawn, and the deck's footnote and assumptions table left all of them out: the slide called everything
 * on it derived, though it stands on three assumptions.
 */
class RestingOnTest {

    private final Projection projection = Fixtures.defaultProjection();
    private final ProjectionResult result = new ProjectionEngine().project(projection, "base");
    private final ProvenanceText english = new ProvenanceText(Locale.ENGLISH);

    private ChartSpec robots() {
        return projection.charts().stream().filter(c -> c.id().equals("robots-japan")).findFirst().orElseThrow();
    }

    private List<String> ids(List<Integer> indices) {
        return indices.stream().map(s -> result.series(s).id()).toList();
    }

    @Test
    void aChartRestsOnItsSeriesThenTheirInputsEachOnce() {
        assertThat(ids(AssumptionRows.restingOn(result, robots().series()))).containsExactly("robots-deployed",
                "robots-in-service", "robot-market-japan", "robot-unit-price", "multipurpose-robots",
                "robot-share-japan");
        assertThat(ids(AssumptionRows.restingOn(result, List.of("vertical-ai", "no-such-series"))))
                .containsExactly("vertical-ai");
    }

    @Test
    void theFootnoteNamesTheAssumptionsAndTheSourceUnderTheDerivedLines() {
        ChartContent.Footnote note = ChartContent.of(robots(), result, english).footnote();
        assertThat(note.assumptions()).anySatisfy(a -> assertThat(a).startsWith(
                "Japan's share of the global multipurpose robot market 2024: 4"));
        assertThat(note.assumptions()).anySatisfy(a -> assertThat(a).startsWith(
                "Average price of a multipurpose robot 2024: "));
        assertThat(note.assumptions()).anySatisfy(a -> assertThat(a).startsWith(
                "Multipurpose robot market (global) 2024\u20132040: compound growth 30.0 %/yr"));
        assertThat(note.sources()).anySatisfy(s -> assertThat(s).contains(
                "Multipurpose robot market (global) 2040: "));
        assertThat(note.derived()).anySatisfy(d -> assertThat(d).startsWith(
                "Multipurpose robot market (Japan's part) = "));
    }

    @Test
    void theAssumptionsTableHasARowForEachInputsRule() {
        List<AssumptionRows.Row> rows = AssumptionRows.of(result, robots().series(), english);
        assertThat(rows).extracting(AssumptionRows.Row::series).contains(
                "Japan's share of the global multipurpose robot market", "Average price of a multipurpose robot",
                "Multipurpose robot market (global)", "Multipurpose robot market (Japan's part)");
        // The assumed value itself, with the note that says where a better figure is found.
        assertThat(rows).filteredOn(r -> r.series().equals("Japan's share of the global multipurpose robot market")
                && r.years().equals("2024")).singleElement().satisfies(r -> {
                    assertThat(r.rule()).startsWith("4.0");
                    assertThat(r.kind()).isEqualTo(english.kind(jp.mgp.model.Kind.ASSUMPTION));
                    assertThat(r.basis()).contains("IFR World Robotics");
                });
        assertThat(rows).filteredOn(AssumptionRows.Row::assumed).extracting(AssumptionRows.Row::series)
                .contains("Japan's share of the global multipurpose robot market",
                        "Average price of a multipurpose robot", "Multipurpose robot market (global)");
    }
}
