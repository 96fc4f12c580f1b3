package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Unit;

/**
 * Series in units of the user's own as the exports show them: the workbook's headings name the unit in the
 * export's language and its cells keep the unit's decimals; the deck's data labels append what the unit writes
 * after a number; the CSV table names the unit by its code. The fixture counts robots shipped in 千台 (1,234 in
 * 2024), service robots in 万台 with a decimal (12.5) and their sum in 千台 (1,234 + 125 = 1,359).
 */
class OwnUnitExportTest {

    private static final LocalizedText MACHINES = new LocalizedText("台", "units");

    @TempDir
    Path dir;

    private XSSFSheet base(XSSFWorkbook book) {
        return book.getSheetAt(0);
    }

    private XSSFWorkbook book(Locale locale) throws IOException {
        Path out = dir.resolve("book-" + locale.getLanguage() + ".xlsx");
        Projection p = Fixtures.fixture("own-units.json");
        Exporter.export(p, null, Exporter.Request.of(ExportFormat.XLSX, locale), out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    @Test
    void theWorkbookNamesTheUnitInEachLanguageAndKeepsItsDecimals() throws IOException {
        DataFormatter shown = new DataFormatter(Locale.ENGLISH);
        try (XSSFWorkbook book = book(Locale.ENGLISH)) {
            XSSFRow head = base(book).getRow(0);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Robots shipped (thousand units)");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Service robots (10 thousand units)");
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo("All robots (thousand units)");
            XSSFRow first = base(book).getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(2024);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(shown.formatCellValue(first.getCell(1))).isEqualTo("1,234");
            assertThat(shown.formatCellValue(first.getCell(2))).isEqualTo("12.5");
            assertThat(shown.formatCellValue(first.getCell(3))).isEqualTo("1,359");
        }
        try (XSSFWorkbook book = book(Locale.JAPANESE)) {
            XSSFRow head = base(book).getRow(0);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("ロボット出荷（千台）");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("サービスロボット（万台）");
        }
    }

    @Test
    void theDecksDataLabelsWriteTheUnitAsUnitFormatsIt() {
        Unit thousands = Unit.own(MACHINES, Unit.Scale.THOUSAND, 0);
        assertThat(ChartSheet.labelled(thousands, Locale.JAPANESE)).isEqualTo("#,##0\"千台\"");
        assertThat(ChartSheet.labelled(thousands, Locale.ENGLISH)).isEqualTo("#,##0\" thousand units\"");
        assertThat(ChartSheet.labelled(Unit.own(LocalizedText.of("GWh"), Unit.Scale.ONE, 1), Locale.JAPANESE))
                .isEqualTo("#,##0.0\" GWh\"");
        // English writes 万台 in thousands, which a number format cannot: the number alone, the axis names the unit.
        Unit tenThousands = Unit.own(MACHINES, Unit.Scale.TEN_THOUSAND, 1);
        assertThat(ChartSheet.labelled(tenThousands, Locale.ENGLISH)).isEqualTo("#,##0.0");
        assertThat(ChartSheet.labelled(tenThousands, Locale.JAPANESE)).isEqualTo("#,##0.0\"万台\"");
        // The built-in units keep their formats.
        assertThat(ChartSheet.labelled(Unit.JPY_TRILLION, Locale.ENGLISH)).isEqualTo("\"¥\"#,##0.0\" tn\"");
    }

    @Test
    void theCsvTableNamesAUnitOfOnesOwnByItsCode() throws IOException {
        Path out = dir.resolve("table.csv");
        Exporter.export(Fixtures.fixture("own-units.json"), "base", Exporter.Request.of(ExportFormat.CSV,
                Locale.ENGLISH), out);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).contains(
                "robots,2024,1234,own:thousand units,assumption", "service,2024,12.5,own:10 thousand units,assumption");
    }

    @Test
    void aUnitNamingAThingWithACommaStaysInItsColumn() throws IOException {
        Projection p = Fixtures.fixture("own-units.json");
        var robots = p.series("robots").orElseThrow();
        // The one series alone, counting another thing than the fixture's chart and sum.
        p = p.withSeries(java.util.List.of(robots.withLook(robots.name(), Unit.own(new LocalizedText("台",
                "units, \"net\""), Unit.Scale.ONE, 0), robots.color(), robots.note()))).withCharts(java.util.List.of());
        Path out = dir.resolve("comma.csv");
        Exporter.export(p, "base", Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH), out);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
                .contains("robots,2024,1234,\"own:units, \"\"net\"\"\",assumption");
    }
}
