package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;

/** A point's tooltip on the chart says why a value is an assumption, in the words the user gave for the rate. */
class AssumptionReasonTooltipTest {

    private final ProjectionEngine engine = new ProjectionEngine();

    private String tooltip(Projection p, String scenario, int year, Locale locale) {
        return tooltip(p, scenario, 2, year, locale);
    }

    /** {@code s}: the series' place on the markets chart (vertical AI 0, physical AI 1, robots 2). */
    private String tooltip(Projection p, String scenario, int s, int year, Locale locale) {
        JFreeChart chart = ProjectionCharts.create(p.charts().get(0), engine.project(p, scenario), locale);
        ResultDataset d = ProjectionCharts.dataset(chart);
        return chart.getXYPlot().getRenderer().getDefaultToolTipGenerator().generateToolTip(d, s, year - 2024);
    }

    @Test
    void theReasonTheUserGaveForARateIsInTheTooltipOfTheYearsItGoverns() {
        LocalizedText why = new LocalizedText("工場の自動化が進む", "Factories automate faster");
        Projection p = ProjectionEdits.setReason(Fixtures.defaultProjection(), "base", "multipurpose-robots", 0, why);
        assertThat(tooltip(p, "base", 2030, Locale.ENGLISH)).endsWith("\nFactories automate faster");
        assertThat(tooltip(p, "base", 2030, Locale.JAPANESE)).endsWith("\n工場の自動化が進む");
        // In a scenario, the scenario's note for the rate, after the relation to the base.
        Projection q = ProjectionEdits.setReason(Fixtures.defaultProjection(), "optimistic", "vertical-ai", 1, why);
        assertThat(tooltip(q, "optimistic", 0, 2038, Locale.ENGLISH)).endsWith("Factories automate faster");
    }
}
