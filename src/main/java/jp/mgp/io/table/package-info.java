/**
 * Tables coming in: a block pasted from Excel or a web page, a CSV file or an XLSX workbook, read cell by cell into
 * years and values with a reason for every cell refused (row, column, why, in both languages), so that nothing
 * half-imports. No JavaFX: the window and {@code mgp import} read tables the same way.
 */
package jp.mgp.io.table;
