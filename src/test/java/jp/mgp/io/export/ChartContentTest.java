package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Projection;

/**
 * A chart's content, once made, cannot be changed through the arrays it hands out (found by SpotBugs): an
 * exporter that wrote into {@code years()} or a line's {@code values()} would otherwise change what every later
 * exporter of the same content draws.
 */
class ChartContentTest {

    private static ChartContent markets() {
        Projection p = Fixtures.defaultProjection();
        ProjectionResult r = new ProjectionEngine().project(p, "base");
        return ChartContent.of(p.charts().get(0), r, new ProvenanceText(Locale.ENGLISH));
    }

    @Test
    void theArraysHandedOutAreCopies() {
        ChartContent content = markets();
        ChartContent.Line line = content.lines().get(0);
        int firstYear = content.years()[0];
        double firstValue = line.values()[0];
        boolean firstSourced = line.sourced()[0];
        boolean secondProjected = line.projected()[1];

        content.years()[0] = 1900;
        line.values()[0] = -1;
        line.sourced()[0] = !firstSourced;
        line.projected()[1] = !secondProjected;

        assertThat(content.years()[0]).isEqualTo(firstYear).isEqualTo(2024);
        assertThat(line.values()[0]).isEqualTo(firstValue);
        assertThat(line.sourced()[0]).isEqualTo(firstSourced);
        assertThat(line.projected()[1]).isEqualTo(secondProjected);
    }

    @Test
    void theArraysGivenAreCopied() {
        double[] values = {1.0, 2.0};
        ChartContent.Line line = new ChartContent.Line("a", "A", "#000000", values, new boolean[2], new boolean[2],
                "2", "");

        values[1] = 99;

        assertThat(line.values()).containsExactly(1.0, 2.0);
    }
}
