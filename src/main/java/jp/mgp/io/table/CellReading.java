package jp.mgp.io.table;

import java.util.Locale;

import jp.mgp.model.LocalizedText;

/**
 * How one cell was read, for the preview and for a refusal: its place (1-based row and column, as a spreadsheet
 * counts), its text, what it was taken for, the number read and, in words, how (or why it was refused).
 */
public record CellReading(int row, int column, String text, Role role, double number, LocalizedText how) {

    /** What a cell was taken for. */
    public enum Role { YEAR, VALUE, LABEL, EMPTY, REFUSED }

    public boolean refused() {
        return role == Role.REFUSED;
    }

    /** "row 3, column B" / 「3行B列」. */
    public LocalizedText place() {
        return place(row, column);
    }

    static LocalizedText place(int row, int column) {
        return TableText.both("cell.place", Integer.toString(row), columnName(column));
    }

    /** The cell as a spreadsheet names it: B3. */
    public String reference() {
        return columnName(column) + row;
    }

    /** The refusal as one line: where, what, why. */
    public String describe(Locale locale) {
        return TableText.get("cell.refused", locale, place(), text, how);
    }

    /** Column letters as a spreadsheet names them: 1 is A, 27 is AA. */
    public static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }
}
