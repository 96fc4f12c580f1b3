package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.mgp.Fixtures;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/** mgp import reads a table into a projection file, or refuses it whole with every reason, leaving the file as it was. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private Path projection() throws IOException {
        Path into = dir.resolve("mine.json");
        Files.copy(Fixtures.DEFAULT, into);
        return into;
    }

    private Path data(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachColumnBecomesASeriesInTheUnitItsHeaderNames() throws Exception {
        Path into = projection();
        Path csv = data("robots.csv", utf8("\ufeffyear,Service robots (兆円),Workers (万人)\n2024,1.0,\"1,000\"\n"
                + "2026,1.21,\n2028,1.4641,1200\n"));
        MgpCliTest.Run r = MgpCliTest.run("import", csv.toString(), "--into", into.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Service robots (兆円): a new series \u201cservice-robots\u201d in \u00a5 tn,"
                + " 3 known points from 2024 to 2028");
        Projection p = ProjectionFiles.read(into);
        Series robots = p.series("service-robots").orElseThrow();
        assertThat(robots.unit()).isEqualTo(Unit.JPY_TRILLION);
        assertThat(robots.anchors()).extracting(Anchor::year).containsExactly(2024, 2026, 2028);
        assertThat(robots.anchors()).allMatch(a -> a.kind() == Kind.ASSUMPTION && a.pinned());
        // 1.0 -> 1.21 -> 1.4641 is 10 %/yr throughout: both steps, and the years after, grow at 10 %.
        assertThat(robots.segments()).allSatisfy(g -> assertThat(((Segment.Compound) g).rate())
                .isCloseTo(0.10, within(1e-12)));
        assertThat(robots.segments().get(robots.segments().size() - 1).to()).isEqualTo(p.lastYear());
        Series workers = p.series("workers").orElseThrow();
        assertThat(workers.unit()).isEqualTo(Unit.PEOPLE_10K);
        assertThat(workers.anchors()).extracting(Anchor::value).containsExactly(1000.0, 1200.0);
        assertThat(p.charts().get(0).series()).contains("service-robots");
    }

    @Test
    void withSeriesAndSourceTheFiguresBecomeThatSeriesSourcedPoints() throws Exception {
        Path into = projection();
        Path xlsx = dir.resolve("va.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("data");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("年");
            h.createCell(1).setCellValue("Vertical AI");
            Row a = sheet.createRow(1);
            a.createCell(0).setCellValue(2030);
            a.createCell(1).setCellValue("５．０");
            Row b = sheet.createRow(2);
            b.createCell(0).setCellValue(2034);
            b.createCell(1).setCellFormula("SUM(4,6)");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (var out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
        MgpCliTest.Run r = MgpCliTest.run("import", xlsx.toString(), "--into", into.toString(), "--series",
                "vertical-ai", "--source", "METI, AI white paper");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Vertical AI: 2 known points of \u201cVertical AI market (global)\u201d set, from 2030 to 2034");
        Series s = ProjectionFiles.read(into).series("vertical-ai").orElseThrow();
        assertThat(s.anchors()).extracting(Anchor::value).containsExactly(5.0, 10.0);
        assertThat(s.anchors()).allMatch(x -> x.kind() == Kind.SOURCED);
        assertThat(s.anchors().get(1).source().citation()).isEqualTo("METI, AI white paper [va.xlsx:3]");
    }

    static Stream<Arguments> badInputs() throws IOException {
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write("year,A\n2024,1\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] huge = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '1');
        return Stream.of(
            Arguments.of("a non-year in the year column", "d.csv", utf8("year,A\n2024,1\nabc,2\n"), List.of(),
                "row 3, column A: \u201cabc\u201d \u2014 \u201cabc\u201d is not a year (write it as 2024)"),
            Arguments.of("a duplicate year", "d.csv", utf8("year,A\n2024,1\n2024,2\n"), List.of(),
                "row 3, column A: \u201c2024\u201d \u2014 the year 2024 appears a second time (first at row 2, column A)"),
            Arguments.of("a value abc", "d.csv", utf8("year,A\n2024,abc\n"), List.of(),
                "row 2, column B: \u201cabc\u201d \u2014 \u201cabc\u201d is not a number"),
            Arguments.of("a ragged row", "d.csv", utf8("year,A\n2024,1,5\n"), List.of(),
                "Row 2 has 3 cells, but the header has 2; every row needs one cell for each header."),
            Arguments.of("an empty file", "d.csv", new byte[0], List.of(), "The file is empty."),
            Arguments.of("a huge file", "d.csv", huge, List.of(),
                "d.csv is larger than 16 MB, more than a table of yearly figures; it was not read."),
            Arguments.of("a UTF-16 CSV", "d.csv", utf16.toByteArray(), List.of(),
                "The file is UTF-16 text (Excel\u2019s \u201cUnicode text\u201d); save it as \u201cCSV UTF-8\u201d"),
            Arguments.of("an xlsx that is not a zip", "d.xlsx", utf8("year,A\n2024,1\n"), List.of(),
                "The file is not an Excel workbook (.xlsx) that mgp can read"),
            Arguments.of("a --series that does not exist", "d.csv", utf8("year,A\n2024,1\n"),
                List.of("--series", "robots"), "mine.json has no series \u201crobots\u201d; its series are: "
                    + "vertical-ai, physical-ai, multipurpose-robots, digital-deficit, labour-gap"),
            Arguments.of("--series with two columns", "d.csv", utf8("year,A,B\n2024,1,2\n"),
                List.of("--series", "vertical-ai"), "--series sets one series, but d.csv has 2 columns of values: A, B"),
            Arguments.of("no column of years", "d.csv", utf8("name,A\nx,1\n"), List.of(),
                "No column of years was found"),
            Arguments.of("another unit in a cell", "d.csv", utf8("year,Market (兆円)\n2024,5億円\n"), List.of(),
                "row 2, column B: \u201c5億円\u201d \u2014 \u201c5億円\u201d is in 億円, but the series is in \u00a5 tn"),
            Arguments.of("an unknown --unit", "d.csv", utf8("year,A\n2024,1\n"), List.of("--unit", "yen"),
                "--unit must be one of jpy-tn, jpy-100m"),
            Arguments.of("a quote never closed", "d.csv", utf8("year,A\n2024,\"1\n"), List.of(),
                "A double quote opened on line 2 is never closed."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedWholeWithItsMessage(String what, String name, byte[] bytes, List<String> extra,
                                              String message) throws Exception {
        Path into = projection();
        byte[] before = Files.readAllBytes(into);
        List<String> args = new ArrayList<>(List.of("import", data(name, bytes).toString(), "--into", into.toString()));
        args.addAll(extra);
        MgpCliTest.Run r = MgpCliTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(what).isEqualTo(2);
        assertThat(r.err()).as(what).contains(message);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("at jp.");
        assertThat(Files.readAllBytes(into)).as("the file is as it was").isEqualTo(before);
    }

    @Test
    void anUnknownIntoFileIsNamed() throws Exception {
        Path csv = data("d.csv", utf8("year,A\n2024,1\n"));
        MgpCliTest.Run r = MgpCliTest.run("import", csv.toString(), "--into", dir.resolve("none.json").toString(),
                "--lang", "ja");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("mgp import: 予測ファイル " + dir.resolve("none.json") + " はありません。");
        assertThat(Files.exists(dir.resolve("none.json"))).isFalse();
    }

    @Test
    void aDateInAWorkbookIsRefusedClearly() throws Exception {
        Path into = projection();
        Path xlsx = dir.resolve("dates.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("year");
            sheet.getRow(0).createCell(1).setCellValue("A");
            Row r = sheet.createRow(1);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            r.createCell(0).setCellValue(java.time.LocalDate.of(2024, 1, 1));
            r.getCell(0).setCellStyle(date);
            r.createCell(1).setCellValue(3);
            try (var out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
        MgpCliTest.Run r = MgpCliTest.run("import", xlsx.toString(), "--into", into.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("row 2, column A: \u201c2024-01-01\u201d \u2014 \u201c2024-01-01\u201d is a date;"
                + " a year is a number such as 2024");
    }
}
