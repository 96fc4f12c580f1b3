package jp.mgp.io.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.mgp.model.RuleViolation;

/**
 * CSV and XLSX files read into a {@link Grid}, or refused as a whole in both languages: too big, empty, not a
 * workbook, UTF-16 text, an unreadable encoding, a quote left open, a row with more or fewer cells than the header.
 * A CSV is UTF-8 (with or without its mark) or, failing that, Shift_JIS as Japanese Excel saves it; comma-, tab- or
 * semicolon-separated, as its first line shows. A workbook's first sheet is read; a numeric cell keeps its number, a
 * formula its last computed value, a date is refused (a year is a number such as 2024, never a date).
 */
public final class TableFiles {

    /** Larger than any table of yearly figures a person pastes together; past it a file is refused unread. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;

    private TableFiles() {
    }

    /** Reads {@code file} as a CSV, or as a workbook when it is named .xlsx. */
    public static Grid read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RuleViolation(TableText.both("file.missing", file.toString()));
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new RuleViolation(TableText.both("file.tooBig", java.util.Objects.toString(file.getFileName(), file.toString()),
                    Long.toString(MAX_BYTES / (1024 * 1024))));
        }
        byte[] bytes = Files.readAllBytes(file);
        String name = java.util.Objects.toString(file.getFileName(), file.toString()).toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") ? xlsx(bytes) : csv(bytes);
    }

    /** A CSV's bytes as a grid. */
    public static Grid csv(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolation(TableText.both("file.tooBig", "CSV", Long.toString(MAX_BYTES / (1024 * 1024))));
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) || hasNul(bytes)) {
            throw new RuleViolation(TableText.both("file.utf16"));
        }
        String text = decode(bytes);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new RuleViolation(TableText.both("file.empty"));
        }
        String first = text.lines().findFirst().orElse("");
        char separator = first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t'
                : first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        List<List<Cell>> rows = split(text, separator);
        int header = rows.get(0).size();
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() != header) {
                throw new RuleViolation(TableText.both("file.ragged", Integer.toString(r + 1),
                        Integer.toString(rows.get(r).size()), Integer.toString(header)));
            }
        }
        return new Grid(rows);
    }

    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String decode(byte[] bytes) {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-31j")}) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new RuleViolation(TableText.both("file.encoding"));
    }

    /** RFC 4180: fields in double quotes may hold separators, line breaks and "" for a quote; blank lines are skipped. */
    private static List<List<Cell>> split(String text, char separator) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == separator) {
                row.add(Cell.text(field.toString()));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                endRow(rows, row, field);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RuleViolation(TableText.both("file.openQuote", Integer.toString(quoteLine)));
        }
        endRow(rows, row, field);
        return rows;
    }

    private static void endRow(List<List<Cell>> rows, List<Cell> row, StringBuilder field) {
        row.add(Cell.text(field.toString()));
        field.setLength(0);
        if (!(row.size() == 1 && row.get(0).text().isBlank())) {
            if (rows.size() >= MAX_ROWS) {
                throw new RuleViolation(TableText.both("file.tooManyRows", Integer.toString(MAX_ROWS)));
            }
            rows.add(List.copyOf(row));
        }
    }

    /** The first sheet of a workbook's bytes as a grid. */
    public static Grid xlsx(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new RuleViolation(TableText.both("file.notXlsx"));
        }
        try (InputStream in = new ByteArrayInputStream(bytes); XSSFWorkbook book = new XSSFWorkbook(in)) {
            if (book.getNumberOfSheets() == 0) {
                throw new RuleViolation(TableText.both("file.empty"));
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new RuleViolation(TableText.both("file.tooManyRows", Integer.toString(MAX_ROWS)));
            }
            DataFormatter shown = new DataFormatter(Locale.ROOT);
            List<List<Cell>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), 1000); c++) {
                    cells.add(cell(row.getCell(c), shown));
                }
                rows.add(cells);
            }
            while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(Cell::isBlank)) {
                rows.remove(rows.size() - 1);
            }
            return new Grid(rows);
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI's own words name Java classes; the user needs to know only that this is not a workbook mgp reads.
            throw new RuleViolation(TableText.both("file.notXlsx"));
        }
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, DataFormatter shown) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() : shown.formatCellValue(cell);
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Cell.refused(shown.formatCellValue(cell), TableText.both("refuse.date",
                            shown.formatCellValue(cell)))
                    : Cell.number(cell.getNumericCellValue(), cell.getCellType() == CellType.FORMULA
                            ? text + " \u2192 " + shown.formatRawCellContents(cell.getNumericCellValue(), -1, "General")
                            : text);
            case STRING -> Cell.text(cell.getStringCellValue());
            case ERROR -> Cell.refused(text, TableText.both("refuse.error",
                    FormulaError.forInt(cell.getErrorCellValue()).getString()));
            case BOOLEAN -> Cell.refused(String.valueOf(cell.getBooleanCellValue()),
                    TableText.both("refuse.notNumber", String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT)));
            default -> Cell.EMPTY;
        };
    }
}
