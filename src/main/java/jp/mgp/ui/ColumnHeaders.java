package jp.mgp.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The year table's column headers, whole: a series' name and unit wrap to at most {@link #LINES} lines, the column
 * widened until they do, and the header row is as tall as its tallest header's wrapped text (JavaFX sizes a header
 * from its label's one line and cut "Vertical AI market (glo…" and its unit). Every height and width here is
 * measured in the header's own font, as the style sheet sets it.
 */
final class ColumnHeaders {

    /** A name and unit take up to three lines; beyond that the column grows wider instead. */
    static final int LINES = 3;

    /** The header's own padding either side of its text, in the header font's em (modena's 0.166667em, twice). */
    private static final double PADDING_EM = 0.75;

    private ColumnHeaders() {
    }

    /**
     * Shows {@code text} as {@code column}'s header, a wrapping label: the column keeps its own one-line text
     * (copied with the table), and the style sheet shows the header's graphic only (the {@code wrapped-header}
     * class).
     */
    static void wrap(TableColumn<?, ?> column, String text) {
        Wrapped label = new Wrapped(column);
        label.setText(text);
        column.getStyleClass().add("wrapped-header");
        column.setGraphic(label);
        label.fontProperty().addListener((o, a, font) -> widen(column, text, font));
        widen(column, text, label.getFont());
    }

    /** Widens {@code column} until {@code text} wraps into {@link #LINES} lines or fewer in {@code font}. */
    private static void widen(TableColumn<?, ?> column, String text, Font font) {
        if (text.isEmpty() || font == null) {
            return;
        }
        double padding = PADDING_EM * font.getSize();
        double width = Math.max(column.getPrefWidth(), column.getMinWidth());
        while (lines(text, font, width - padding) > LINES) {
            width += font.getSize();
        }
        column.setPrefWidth(Math.ceil(width));
    }

    /** How many lines {@code text} takes in {@code font} wrapped at {@code width}. */
    static int lines(String text, Font font, double width) {
        Text one = new Text("X");
        one.setFont(font);
        Text wrapped = new Text(text);
        wrapped.setFont(font);
        wrapped.setWrappingWidth(width);
        return (int) Math.round(wrapped.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight());
    }

    /** A label as wide as its column that, asked for its height alone, gives its wrapped text's height. */
    private static final class Wrapped extends Label {

        private final TableColumn<?, ?> column;

        Wrapped(TableColumn<?, ?> column) {
            this.column = column;
            setWrapText(true);
            setTextAlignment(TextAlignment.CENTER);
            setMinHeight(USE_PREF_SIZE);
            getStyleClass().add("header-text");
            column.widthProperty().addListener((o, a, b) -> requestLayout());
        }

        private double wrapWidth() {
            return Math.max(0, column.getWidth() - PADDING_EM * getFont().getSize());
        }

        @Override
        protected double computePrefWidth(double height) {
            return wrapWidth();
        }

        @Override
        protected double computePrefHeight(double width) {
            // The header asks with no width (-1), which would measure one line: ask for the column's width.
            return super.computePrefHeight(width < 0 ? wrapWidth() : width);
        }
    }
}
