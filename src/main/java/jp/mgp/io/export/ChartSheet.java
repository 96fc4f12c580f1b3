package jp.mgp.io.export;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.mgp.model.Unit;
import jp.mgp.presentation.Growth;

/**
 * The sheet a native chart's data lives in, as PowerPoint's Edit Data shows it: years as numbers in column A, each
 * series' values once in a column headed with its name and unit, and the columns the chart draws (the solid and the
 * dashed stretch, a reference line) as formulas reading those values, so that one edit moves both stretches.
 * Each formula cell keeps its value too, for viewers that do not calculate.
 */
final class ChartSheet {

    private final XSSFWorkbook book;
    private final XSSFSheet sheet;
    private final int years;
    private final CellStyle header;
    private final CellStyle year;
    private final java.util.Map<Integer, CellStyle> numbers = new java.util.HashMap<>();

    ChartSheet(XSSFWorkbook book, int years) {
        this.book = book;
        this.sheet = book.getSheetAt(0);
        this.years = years;
        header = book.createCellStyle();
        header.setWrapText(true);
        header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        org.apache.poi.ss.usermodel.Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        year = book.createCellStyle();
        year.setDataFormat(book.createDataFormat().getFormat("0"));
    }

    /**
     * Writes the chart's sheet: years, each line's values once, its stretches as formulas reading them, and the
     * legend's name with its growth worked out from the values where the growth is a CAGR.
     */
    static void write(XSSFWorkbook book, ChartContent content, List<ChartPart> parts, int[] valueColumn) {
        ChartSheet sheet = new ChartSheet(book, content.years().length);
        int decimals = content.unit().decimals();
        sheet.years(content.yearLabel(), content.years());
        ProvenanceText text = new ProvenanceText(content.locale());
        for (int l = 0; l < content.lines().size(); l++) {
            ChartContent.Line line = content.lines().get(l);
            sheet.values(valueColumn[l], text.format("withUnit", line.name(), content.unit().label(content.locale())),
                    line.values(), decimals);
        }
        for (ChartPart part : parts) {
            if (part.line() != null) {
                sheet.text(part.column(), part.name());
                sheet.copies(part.column(), part.from(), part.values(), decimals);
                if (part.inLegend()) {
                    String formula = growthFormula(part, content);
                    if (formula != null) {
                        sheet.heading(part.column(), formula, part.name());
                    }
                }
            } else if (part.reportedKey() == null) {
                sheet.constant(part.column(), part.values()[0], decimals);
                sheet.text(part.column(), part.name());
            } else {
                sheet.values(part.column(), part.name(), part.values(), decimals);
            }
        }
        sheet.fit();
    }

    /**
     * The legend's name of a compound line as a formula, "name  CAGR 2024–2040: " & its rate from the first and
     * last values of its column, so that the legend follows an edit of the data; null for other growth models,
     * whose label stays as written.
     */
    static String growthFormula(ChartPart part, ChartContent content) {
        ChartContent.Line line = part.line();
        Growth g = line.growthModel();
        if (g == null || g.model() != Growth.Model.COMPOUND || !(g.first() > 0) || !(g.last() > 0)
                || g.lastYear() <= g.firstYear()) {
            return null;
        }
        String rate = new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(
                content.locale())).format(g.cagr() * 100);
        int at = line.growth().lastIndexOf(rate);
        if (at < 0 || !part.name().endsWith(line.growth())) {
            return null;
        }
        String before = part.name().substring(0, part.name().length() - line.growth().length() + at);
        String after = line.growth().substring(at + rate.length());
        int first = g.firstYear() - content.years()[0] + 1;
        int last = g.lastYear() - content.years()[0] + 1;
        String from = ref(part.from(), first, false);
        String to = ref(part.from(), last, false);
        return string(before) + "&TEXT(100*((" + to + "/" + from + ")^(1/" + (g.lastYear() - g.firstYear())
                + ")-1),\"0.0\")&" + string(after);
    }

    /** Column A: the heading and the years, as numbers. */
    void years(String heading, int[] values) {
        text(0, heading);
        for (int i = 0; i < values.length; i++) {
            XSSFCell c = cell(i + 1, 0);
            c.setCellValue(values[i]);
            c.setCellStyle(year);
        }
    }

    /** A column of plain values (NaN leaves the cell empty), shown with {@code decimals}. */
    void values(int column, String heading, double[] values, int decimals) {
        text(column, heading);
        CellStyle style = number(decimals);
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                XSSFCell c = cell(i + 1, column);
                c.setCellValue(values[i]);
                c.setCellStyle(style);
            }
        }
    }

    /** A drawn column: where {@code values} has a value, a formula reading the same row of column {@code from}. */
    void copies(int column, int from, double[] values, int decimals) {
        CellStyle style = number(decimals);
        for (int i = 0; i < values.length; i++) {
            XSSFCell c = cell(i + 1, column);
            if (Double.isFinite(values[i])) {
                formula(c, ref(from, i + 1, false), values[i]);
                c.setCellStyle(style);
            } else {
                c.setBlank();
            }
        }
    }

    /**
     * A column worked out from others: in each row where {@code cached} has a value, {@code formula} of that row
     * (1 = the first year) holding the value until Excel works it out; other rows stay empty.
     */
    void computed(int column, String heading, java.util.function.IntFunction<String> formula, double[] cached,
                  int decimals) {
        text(column, heading);
        CellStyle style = number(decimals);
        for (int i = 0; i < cached.length; i++) {
            XSSFCell c = cell(i + 1, column);
            if (Double.isFinite(cached[i])) {
                formula(c, formula.apply(i + 1), cached[i]);
                c.setCellStyle(style);
            } else {
                c.setBlank();
            }
        }
    }

    /** A reference line: its value once in the first row, and every later row reading it. */
    void constant(int column, double value, int decimals) {
        CellStyle style = number(decimals);
        for (int i = 0; i < years; i++) {
            XSSFCell c = cell(i + 1, column);
            if (i == 0) {
                c.setCellValue(value);
            } else {
                formula(c, ref(column, 1, true), value);
            }
            c.setCellStyle(style);
        }
    }

    /** A heading that Excel works out from the sheet, holding {@code shown} until it does. */
    void heading(int column, String formula, String shown) {
        XSSFCell c = cell(0, column);
        c.setCellFormula(formula);
        c.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
        c.getCTCell().setV(shown);
        c.setCellStyle(header);
    }

    void text(int column, String heading) {
        XSSFCell c = cell(0, column);
        c.setCellValue(heading);
        c.setCellStyle(header);
    }

    /** Widths and heights as the exported workbook has them, so nothing shows as "###" in Edit Data. */
    void fit() {
        SheetLayout.fit(sheet, years + 1, 16, 28);
    }

    /** "B12", or "$B$2" with {@code fixed}: a cell of row {@code row} (0 = headings). */
    static String ref(int column, int row, boolean fixed) {
        return new CellReference(row, column, fixed, fixed).formatAsString();
    }

    /** A number format for data labels: the number as the unit shows it, with the unit ("¥34.9 tn", "34.9兆円"). */
    static String labelled(Unit unit, Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        String n = XlsxWorkbook.numberFormat(unit.decimals());
        if (unit.isOwn()) {
            // English has no 万 or 億 and a number format cannot multiply by 10 or 100: there the label is the
            // number, and the axis names the unit ("10 thousand units").
            String after = unit.afterNumber(locale);
            return after == null ? n : n + quoted(after);
        }
        return switch (unit.code()) {
            case "jpy-tn" -> ja ? n + quoted("兆円") : quoted("¥") + n + quoted(" tn");
            case "usd-bn" -> ja ? n + quoted(" " + unit.label(locale)) : quoted("$") + n + quoted(" bn");
            case "percent" -> n + quoted("%");
            default -> n + quoted((ja ? "" : " ") + unit.label(locale));
        };
    }

    /** Text inside a number format, where a quote cannot appear. */
    static String quoted(String literal) {
        return "\"" + literal.replace("\"", "") + "\"";
    }

    /** Text inside a formula's string, where a quote is written twice. */
    static String string(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private CellStyle number(int decimals) {
        return numbers.computeIfAbsent(decimals, d -> {
            CellStyle s = book.createCellStyle();
            s.setDataFormat(book.createDataFormat().getFormat(XlsxWorkbook.numberFormat(d)));
            return s;
        });
    }

    private static void formula(XSSFCell c, String formula, double cached) {
        c.setCellFormula(formula);
        c.getCTCell().setV(Double.toString(cached));
    }

    private XSSFCell cell(int row, int column) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }
}
