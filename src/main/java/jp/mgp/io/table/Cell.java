package jp.mgp.io.table;

import java.util.Objects;

import jp.mgp.model.LocalizedText;

/**
 * One cell as it came in: the text a person sees, and for a workbook's numeric cell the number itself (so that a
 * value is never read back from how Excel chose to display it), or the reason a cell cannot be read at all (a date,
 * an error value).
 *
 * @param number  the cell's own number, or null when it is text
 * @param refusal why the cell cannot be read whatever it holds, or null
 */
public record Cell(String text, Double number, LocalizedText refusal) {

    public static final Cell EMPTY = new Cell("", null, null);

    public Cell {
        text = Objects.requireNonNullElse(text, "");
    }

    public static Cell text(String text) {
        return new Cell(text, null, null);
    }

    public static Cell number(double value, String shown) {
        return new Cell(shown, value, null);
    }

    public static Cell refused(String shown, LocalizedText why) {
        return new Cell(shown, null, why);
    }

    public boolean isBlank() {
        return number == null && refusal == null && CellText.isBlank(text);
    }
}
