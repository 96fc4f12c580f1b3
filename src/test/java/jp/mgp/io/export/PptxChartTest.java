package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest;

/** The native charts as PowerPoint's Edit Data and a reader of the chart see them. */
class PptxChartTest {

    @TempDir
    Path dir;

    private XMLSlideShow deck(Locale locale) throws IOException {
        Path out = dir.resolve("deck-" + locale + ".pptx");
        Exporter.export(Fixtures.defaultProjection(), "base", Exporter.Request.of(ExportFormat.PPTX, locale), out);
        return new XMLSlideShow(Files.newInputStream(out));
    }

    private static List<CTLineSer> series(XSLFChart chart) {
        return chart.getCTChart().getPlotArea().getLineChartArray(0).getSerList();
    }

    private static CTLineSer named(XSLFChart chart, String prefix) {
        return series(chart).stream().filter(s -> s.getTx().getStrRef().getStrCache().getPtArray(0).getV()
                .startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no series " + prefix));
    }

    @Test
    void everyValueColumnOfEveryChartEqualsTheTable() throws Exception {
        MgpCliTest.Run table = MgpCliTest.run("table", Fixtures.DEFAULT.toString(), "--scenario", "base",
                "--format", "csv");
        assertThat(table.code()).as(table.err()).isZero();
        Map<String, Double> byNameAndYear = new HashMap<>();
        Map<String, String> nameOfId = Map.of("vertical-ai", "Vertical AI market (global)",
                "physical-ai", "Physical AI market (global, excl. autonomous driving)",
                "multipurpose-robots", "Multipurpose robot market (global)", "digital-deficit", "Digital deficit (Japan, shown below zero)",
                "labour-gap", "Labour supply-demand gap (Japan, people short)");
        for (String line : table.out().lines().skip(1).toList()) {
            String[] f = line.split(",");
            if (nameOfId.containsKey(f[0])) {
                byNameAndYear.put(nameOfId.get(f[0]) + "@" + f[1], Double.parseDouble(f[2]));
            }
        }
        int compared = 0;
        try (XMLSlideShow ppt = deck(Locale.ENGLISH)) {
            for (XSLFChart chart : ppt.getCharts()) {
                try (XSSFWorkbook book = chart.getWorkbook()) {
                    Sheet sheet = book.getSheetAt(0);
                    for (var header : sheet.getRow(0)) {
                        String text = header.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                ? header.getStringCellValue() : "";
                        Matcher m = Pattern.compile("(.*) \\((¥ tn|people)\\)").matcher(text);
                        if (!m.matches() || !byNameAndYear.containsKey(m.group(1) + "@2024")) {
                            continue;
                        }
                        for (int r = 1; r <= 17; r++) {
                            Row row = sheet.getRow(r);
                            int year = (int) row.getCell(0).getNumericCellValue();
                            assertThat(row.getCell(header.getColumnIndex()).getNumericCellValue())
                                    .as(text + " " + year)
                                    .isCloseTo(byNameAndYear.get(m.group(1) + "@" + year), within(5e-7));
                            compared++;
                        }
                    }
                }
            }
        }
        // Five series of 17 years each, every one found in a chart's sheet.
        assertThat(compared).isEqualTo(5 * 17);
    }

    @Test
    void oneEditOfAValueMovesTheLineItsLabelAndItsGrowth() throws Exception {
        try (XMLSlideShow ppt = deck(Locale.ENGLISH)) {
            XSLFChart chart = ppt.getCharts().get(0);
            assertThat(named(chart, "Vertical AI market (global)  CAGR").getVal().getNumRef().getF())
                    .isEqualTo("Sheet0!$C$2:$C$18");
            assertThat(named(chart, "Vertical AI market (global) (projected)").getVal().getNumRef().getF())
                    .isEqualTo("Sheet0!$D$2:$D$18");
            try (XSSFWorkbook book = chart.getWorkbook()) {
                Sheet sheet = book.getSheetAt(0);
                double first = sheet.getRow(1).getCell(1).getNumericCellValue();
                // The user changes the 2040 value in Edit Data: column B only.
                sheet.getRow(17).getCell(1).setCellValue(40.0);
                XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
                assertThat(sheet.getRow(17).getCell(3).getNumericCellValue()).isEqualTo(40.0);
                assertThat(sheet.getRow(11).getCell(2).getNumericCellValue()).isEqualTo(10.8);
                double cagr = Math.pow(40.0 / first, 1.0 / 16) - 1;
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo(
                        "Vertical AI market (global)  CAGR 2024–2040: " + String.format(Locale.ROOT, "%.1f", cagr * 100)
                                + " %/yr");
                assertThat(cagr).isCloseTo(0.2265, within(0.0005));
            }
            // The end label is the point's value in the unit's format, not text fixed at export.
            CTDLbl end = named(chart, "Vertical AI market (global) (projected)").getDLbls().getDLblArray(0);
            assertThat(end.getIdx().getVal()).isEqualTo(16);
            assertThat(end.isSetTx()).isFalse();
            assertThat(end.getShowVal().getVal()).isTrue();
            assertThat(end.getNumFmt().getFormatCode()).isEqualTo("\"¥\"#,##0.0\" tn\"");
        }
    }

    @Test
    void reportedFiguresAreOnTheNativeChartAsOnThePictures() throws IOException {
        try (XMLSlideShow ppt = deck(Locale.JAPANESE)) {
            XSLFChart chart = ppt.getCharts().get(0);
            CTLineSer vertical = named(chart, "出所：バーティカルAI市場（世界） 2040年");
            assertThat(vertical.getVal().getNumRef().getNumCache().getPtList()).singleElement()
                    .satisfies(p -> {
                        assertThat(p.getIdx()).isEqualTo(16);
                        assertThat(Double.parseDouble(p.getV())).isEqualTo(35.0);
                    });
            assertThat(vertical.getDLbls().getDLblArray(0).getNumFmt().getFormatCode())
                    .isEqualTo("\"出所：\"#,##0.0\"兆円\"");
            CTLineSer physical = named(chart, "出所：フィジカルAI市場");
            assertThat(Double.parseDouble(physical.getVal().getNumRef().getNumCache().getPtArray(0).getV()))
                    .isEqualTo(55.0);
            // Out of the legend: the legend names the lines.
            assertThat(chart.getCTChart().getLegend().getLegendEntryList()).anyMatch(e -> e.getIdx().getVal()
                    == series(chart).indexOf(vertical) && e.getDelete().getVal());
        }
    }

    @Test
    void yearsAreNumbersAndTheAxisHasNoNeedlessDecimals() throws Exception {
        try (XMLSlideShow ppt = deck(Locale.ENGLISH)) {
            XSLFChart chart = ppt.getCharts().get(0);
            assertThat(series(chart).get(0).getCat().isSetNumRef()).isTrue();
            assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().getFormatCode())
                    .isEqualTo("#,##0");
            assertThat(chart.getCTChart().getPlotArea().getCatAxArray(0).getNumFmt().getFormatCode()).isEqualTo("0");
            try (XSSFWorkbook book = chart.getWorkbook()) {
                assertThat(book.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2024);
                assertThat(book.getSheetAt(0).getRow(1).getCell(1).getCellStyle().getDataFormatString())
                        .isEqualTo("#,##0.0");
            }
            XSLFChart labour = ppt.getCharts().get(2);
            try (XSSFWorkbook book = labour.getWorkbook()) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                        .isEqualTo("Labour supply-demand gap (Japan, people short) (people)");
                assertThat(new org.apache.poi.ss.usermodel.DataFormatter(Locale.US)
                        .formatCellValue(book.getSheetAt(0).getRow(17).getCell(1))).isEqualTo("2,000,000");
            }
        }
    }

    @Test
    void japaneseChartTextIsTaggedJapanese() throws IOException {
        try (XMLSlideShow ppt = deck(Locale.JAPANESE)) {
            for (XSLFChart chart : ppt.getCharts()) {
                String xml = chart.getCTChartSpace().xmlText();
                Matcher m = Pattern.compile(" lang=\"([^\"]*)\"").matcher(xml);
                int tags = 0;
                while (m.find()) {
                    assertThat(m.group(1)).isEqualTo("ja-JP");
                    tags++;
                }
                // The chart's default text, the unit's title and every data label.
                assertThat(tags).isGreaterThanOrEqualTo(3);
            }
        }
    }
}
