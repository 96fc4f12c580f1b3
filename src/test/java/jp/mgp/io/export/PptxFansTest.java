package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegendEntry;

import jp.mgp.Fixtures;
import jp.mgp.engine.FanResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * Uncertainty fans in a deck as native charts: stacked areas whose cached values and workbook cells are the
 * engine's quantiles for the file's seed and paths (the figures the CSV export prints), the areas formulas of the
 * quantiles, out of the legend, and the footnote saying what they simulate.
 */
class PptxFansTest {

    private static final double[] LEVELS = {FanResult.P5, FanResult.P10, FanResult.P50, FanResult.P90, FanResult.P95};
    private static final String[] MARKETS = {"vertical-ai", "physical-ai", "multipurpose-robots"};

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    /** The engine's run for the file's seed and paths, on one thread (the thread count changes no figure). */
    private FanResult engine(String scenario) {
        return Simulation.run(projection, scenario, SimulationSettings.of(projection).withThreads(1),
                SimulationMonitor.NONE);
    }

    private Path deck(Locale locale, String scenario) throws IOException {
        Path out = dir.resolve("deck-" + locale.getLanguage() + ".pptx");
        Exporter.export(projection, scenario, Exporter.Request.of(ExportFormat.PPTX, locale).withFans(true), out);
        return out;
    }

    static XSLFChart chart(XSLFSlide slide) {
        return slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast)
                .findFirst().orElseThrow();
    }

    private static double cached(XDDFChartData.Series series, int i) {
        Number n = series.getValuesData().getPointAt(i);
        return n == null ? Double.NaN : n.doubleValue();
    }

    @Test
    void theMarketsChartsBandsAreTheEnginesQuantilesInItsCachesAndItsWorkbook() throws Exception {
        FanResult fan = engine("base");
        Path out = deck(Locale.ENGLISH, "base");
        Map<String, double[]> csv = csvFans();
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            XSLFChart chart = chart(ppt.getSlides().get(0));
            XDDFAreaChartData areas = (XDDFAreaChartData) chart.getChartSeries().get(0);
            assertThat(areas.getGrouping()).isEqualTo(Grouping.STACKED);
            // Four areas a fan (base, P5-P10, P10-P90, P90-P95), one fan per market.
            assertThat(areas.getSeriesCount()).isEqualTo(12);
            XDDFLineChartData lines = (XDDFLineChartData) chart.getChartSeries().get(1);
            int firstMedian = lines.getSeriesCount() - 3;
            int years = 2040 - 2024 + 1;
            int checked = 0;
            double[] top = new double[years];
            for (int f = 0; f < MARKETS.length; f++) {
                int s = fan.seriesIndex(MARKETS[f]);
                for (int i = 0; i < years; i++) {
                    int y = fan.yearIndex(2024 + i);
                    double[] q = new double[5];
                    for (int l = 0; l < 5; l++) {
                        q[l] = fan.quantile(s, y, LEVELS[l]);
                        // The same figures as the CSV export prints, to its six decimals.
                        assertThat(q[l]).isCloseTo(csv.get(MARKETS[f] + "," + (2024 + i))[l], within(5e-7));
                    }
                    // Stacked on the fans before it, the base reaches this fan's P5, each band the next level.
                    double[] boundary = {q[0], q[1], q[3], q[4]};
                    for (int a = 0; a < 4; a++) {
                        top[i] += cached(areas.getSeries(4 * f + a), i);
                        assertThat(top[i]).isCloseTo(boundary[a], within(1e-9));
                    }
                    assertThat(cached(areas.getSeries(4 * f + 1), i)).isEqualTo(q[1] - q[0]);
                    assertThat(cached(areas.getSeries(4 * f + 2), i)).isEqualTo(q[3] - q[1]);
                    assertThat(cached(areas.getSeries(4 * f + 3), i)).isEqualTo(q[4] - q[3]);
                    assertThat(cached(lines.getSeries(firstMedian + f), i)).isEqualTo(q[2]);
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(3 * years);

            try (XSSFWorkbook book = chart.getWorkbook()) {
                Sheet sheet = book.getSheetAt(0);
                Map<String, Integer> columns = headings(sheet.getRow(0));
                int p5 = columns.get("Physical AI market (global, excl. autonomous driving) P5 (\u00a5 tn)");
                String[] heads = {"P5", "P10", "P50", "P90", "P95"};
                int s = fan.seriesIndex("physical-ai");
                for (int l = 0; l < 5; l++) {
                    assertThat(sheet.getRow(0).getCell(p5 + l).getStringCellValue()).isEqualTo(
                            "Physical AI market (global, excl. autonomous driving) " + heads[l] + " (\u00a5 tn)");
                    for (int i = 0; i < years; i++) {
                        assertThat(sheet.getRow(i + 1).getCell(p5 + l).getNumericCellValue())
                                .isEqualTo(fan.quantile(s, fan.yearIndex(2024 + i), LEVELS[l]));
                    }
                }
                // The areas are formulas of the quantiles beside them; the second fan's base starts at the top of
                // the first fan's areas.
                int base = columns.get("Physical AI market (global, excl. autonomous driving): under its fan (not drawn)");
                int verticalBase = columns.get("Vertical AI market (global): under its fan (not drawn)");
                String row2040 = Integer.toString(years + 1);
                assertThat(sheet.getRow(years).getCell(base).getCellFormula()).isEqualTo(
                        ref(p5, row2040) + "-SUM(" + ref(verticalBase, row2040) + ":" + ref(verticalBase + 3, row2040)
                                + ")");
                assertThat(sheet.getRow(years).getCell(base + 2).getCellFormula()).isEqualTo(
                        ref(p5 + 3, row2040) + "-" + ref(p5 + 1, row2040));
                assertThat(sheet.getRow(0).getCell(base + 2).getStringCellValue())
                        .isEqualTo("Physical AI market (global, excl. autonomous driving) P10\u2013P90");
                // Each formula's kept value is what Excel works out from the quantiles.
                FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
                for (int a = 0; a < 4; a++) {
                    var cell = sheet.getRow(years).getCell(base + a);
                    assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(evaluator.evaluate(cell).getNumberValue()).isCloseTo(cell.getNumericCellValue(),
                            within(1e-9));
                    assertThat(cell.getNumericCellValue()).isEqualTo(cached(areas.getSeries(4 + a), years - 1));
                }
            }
        }
    }

    @Test
    void aFanMissingInAYearLeavesTheFansAboveItAtTheirOwnLevels() {
        double[][] low = {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}};
        double nan = Double.NaN;
        // No value in the first year, as a series that starts a year later.
        double[][] middle = {{nan, 3}, {nan, 4}, {nan, 5}, {nan, 6}, {nan, 7}};
        double[][] high = {{10, 10}, {11, 11}, {12, 12}, {13, 13}, {14, 14}};
        double[][][] areas = PptxFans.stack(List.of(low, middle, high));
        // The middle fan draws nothing in its missing year...
        for (int a = 0; a < 4; a++) {
            assertThat(areas[1][a][0]).isNaN();
        }
        // ...and the high fan's base still runs from the low fan's top (5) to its own P5 (10); then from 7.
        assertThat(areas[2][0][0]).isEqualTo(5);
        assertThat(areas[2][0][1]).isEqualTo(3);
        assertThat(areas[1][0][1]).isEqualTo(3 - 5);
        assertThat(areas[2][1]).containsExactly(1, 1);
        assertThat(areas[2][2]).containsExactly(2, 2);
        assertThat(areas[2][3]).containsExactly(1, 1);
    }

    @Test
    void oneEditOfAQuantileMovesItsBandAndTheFanAboveIt() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck(Locale.ENGLISH, "base")));
             XSSFWorkbook book = chart(ppt.getSlides().get(0)).getWorkbook()) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = headings(sheet.getRow(0));
            int p95 = columns.get("Physical AI market (global, excl. autonomous driving) P95 (\u00a5 tn)");
            // The upper tail (P90 to P95), the last of the fan's four areas after its base.
            int upper = columns.get("Physical AI market (global, excl. autonomous driving): under its fan (not drawn)")
                    + 3;
            assertThat(sheet.getRow(0).getCell(upper).getStringCellValue())
                    .isEqualTo("Physical AI market (global, excl. autonomous driving) P5\u2013P95");
            int robotsBase = columns.get("Multipurpose robot market (global): under its fan (not drawn)");
            Row y2040 = sheet.getRow(2040 - 2024 + 1);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            double upperBefore = evaluator.evaluate(y2040.getCell(upper)).getNumberValue();
            double baseBefore = evaluator.evaluate(y2040.getCell(robotsBase)).getNumberValue();
            y2040.getCell(p95).setCellValue(y2040.getCell(p95).getNumericCellValue() + 10);
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(y2040.getCell(upper)).getNumberValue())
                    .isCloseTo(upperBefore + 10, within(1e-9));
            // The robots' fan stays where its own quantiles put it: its base shrinks by what the band below grew.
            assertThat(evaluator.evaluate(y2040.getCell(robotsBase)).getNumberValue())
                    .isCloseTo(baseBefore - 10, within(1e-9));
        }
    }

    @Test
    void theBandsStayOutOfTheLegendAndTheFootnoteSaysWhatTheySimulate() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck(Locale.ENGLISH, "base")))) {
            XSLFChart chart = chart(ppt.getSlides().get(0));
            XDDFLineChartData lines = (XDDFLineChartData) chart.getChartSeries().get(1);
            List<Long> hidden = chart.getCTChart().getLegend().getLegendEntryList().stream()
                    .filter(e -> e.getDelete().getVal()).map(CTLegendEntry::getIdx).map(i -> i.getVal()).toList();
            int medians = 12 + lines.getSeriesCount() - 3;
            // A legend entry names a series by its index: the fans' areas are the chart's first twelve series,
            // the medians its last three.
            XDDFAreaChartData areas = (XDDFAreaChartData) chart.getChartSeries().get(0);
            for (int a = 0; a < 12; a++) {
                assertThat(((XDDFAreaChartData.Series) areas.getSeries(a)).getCTAreaSer().getIdx().getVal())
                        .isEqualTo(a);
            }
            assertThat(((XDDFLineChartData.Series) lines.getSeries(lines.getSeriesCount() - 3)).getCTLineSer()
                    .getIdx().getVal()).isEqualTo(medians);
            assertThat(hidden).contains(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, (long) medians,
                    (long) medians + 1, (long) medians + 2);
            // The lines themselves are still named in it: each market's first stretch, the 12th series on.
            assertThat(hidden).doesNotContain(12L);
            String footnote = footnote(ppt.getSlides().get(0));
            assertThat(footnote).contains("Bands P5\u2013P95 and P10\u2013P90, line P50: Simulation of the file's"
                    + " stated ranges (assumptions), not sourced figures: 10,000 paths, seed 2040");

            // Nothing uncertain moves the labour gap, and a stacked chart has no fans, as in the window.
            for (int slide : new int[] {2, 3}) {
                XSLFChart plain = chart(ppt.getSlides().get(slide));
                assertThat(plain.getChartSeries().stream().filter(XDDFAreaChartData.class::isInstance)
                        .mapToInt(XDDFChartData::getSeriesCount).sum()).isEqualTo(slide == 3 ? 3 : 0);
                assertThat(footnote(ppt.getSlides().get(slide))).doesNotContain("10,000 paths");
            }
        }
    }

    @Test
    void aJapaneseDeckNamesTheQuantilesAndTheirBasisInJapanese() throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck(Locale.JAPANESE, "base")))) {
            XSLFChart chart = chart(ppt.getSlides().get(0));
            try (XSSFWorkbook book = chart.getWorkbook()) {
                Map<String, Integer> columns = headings(book.getSheetAt(0).getRow(0));
                assertThat(columns).containsKeys("\u30d0\u30fc\u30c6\u30a3\u30ab\u30ebAI\u5e02\u5834\uff08\u4e16\u754c"
                        + "\uff09 P50\uff08\u5146\u5186\uff09", "\u30d0\u30fc\u30c6\u30a3\u30ab\u30ebAI\u5e02\u5834"
                        + "\uff08\u4e16\u754c\uff09 P10\uff5eP90");
            }
            assertThat(footnote(ppt.getSlides().get(0))).contains("10,000\u901a\u308a\u3001\u30b7\u30fc\u30c92040");
        }
    }

    @Test
    void aFanOfPeopleIsInTenThousandsInAJapaneseDeckAsItsLineIs() throws Exception {
        // The labour gap left, charted alone as a line (the default file stacks it): uncertain through the chain.
        ChartSpec remaining = new ChartSpec("remaining", new jp.mgp.model.LocalizedText("\u6b8b\u308a", "Left"),
                List.of("labour-gap-remaining"), List.of(), jp.mgp.model.Unit.PEOPLE, false);
        Projection p = projection.withCharts(List.of(remaining));
        Path out = dir.resolve("people.pptx");
        Exporter.export(p, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.JAPANESE).withFans(true), out);
        FanResult fan = Simulation.run(p, "base", SimulationSettings.of(p).withThreads(1), SimulationMonitor.NONE);
        int s = fan.seriesIndex("labour-gap-remaining");
        int y2040 = fan.yearIndex(2040);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            XSLFChart chart = chart(ppt.getSlides().get(0));
            XDDFLineChartData lines = (XDDFLineChartData) chart.getChartSeries().get(1);
            double median = cached(lines.getSeries(lines.getSeriesCount() - 1), 2040 - 2024);
            assertThat(median).isCloseTo(fan.quantile(s, y2040, FanResult.P50) / 10_000, within(1e-9));
            try (XSSFWorkbook book = chart.getWorkbook()) {
                Map<String, Integer> columns = headings(book.getSheetAt(0).getRow(0));
                String name = fan.series(s).name().get(Locale.JAPANESE);
                int p95 = columns.get(name + " P95\uff08\u4e07\u4eba\uff09");
                assertThat(book.getSheetAt(0).getRow(2040 - 2024 + 1).getCell(p95).getNumericCellValue())
                        .isCloseTo(fan.quantile(s, y2040, FanResult.P95) / 10_000, within(1e-9));
            }
        }
    }

    @Test
    void theAxisIsSizedForTheFansWidestLevelNotOnlyForTheLines() {
        jp.mgp.engine.ProjectionResult result = new jp.mgp.engine.ProjectionEngine().project(projection, "base");
        ChartContent markets = ChartContent.of(result.effective().charts().get(0), result,
                new ProvenanceText(Locale.ENGLISH));
        FanResult fan = engine("base");
        double widest = 0;
        for (String id : MARKETS) {
            for (int y = 0; y < fan.years(); y++) {
                widest = Math.max(widest, Math.abs(fan.quantile(fan.seriesIndex(id), y, FanResult.P95)));
            }
        }
        PptxFans fans = PptxFans.of(markets, FanExport.simulate(projection, "base"));
        assertThat(fans.widest()).isEqualTo(widest);
        // Above the lines' own widest value, the sourced 60 (multipurpose robots in 2040).
        assertThat(widest).isGreaterThan(60);
    }

    /**
     * The native chart's value axis has a fixed range (the labels are placed on it): it must hold every fan level,
     * not only the lines, or PowerPoint cuts the top of the fans off (made from the lines alone it ended at 60).
     */
    @Test
    void theDecksFixedValueAxisHoldsEveryLevelOfTheFans() throws Exception {
        FanResult fan = engine("base");
        double highest = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        for (String id : MARKETS) {
            for (int y = fan.yearIndex(2024); y <= fan.yearIndex(2040); y++) {
                highest = Math.max(highest, fan.quantile(fan.seriesIndex(id), y, FanResult.P95));
                lowest = Math.min(lowest, fan.quantile(fan.seriesIndex(id), y, FanResult.P5));
            }
        }
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck(Locale.ENGLISH, "base")))) {
            var scaling = chart(ppt.getSlides().get(0)).getCTChart().getPlotArea().getValAxArray(0).getScaling();
            assertThat(scaling.isSetMax()).isTrue();
            assertThat(scaling.getMax().getVal()).as("the axis' top").isGreaterThanOrEqualTo(highest)
                    .isGreaterThan(60);
            assertThat(scaling.getMin().getVal()).as("the axis' bottom").isLessThanOrEqualTo(lowest);
        }
    }

    @Test
    void aDecksChartsAsPicturesCarryTheFansOfThePngExport() throws Exception {
        Path out = dir.resolve("pictures.pptx");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH)
                .withCharts(List.of("markets")).withTemplate(null, true).withFans(true), out);
        Path plain = dir.resolve("plain.pptx");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH)
                .withCharts(List.of("markets")).withTemplate(null, true), plain);
        try (XMLSlideShow fanned = new XMLSlideShow(Files.newInputStream(out));
             XMLSlideShow without = new XMLSlideShow(Files.newInputStream(plain))) {
            byte[] a = fanned.getPictureData().get(0).getData();
            byte[] b = without.getPictureData().get(0).getData();
            assertThat(a).isNotEqualTo(b);
            // The picture says under it what its bands are, so the footnote does not say it twice.
            assertThat(footnote(fanned.getSlides().get(0))).doesNotContain("10,000 paths");
        }
    }

    /** The CSV export's fans: "series,year" to its p5..p95. */
    private Map<String, double[]> csvFans() throws IOException {
        Path out = dir.resolve("fans.csv");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH).withFans(true),
                out);
        Map<String, double[]> fans = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", 11);
            if (cells[5].isEmpty() || cells[0].equals("series")) {
                continue;
            }
            double[] q = new double[5];
            for (int l = 0; l < 5; l++) {
                q[l] = Double.parseDouble(cells[5 + l]);
            }
            fans.put(cells[0] + "," + cells[1], q);
        }
        return fans;
    }

    private static Map<String, Integer> headings(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            if (row.getCell(c) != null && row.getCell(c).getCellType() == CellType.STRING) {
                columns.put(row.getCell(c).getStringCellValue(), c);
            }
        }
        return columns;
    }

    private static String ref(int column, String row) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + row;
    }

    static String footnote(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                .forEach(t -> text.append(t.getText()).append('\n'));
        return text.toString();
    }
}
