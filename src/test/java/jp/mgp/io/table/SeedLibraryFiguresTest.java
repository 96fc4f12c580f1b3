package jp.mgp.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.mgp.model.Unit;

/** The seed library reads every figure of seeds/figures.csv with its whole citation. */
class SeedLibraryFiguresTest {

    @Test
    void everyRowOfTheSeedFileIsAFigureWithItsCitation() throws IOException {
        long rows = Files.readAllLines(Path.of("seeds", "figures.csv")).size() - 1;
        List<SeedFigures.Figure> figures = SeedFigures.bundled();
        assertThat(figures).hasSize((int) rows);
        SeedFigures.Figure first = figures.get(0);
        assertThat(first.series()).isEqualTo("vertical-ai");
        assertThat(first.year()).isEqualTo(2034);
        assertThat(first.value()).isEqualTo(10.8);
        assertThat(first.unit()).isEqualTo(Unit.JPY_TRILLION);
        assertThat(first.source().citation()).isEqualTo("Global Market Insights, \"Vertical AI Market Global "
                + "Forecast 2025-2034\"; via Cabinet Office/METI AI & Semiconductor WG deck (2026-02-12) "
                + "[002_3dadbe7a501d20c9.txt:216]");
        assertThat(first.source().quote()).isEqualTo("2034年：約10.8兆円");
    }
}
