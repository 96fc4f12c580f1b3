package jp.mgp.io.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Column widths and row heights of a workbook sheet worked out from what its cells show, since Excel and LibreOffice
 * size neither on opening: a column as wide as its widest value (so 2,000,000 never shows as "###"), capped so long
 * text wraps instead, and each row as tall as its most wrapped cell (LibreOffice overprints the lines of a wrapped
 * cell in a row left at the default height).
 */
final class SheetLayout {

    /** Points per line of the default 11 pt font; Japanese faces need more. */
    private static final double LINE = 15;
    private static final double LINE_CJK = 18;

    private SheetLayout() {
    }

    /**
     * Sizes columns to rows {@code 0..rows-1} (row 0 the header, which wraps at its words) between {@code min} and
     * {@code max} characters, then every row of those to its wrapped lines.
     */
    static void fit(XSSFSheet sheet, int rows, int min, int max) {
        DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
        int columns = 0;
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            columns = row == null ? columns : Math.max(columns, row.getLastCellNum());
        }
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            double widest = 0;
            for (int r = 0; r < rows; r++) {
                Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
                if (cell == null) {
                    continue;
                }
                String text = shown(shown, cell);
                // The header may wrap between words, but no word of it may be cut.
                widest = Math.max(widest, r == 0 ? longestWord(text) : width(text));
            }
            widths[c] = (int) Math.ceil(Math.min(max, Math.max(min, widest + 2)));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int lines = 1;
            boolean cjk = false;
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= columns) {
                    continue;
                }
                String text = shown(shown, cell);
                cjk |= text.codePoints().anyMatch(SheetLayout::wide);
                if (cell.getCellStyle().getWrapText()) {
                    lines = Math.max(lines, lines(text, widths[cell.getColumnIndex()] - 1));
                }
            }
            // One line of Latin text keeps the default height; more lines get a little room below.
            row.setHeightInPoints((float) (lines == 1 && !cjk ? LINE : lines * (cjk ? LINE_CJK : LINE) + 3));
        }
    }

    /** What a cell shows: for a formula, the value it holds from when it was written, not the formula. */
    private static String shown(DataFormatter formatter, Cell cell) {
        if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle()
                    .getDataFormat(), cell.getCellStyle().getDataFormatString());
            default -> "";
        };
    }

    /** Lines {@code text} wraps to in a column {@code chars} wide, breaking at spaces, or anywhere in Japanese. */
    static int lines(String text, double chars) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double line = 0;
            for (String word : paragraph.split(" ")) {
                double w = width(word);
                if (line > 0 && line + 1 + w > chars) {
                    lines++;
                    line = 0;
                }
                line += (line > 0 ? 1 : 0) + w;
                while (line > chars) {
                    // A word longer than the column (Japanese has no spaces) breaks inside itself.
                    lines++;
                    line -= chars;
                }
            }
        }
        return Math.max(1, lines);
    }

    /** Width in the widths of a digit: Japanese and other wide characters take two. */
    static double width(String text) {
        return text.codePoints().mapToDouble(c -> wide(c) ? 2 : 1.05).sum();
    }

    private static double longestWord(String text) {
        double w = 0;
        for (String word : text.split("[ \n]")) {
            w = Math.max(w, width(word));
        }
        return w;
    }

    private static boolean wide(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
