package jp.mgp.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table as it came in, row by row, each cell with its place kept (1-based, as a spreadsheet counts) so that a
 * refusal names the cell the user sees even after empty rows and columns are passed over.
 */
public record Grid(List<List<Cell>> rows) {

    private static final Pattern WORDS_AFTER_NUMBER = Pattern.compile(
            "兆円|億円|万人|百万円|千円|万円|円|人|年|%|people|\\$bn|bn|tn");

    public Grid {
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    public int height() {
        return rows.size();
    }

    /** The cell at 0-based {@code row} and {@code column}, empty past the end of a short row. */
    public Cell at(int row, int column) {
        List<Cell> r = rows.get(row);
        return column < r.size() ? r.get(column) : Cell.EMPTY;
    }

    /** Excel puts a cell in double quotes (doubling those inside) when it holds a separator or a line break. */
    private static String unquoted(String part) {
        String t = part.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
                ? t.substring(1, t.length() - 1).replace("\"\"", "\"") : part;
    }

    /**
     * A block pasted from Excel or a web table: cells split at tabs when there are any (what Excel and browsers
     * put on the clipboard); otherwise at runs of two or more spaces when a line has one (a table lined up in
     * plain text), or else at single spaces, where a unit written apart from its number ("10.8 兆円") stays
     * with the number.
     */
    public static Grid ofPaste(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean tabs = text.indexOf('\t') >= 0;
        boolean wide = !tabs && text.lines().anyMatch(l -> l.strip().matches(".*\\S[ \u3000]{2,}\\S.*"));
        List<List<Cell>> rows = new ArrayList<>();
        for (String line : lines) {
            List<Cell> row = new ArrayList<>();
            String[] parts = tabs ? line.split("\t", -1)
                    : line.strip().isEmpty() ? new String[0]
                    : line.strip().split(wide ? "[ \u3000]{2,}" : "[ \u3000]+");
            for (String part : parts) {
                if (!tabs && !wide && !row.isEmpty() && WORDS_AFTER_NUMBER.matcher(part).matches()) {
                    Cell before = row.remove(row.size() - 1);
                    row.add(Cell.text(before.text() + " " + part));
                } else {
                    row.add(Cell.text(unquoted(part)));
                }
            }
            rows.add(row);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(Cell::isBlank)) {
            rows.remove(rows.size() - 1);
        }
        return new Grid(rows);
    }
}
