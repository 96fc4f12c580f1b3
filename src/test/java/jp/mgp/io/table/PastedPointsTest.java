package jp.mgp.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import jp.mgp.io.table.CellReading.Role;
import jp.mgp.model.Unit;

/** Pasted blocks become known points cell by cell, or give none and name every refused cell. */
class PastedPointsTest {

    private static List<Point> points(String text, Unit unit) {
        PastedPoints read = PastedPoints.read(Grid.ofPaste(text), unit);
        assertThat(read.refusals(Locale.ENGLISH)).isEmpty();
        return read.points();
    }

    @Test
    void readsYearsDownFromExcelWithAHeaderRow() {
        assertThat(points("年\t市場規模（兆円）\r\n2024\t6.7\r\n2030\t10\r\n", Unit.JPY_TRILLION))
                .containsExactly(new Point(2024, 6.7, 2, 2), new Point(2030, 10, 3, 2));
    }

    @Test
    void readsYearsAcrossWithALabelColumn() {
        assertThat(points("\t2024\t2030\t2040\nworkers\t\"1,000\"\t\t2,000,000", Unit.PEOPLE).toString())
                .isEqualTo(List.of(new Point(2024, 1000, 2, 2), new Point(2040, 2_000_000, 2, 4)).toString());
    }

    @Test
    void readsFullWidthDigitsTrianglesAndTheSeriesOwnUnit() {
        List<Point> p = points("２０２４　　▲６．７兆円\n2030  −10.0\n2035  約12.5 兆円", Unit.JPY_TRILLION);
        assertThat(p).extracting(Point::year).containsExactly(2024, 2030, 2035);
        assertThat(p).extracting(Point::value).containsExactly(-6.7, -10.0, 12.5);
    }

    @Test
    void singleSpacesSplitButAUnitStaysWithItsNumber() {
        assertThat(points("2024 10.8 兆円\n2034 35.0 兆円", Unit.JPY_TRILLION)).extracting(Point::value)
                .containsExactly(10.8, 35.0);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "2.000.000|2000000", "1.234,5|1234.5", "1,234.5|1234.5", "12|12", ".5|0.5", "+3|3", "(1)|NaN",
        "1,5|NaN", "1,50|NaN", "10.8abc|NaN", "1.2E+06|NaN", "10.8億円|NaN", "1.2.3|NaN", "12%|NaN"})
    void valueCellRules(String text, double expected) {
        CellReading r = CellText.value(1, 2, Cell.text(text), Unit.JPY_TRILLION);
        if (Double.isNaN(expected)) {
            assertThat(r.role()).as(text).isEqualTo(Role.REFUSED);
        } else {
            assertThat(r.role()).as(text).isEqualTo(Role.VALUE);
            assertThat(r.number()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void aUnitOfTheUsersOwnIsDroppedWhenItIsTheSeriesOwnAndNoOther() {
        Unit thousands = Unit.own(new jp.mgp.model.LocalizedText("台", "units"), Unit.Scale.THOUSAND, 0);
        assertThat(points("2024\t1,234千台\n2025\t1,300 thousand units\n2026\t１，４００ 千台", thousands))
                .extracting(Point::value).containsExactly(1234.0, 1300.0, 1400.0);
        // 120万台 is 1,200 千台, but a figure in another unit is refused, never converted; so is 兆 (yen).
        assertThat(CellText.value(1, 2, Cell.text("120万台"), thousands).role()).isEqualTo(Role.REFUSED);
        assertThat(CellText.value(1, 2, Cell.text("10.8兆円"), thousands).role()).isEqualTo(Role.REFUSED);
        assertThat(CellText.value(1, 2, Cell.text("1,234千台"), Unit.UNITS).role()).isEqualTo(Role.REFUSED);
    }

    @Test
    void refusalsNameTheCellAndWhyInBothLanguages() {
        PastedPoints read = PastedPoints.read(Grid.ofPaste("2024\t1,5\n2024年度\t3\n2030\t10.8億円\n2030\t4"),
                Unit.JPY_TRILLION);
        assertThat(read.ok()).isFalse();
        assertThat(read.points()).isEmpty();
        assertThat(read.refusals(Locale.ENGLISH)).containsExactly(
                "row 1, column B: \u201c1,5\u201d \u2014 \u201c1,5\u201d: the comma does not group thousands, so it"
                        + " may be a decimal comma; write 1.5 or 1,500",
                "row 2, column A: \u201c2024年度\u201d \u2014 \u201c2024年度\u201d is a fiscal year; mgp\u2019s years"
                        + " are calendar years, so write the year you mean (such as 2024)",
                "row 3, column B: \u201c10.8億円\u201d \u2014 \u201c10.8億円\u201d is in 億円, but the series is in"
                        + " \u00a5 tn; mgp does not convert units on the way in",
                "row 4, column A: \u201c2030\u201d \u2014 the year 2030 appears a second time (first at row 3,"
                        + " column A)");
        assertThat(read.refusals(Locale.JAPANESE).get(2)).isEqualTo(
                "3行B列:「10.8億円」— 「10.8億円」の単位は 億円 ですが、系列の単位は 兆円 です。取り込み時に単位は換算しません");
    }

    @Test
    void aBlockWithoutYearsOrWithSeveralSeriesIsRefusedAsAWhole() {
        assertThat(PastedPoints.read(Grid.ofPaste("a\tb\nc\td"), Unit.INDEX).refusals(Locale.ENGLISH))
                .containsExactly("No line of years was found: the first column (or the first row) must hold years"
                        + " such as 2024, next to one column (or row) of values.");
        assertThat(PastedPoints.read(Grid.ofPaste("y\ta\tb\n2024\t1\t2\n2025\t3\t4"), Unit.INDEX).problem().en())
                .startsWith("The block has 3 rows and 3 columns");
        assertThat(PastedPoints.read(Grid.ofPaste(" \n"), Unit.INDEX).problem().en())
                .isEqualTo("Nothing to read: the clipboard holds no table.");
    }

    @Test
    void emptyValuesAndDashesGiveNoPointButAValueWithoutAYearIsRefused() {
        assertThat(points("2024\t1\n2025\t\n2026\t-\n2027\t4", Unit.INDEX)).extracting(Point::year)
                .containsExactly(2024, 2027);
        PastedPoints read = PastedPoints.read(Grid.ofPaste("2024\t1\n\t5"), Unit.INDEX);
        assertThat(read.refusals(Locale.ENGLISH)).containsExactly(
                "row 2, column B: \u201c5\u201d \u2014 \u201c5\u201d has no year beside it");
    }
}
