package jp.mgp.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Column widths sized from a table's text, as a browser sizes an automatic table: every column at least as wide
 * as its longest word, so no word is broken ("assumptio/n"), and the width left shared in proportion to how much
 * more each column's longest cell would need on one line.
 */
final class TableLayout {

    /** A cell narrower than this share of the table is kept on one line. */
    static final double SHORT = 0.12;

    private TableLayout() {
    }

    /**
     * @param rows    the cells, header included
     * @param measure the width of a string in the table's font, in the unit of {@code total}
     * @param total   the table's width
     * @param padding added to each column (the cells' left and right insets)
     */
    static double[] columnWidths(List<String[]> rows, ToDoubleFunction<String> measure, double total,
                                 double padding) {
        int columns = rows.get(0).length;
        double[] least = new double[columns];
        double[] most = new double[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                String cell = row[c] == null ? "" : row[c];
                for (String line : cell.split("\n")) {
                    most[c] = Math.max(most[c], measure.applyAsDouble(line) + padding);
                }
                for (String word : words(cell)) {
                    least[c] = Math.max(least[c], measure.applyAsDouble(word) + padding);
                }
                // A short cell, such as a kind or years, stays on one line: Japanese could break it anywhere.
                double whole = measure.applyAsDouble(cell) + padding;
                if (whole <= total * SHORT) {
                    least[c] = Math.max(least[c], whole);
                }
            }
        }
        double sumLeast = 0;
        double sumMost = 0;
        for (int c = 0; c < columns; c++) {
            most[c] = Math.max(most[c], least[c]);
            sumLeast += least[c];
            sumMost += most[c];
        }
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            if (sumMost <= total) {
                widths[c] = most[c] * total / sumMost;
            } else if (sumLeast >= total) {
                widths[c] = least[c] * total / sumLeast;
            } else {
                widths[c] = least[c] + (total - sumLeast) * (most[c] - least[c]) / (sumMost - sumLeast);
            }
        }
        return widths;
    }

    /**
     * Widths of text at {@code size} points as a slide shows it, measured in the bundled face and allowed 10 % more:
     * the deck's own faces (Arial, Yu Gothic) or a template's are not on every machine that writes it.
     */
    static ToDoubleFunction<String> slideText(double size) {
        jp.mgp.chart.ChartFonts.registerWithAwt();
        java.awt.Font font = jp.mgp.presentation.ChartTheme.font(java.awt.Font.PLAIN, 100);
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        return s -> s.isEmpty() ? 0 : font.getStringBounds(s, frc).getWidth() / 100 * size * 1.1;
    }

    /** Japanese punctuation a line may not start with: it goes down with the character before it. */
    private static final String NO_START = "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3015"
            + "\uff01\uff1f\uff1a\uff1b\u30fb\u30fc";
    /** Japanese brackets a line may not end with: they go down with the character after them. */
    private static final String NO_END = "\uff08\u300c\u300e\u3010\u3014";

    /** How many lines {@code text} wraps to in {@code width}; see {@link #japaneseLines}. */
    static int lines(String text, ToDoubleFunction<String> measure, double width) {
        return japaneseLines(text, measure, width).size();
    }

    /**
     * The lines {@code text} wraps to in {@code width}, each marked with whether it holds Japanese (whose faces
     * set taller lines): greedy, breaking English only between words and Japanese between characters, except
     * before closing and after opening punctuation. Where Japanese meets a digit or a Latin letter, viewers put a
     * quarter of a character's space ("2024 年"), counted here too.
     */
    static List<Boolean> japaneseLines(String text, ToDoubleFunction<String> measure, double width) {
        List<Boolean> lines = new ArrayList<>();
        double space = measure.applyAsDouble(" ");
        double autospace = measure.applyAsDouble("\u4e00") / 4;
        for (String paragraph : text.split("\n", -1)) {
            lines.add(false);
            double used = 0;
            int previous = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int end = i;
                int c = paragraph.codePointAt(i);
                if (wide(c)) {
                    end = i + Character.charCount(c);
                    if (NO_END.indexOf(c) >= 0 && end < paragraph.length()) {
                        end += Character.charCount(paragraph.codePointAt(end));
                    }
                    while (end < paragraph.length() && NO_START.indexOf(paragraph.charAt(end)) >= 0) {
                        end++;
                    }
                } else {
                    while (end < paragraph.length() && !Character.isWhitespace(paragraph.charAt(end))
                            && !wide(paragraph.codePointAt(end))) {
                        end++;
                    }
                }
                if (end == i) {
                    used += space;
                    previous = -1;
                    i++;
                    continue;
                }
                double w = measure.applyAsDouble(paragraph.substring(i, end));
                if (previous >= 0 && wide(previous) != wide(c)) {
                    w += autospace;
                }
                if (used > 0 && used + w > width) {
                    lines.add(false);
                    used = 0;
                }
                while (w > width) {
                    mark(lines, wide(c));
                    lines.add(false);
                    w -= width;
                }
                mark(lines, wide(c));
                used += w;
                previous = paragraph.codePointBefore(end);
                i = end;
            }
        }
        return lines;
    }

    private static void mark(List<Boolean> lines, boolean japanese) {
        if (japanese) {
            lines.set(lines.size() - 1, true);
        }
    }

    /** The pieces a cell may not be broken inside: words, and each Japanese character on its own. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || wide(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (wide(c)) {
                    words.add(new String(Character.toChars(c)));
                }
            } else {
                word.appendCodePoint(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** A character Japanese text may break before or after: ideographs, kana, full-width forms. */
    static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return Character.isIdeographic(c) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
