package jp.mgp.io.table;

/** A year and the value read for it, with the cell it came from (1-based row and column). */
public record Point(int year, double value, int row, int column) {
}
