package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.engine.FanResult;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.Projection;

/** Uncertainty fans in the table exports: the engine's own quantiles, for the file's seed and paths. */
class FanExportTest {

    private static final double[] LEVELS = {FanResult.P5, FanResult.P10, FanResult.P50, FanResult.P90, FanResult.P95};

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    /** The engine's run for the file's seed and paths, on one thread (the thread count changes no figure). */
    private FanResult engine() {
        return Simulation.run(projection, "base", SimulationSettings.of(projection).withThreads(1),
                SimulationMonitor.NONE);
    }

    @Test
    void csvWithFansCarriesTheEnginesQuantilesPerSeriesYearAndSaysTheyAreASimulationOfAssumptions()
            throws IOException {
        Path out = dir.resolve("table.csv");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH).withFans(true),
                out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("series,year,value,unit,kind,p5,p10,p50,p90,p95,fan");
        FanResult fan = engine();
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 11);
            int s = fan.seriesIndex(cells[0]);
            int y = fan.yearIndex(Integer.parseInt(cells[1]));
            if (fan.series(s).isDerived() || y < 0) {
                continue;
            }
            if (!fan.isUncertain(s)) {
                assertThat(cells[5]).as(line).isEmpty();
                assertThat(cells[10]).as(line).isEmpty();
                continue;
            }
            for (int l = 0; l < LEVELS.length; l++) {
                double expected = fan.quantile(s, y, LEVELS[l]);
                assertThat(Double.parseDouble(cells[5 + l])).as(line)
                        .isCloseTo(expected, within(Math.abs(expected) * 1e-9 + 1e-6));
            }
            assertThat(cells[10]).isEqualTo("\"Simulation of the file's stated ranges (assumptions), not sourced"
                    + " figures: 10,000 paths, seed 2040\"");
            checked++;
        }
        // vertical-ai, physical-ai and multipurpose-robots carry a shock: each has a band in every year.
        assertThat(checked).isGreaterThanOrEqualTo(3 * fan.years());
        // A band has width: in 2040 physical AI's P5 lies below its P95.
        int physical = fan.seriesIndex("physical-ai");
        assertThat(fan.quantile(physical, fan.yearIndex(2040), 0.05))
                .isLessThan(fan.quantile(physical, fan.yearIndex(2040), 0.95));
    }

    @Test
    void csvWithoutFansIsTheTableAsBefore() throws IOException {
        Path out = dir.resolve("table.csv");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH), out);
        var result = new ProjectionEngine().project(projection, "base");
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo(TableCsv.write(result, result.firstYear(), result.lastYear(), ","))
                .startsWith("series,year,value,unit,kind\n");
    }

    @Test
    void workbookWithFansHasAnUncertaintySheetInTheExportsLanguageWithTheEnginesQuantiles() throws IOException {
        Path out = dir.resolve("book.xlsx");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.XLSX, Locale.JAPANESE).withFans(true),
                out);
        FanResult fan = engine();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("不確実性");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("ファイルに記した幅（前提）のシミュレーション").contains("10,000通り").contains("シード2040");
            List<String> names = new ArrayList<>();
            int checked = 0;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String name = row.getCell(0).getStringCellValue();
                int s = -1;
                for (int i = 0; i < fan.seriesCount(); i++) {
                    if (fan.series(i).name().get(Locale.JAPANESE).equals(name)) {
                        s = i;
                    }
                }
                assertThat(s).as(name).isNotNegative();
                names.add(fan.series(s).id());
                if (fan.series(s).isDerived()) {
                    continue;
                }
                int y = fan.yearIndex((int) row.getCell(2).getNumericCellValue());
                for (int l = 0; l < LEVELS.length; l++) {
                    assertThat(row.getCell(3 + l).getNumericCellValue()).isEqualTo(fan.quantile(s, y, LEVELS[l]));
                }
                checked++;
            }
            assertThat(names).contains("vertical-ai", "physical-ai", "multipurpose-robots");
            assertThat(checked).isGreaterThanOrEqualTo(3 * fan.years());
        }
    }

    @Test
    void workbookWithoutFansHasNoUncertaintySheet() throws IOException {
        Path out = dir.resolve("book.xlsx");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.XLSX, Locale.ENGLISH), out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Uncertainty")).isNull();
        }
    }

    @Test
    void renderWithFansWritesWhatTheExportWritesInEveryFormatADeckIncluded() throws IOException {
        Path cli = dir.resolve("cli.csv");
        jp.mgp.cli.MgpCliTest.Run r = jp.mgp.cli.MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format",
                "csv", "--fans", "--scenario", "base", "--out", cli.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path direct = dir.resolve("direct.csv");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH).withFans(true),
                direct);
        assertThat(Files.readString(cli)).isEqualTo(Files.readString(direct)).contains(",p5,p10,p50,p90,p95,fan");

        // A deck takes them too (it was refused before decks could draw fans); PptxFansTest checks its figures.
        Path deck = dir.resolve("deck.pptx");
        jp.mgp.cli.MgpCliTest.Run pptx = jp.mgp.cli.MgpCliTest.run("render", Fixtures.DEFAULT.toString(),
                "--format", "pptx", "--fans", "--chart", "digital-deficit", "--out", deck.toString());
        assertThat(pptx.code()).as(pptx.err()).isZero();
        Path exported = dir.resolve("exported.pptx");
        Exporter.export(projection, null, Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH)
                .withCharts(List.of("digital-deficit")).withFans(true), exported);
        assertThat(jp.mgp.ZipParts.of(deck)).isEqualTo(jp.mgp.ZipParts.of(exported));
        try (org.apache.poi.xslf.usermodel.XMLSlideShow ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(
                Files.newInputStream(deck))) {
            assertThat(PptxFansTest.chart(ppt.getSlides().get(0)).getCTChart().getPlotArea().sizeOfAreaChartArray())
                    .isEqualTo(1);
        }
    }
}
