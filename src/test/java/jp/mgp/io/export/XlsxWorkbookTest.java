package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;

class XlsxWorkbookTest {

    @TempDir
    Path dir;

    private XSSFWorkbook book(Locale locale) throws IOException {
        Path out = dir.resolve("book.xlsx");
        Exporter.export(Fixtures.defaultProjection(), null, Exporter.Request.of(ExportFormat.XLSX, locale), out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    @Test
    void oneSheetPerScenarioThenSourcesAndAssumptions() throws IOException {
        try (XSSFWorkbook book = book(Locale.ENGLISH)) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Base (the sources' own rules)", "Optimistic", "Pessimistic", "Sources",
                    "Assumptions");
        }
    }

    @Test
    void scenarioNamesASheetCannotTellApartGetSheetsOfTheirOwn() throws IOException {
        jp.mgp.model.Projection p = Fixtures.defaultProjection();
        // "a?b" and "a*b" both become "a b" in a sheet name (Excel allows neither character), and "Sources" is taken.
        p = p.withScenarios(List.of(rename(p, 0, "a?b"), rename(p, 1, "a*b"), rename(p, 2, "Sources")));
        Path out = dir.resolve("clash.xlsx");
        Exporter.export(p, null, Exporter.Request.of(ExportFormat.XLSX, Locale.ENGLISH), out);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("a b", "a b (2)", "Sources", "Sources (2)", "Assumptions");
        }
    }

    private static jp.mgp.model.Scenario rename(jp.mgp.model.Projection p, int i, String en) {
        jp.mgp.model.Scenario s = p.scenarios().get(i);
        return new jp.mgp.model.Scenario(s.id(), new jp.mgp.model.LocalizedText(en, en), s.description(),
                s.overrides());
    }

    @Test
    void yearsAndValuesAreNumbersWithUnitsInTheHeaders() throws IOException {
        try (XSSFWorkbook book = book(Locale.ENGLISH)) {
            Sheet base = book.getSheetAt(0);
            assertThat(base.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Year");
            assertThat(base.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Vertical AI market (global) (¥ tn)");
            assertThat(base.getRow(0).getCell(5).getStringCellValue()).contains("(people)");
            Row y2040 = base.getRow(17);
            assertThat(y2040.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2040.getCell(0).getNumericCellValue()).isEqualTo(2040);
            assertThat(y2040.getCell(1).getNumericCellValue()).isCloseTo(34.916058, within(1e-6));
            assertThat(y2040.getCell(2).getNumericCellValue()).isCloseTo(54.815876, within(1e-6));
            assertThat(y2040.getCell(5).getNumericCellValue()).isEqualTo(2_000_000);
            assertThat(book.getSheetAt(1).getRow(17).getCell(1).getNumericCellValue())
                    .isCloseTo(44.465788, within(1e-6));
        }
    }

    @Test
    void cellsShowTheirKind() throws IOException {
        try (XSSFWorkbook book = book(Locale.ENGLISH)) {
            XSSFSheet base = book.getSheetAt(0);
            XSSFCell sourced = base.getRow(2034 - 2024 + 1).getCell(1);
            XSSFCell derived = base.getRow(2030 - 2024 + 1).getCell(1);
            XSSFCell assumed = base.getRow(2030 - 2024 + 1).getCell(3);
            assertThat(sourced.getCellStyle().getFont().getBold()).isTrue();
            assertThat(derived.getCellStyle().getFont().getBold()).isFalse();
            assertThat(derived.getCellStyle().getFont().getItalic()).isFalse();
            assertThat(assumed.getCellStyle().getFont().getItalic()).isTrue();
            // The assumption brown of the window's table and the deck's: #8a4b08.
            assertThat(assumed.getCellStyle().getFont().getXSSFColor().getRGB())
                    .containsExactly((byte) 0x8a, (byte) 0x4b, (byte) 0x08);
            assertThat(base.getRow(2040 - 2024 + 3).getCell(0).getStringCellValue())
                    .isEqualTo("Cell style: bold = sourced, plain = derived, brown italic = assumption.");
        }
    }

    @Test
    void sourcesSheetCitesEveryFigureWithItsSeedLine() throws IOException {
        try (XSSFWorkbook book = book(Locale.JAPANESE)) {
            Sheet sources = book.getSheet("出所");
            assertThat(sources.getRow(0).getCell(0).getStringCellValue()).isEqualTo("系列");
            Row first = sources.getRow(1);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2034);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(10.8);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Global Market Insights");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("002_3dadbe7a501d20c9.txt:216");
            StringBuilder all = new StringBuilder();
            sources.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all).contains("McKinsey").contains("-6.9");
            Sheet assumptions = book.getSheet("前提");
            StringBuilder rules = new StringBuilder();
            assumptions.forEach(r -> r.forEach(c -> rules.append(c.toString()).append('|')));
            assertThat(rules).contains("楽観").contains("仮定").contains("年率21.6%の複利成長");
        }
    }

    @Test
    void numbersShowAsTheirUnitDoesAndFitTheirColumns() throws IOException {
        try (XSSFWorkbook book = book(Locale.ENGLISH)) {
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter(Locale.US);
            Sheet base = book.getSheetAt(0);
            // ¥ tn to one decimal, people whole: no "125,000.0", no ragged "34.9161".
            assertThat(shown.formatCellValue(base.getRow(17).getCell(1))).isEqualTo("34.9");
            assertThat(shown.formatCellValue(base.getRow(17).getCell(3))).isEqualTo("60.0");
            assertThat(shown.formatCellValue(base.getRow(2).getCell(5))).isEqualTo("125,000");
            assertThat(shown.formatCellValue(base.getRow(17).getCell(5))).isEqualTo("2,000,000");
            Sheet sources = book.getSheet("Sources");
            Row shortfall = null;
            for (Row r : sources) {
                if (r.getCell(0).getStringCellValue().startsWith("Shortfall in 2040")) {
                    shortfall = r;
                }
            }
            assertThat(shortfall).isNotNull();
            assertThat(shown.formatCellValue(shortfall.getCell(2))).isEqualTo("2,000,000");
            // Nine characters in bold need more than nine digit widths, or Excel shows "###".
            assertThat(sources.getColumnWidth(2) / 256).isGreaterThanOrEqualTo(11);
            assertThat(base.getColumnWidth(5) / 256).isGreaterThanOrEqualTo(11);
        }
    }

    @Test
    void headersAndWrappedRowsAreTallEnoughForTheirLines() throws IOException {
        try (XSSFWorkbook book = book(Locale.ENGLISH)) {
            Sheet base = book.getSheetAt(0);
            // "Physical AI market (global, excl. autonomous driving) (¥ tn)" is 60 characters in a column at most 24
            // wide: three lines at least, about 15 pt each.
            assertThat(base.getColumnWidth(2) / 256).isLessThanOrEqualTo(24);
            assertThat(base.getRow(0).getHeightInPoints()).isGreaterThanOrEqualTo(45f);
            Sheet assumptions = book.getSheet("Assumptions");
            int checked = 0;
            for (Row r : assumptions) {
                String basis = r.getCell(5) == null ? "" : r.getCell(5).getStringCellValue();
                int width = assumptions.getColumnWidth(5) / 256;
                if (r.getRowNum() > 0 && basis.length() > 2 * width) {
                    assertThat(r.getCell(5).getCellStyle().getWrapText()).isTrue();
                    assertThat(r.getHeightInPoints()).as(basis).isGreaterThanOrEqualTo(45f);
                    checked++;
                }
            }
            assertThat(checked).isPositive();
        }
    }

    @Test
    void theCrudeOilRowGivesItsYearAndSaysItsSignIsFlipped() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            try (XSSFWorkbook book = book(locale)) {
                Sheet sources = book.getSheetAt(3);
                Row oil = null;
                for (Row r : sources) {
                    if (r.getCell(9) != null && r.getCell(9).getStringCellValue().startsWith("原油の輸入額")) {
                        oil = r;
                    }
                }
                assertThat(oil).as(locale.toString()).isNotNull();
                assertThat(oil.getCell(1).getNumericCellValue()).isEqualTo(2021);
                assertThat(oil.getCell(2).getNumericCellValue()).isEqualTo(-6.9);
                assertThat(oil.getCell(10).getStringCellValue()).contains("−6.9")
                        .contains(locale == Locale.ENGLISH ? "sign flipped" : "符号を反転");
            }
        }
    }
}
