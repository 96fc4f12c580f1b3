package jp.mgp.io.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jp.mgp.io.table.CellReading.Role;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Unit;

/**
 * A CSV or XLSX table read as new series: the first row holds the headers, one column holds the years (the one
 * headed "year" or 「年」, else the first whose cells are all years) and every other column with something in it
 * becomes a series named by its header, in the unit its header names ("市場規模（兆円）") or, failing that, the
 * unit given. If any cell is refused, no column gives points: nothing half-imports.
 *
 * @param yearColumn 0-based column of the years, or -1 when there is none
 * @param years      the year column's cells as read
 * @param columns    each column of values
 * @param problem    what is wrong with the table as a whole, or null
 */
public record ColumnImport(Grid grid, int yearColumn, List<CellReading> years, List<Column> columns,
                           LocalizedText problem) {

    private static final Pattern YEAR_HEADER = Pattern.compile("(?i)\\s*(year|yr|年|年次|暦年)\\s*");

    /**
     * One column of values and how it reads.
     *
     * @param column     0-based column in the grid
     * @param unitFromHeader whether the header named the unit (else it is the one given, for the user to check)
     */
    public record Column(int column, String header, Unit unit, boolean unitFromHeader, List<CellReading> cells,
                         List<Point> points) {

        public Column {
            cells = List.copyOf(cells);
            points = List.copyOf(points);
        }

        public boolean ok() {
            return cells.stream().noneMatch(CellReading::refused) && !points.isEmpty();
        }
    }

    public ColumnImport {
        years = List.copyOf(years);
        columns = List.copyOf(columns);
    }

    /** Reads {@code grid}; a column whose header names no unit is read in {@code fallback}. */
    public static ColumnImport read(Grid grid, Unit fallback) {
        if (grid.height() == 0 || grid.rows().stream().allMatch(r -> r.stream().allMatch(Cell::isBlank))) {
            return failed(grid, TableText.both("file.empty"));
        }
        if (grid.height() < 2) {
            return failed(grid, TableText.both("file.headerOnly"));
        }
        int yearColumn = yearColumn(grid);
        if (yearColumn < 0) {
            return failed(grid, TableText.both("file.noYearColumn"));
        }
        List<CellReading> years = new ArrayList<>();
        Map<Integer, CellReading> seen = new HashMap<>();
        for (int r = 1; r < grid.height(); r++) {
            CellReading year = CellText.year(r + 1, yearColumn + 1, grid.at(r, yearColumn));
            if (year.role() == Role.YEAR) {
                CellReading first = seen.putIfAbsent((int) year.number(), year);
                if (first != null) {
                    year = CellText.refused(r + 1, yearColumn + 1, grid.at(r, yearColumn),
                            TableText.both("refuse.duplicateYear", year.text(), first.place()));
                }
            }
            years.add(year);
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < grid.width(); c++) {
            int column = c;
            if (c != yearColumn && !java.util.stream.IntStream.range(0, grid.height())
                    .allMatch(r -> grid.at(r, column).isBlank())) {
                String header = CellText.normalize(grid.at(0, c).text());
                Unit named = unitIn(header);
                columns.add(column(grid, years, c, named == null ? fallback : named, named != null));
            }
        }
        if (columns.isEmpty()) {
            return new ColumnImport(grid, yearColumn, years, columns, TableText.both("file.noValueColumn"));
        }
        return new ColumnImport(grid, yearColumn, years, columns, null);
    }

    /** The same table with column {@code index} (of {@link #columns()}) read in {@code unit}. */
    public ColumnImport withUnit(int index, Unit unit) {
        List<Column> copy = new ArrayList<>(columns);
        copy.set(index, column(grid, years, columns.get(index).column(), unit, columns.get(index).unitFromHeader()));
        return new ColumnImport(grid, yearColumn, years, copy, problem);
    }

    private static Column column(Grid grid, List<CellReading> years, int c, Unit unit, boolean fromHeader) {
        List<CellReading> cells = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (int r = 1; r < grid.height(); r++) {
            CellReading year = years.get(r - 1);
            Cell cell = grid.at(r, c);
            CellReading value = CellText.value(r + 1, c + 1, cell, unit);
            if (year.role() == Role.EMPTY && value.role() != Role.EMPTY) {
                value = CellText.refused(r + 1, c + 1, cell, TableText.both("refuse.noYear", cell.text()));
            }
            cells.add(value);
            if (year.role() == Role.YEAR && value.role() == Role.VALUE) {
                points.add(new Point((int) year.number(), value.number(), r + 1, c + 1));
            }
        }
        String header = grid.at(0, c).text().strip();
        return new Column(c, header.isEmpty() ? CellReading.columnName(c + 1) : header, unit, fromHeader, cells,
                PastedPoints.sorted(points));
    }

    /** The column headed as years, else the first column most of whose cells are years. */
    private static int yearColumn(Grid grid) {
        for (int c = 0; c < grid.width(); c++) {
            if (YEAR_HEADER.matcher(CellText.normalize(grid.at(0, c).text())).matches()) {
                return c;
            }
        }
        List<Integer> rows = java.util.stream.IntStream.range(1, grid.height()).boxed().toList();
        for (int c = 0; c < grid.width(); c++) {
            if (PastedPoints.yearShare(grid, rows, c, true) >= 0.5) {
                return c;
            }
        }
        return -1;
    }

    /** The unit a header names, in brackets or not: 「市場規模（兆円）」, "Market ($bn)", "Workers (people)". */
    static Unit unitIn(String header) {
        String h = header.toLowerCase(Locale.ROOT).replace(" ", "");
        String[][] words = {{"百万円", null}, {"兆円", "jpy-tn"}, {"億円", "jpy-100m"}, {"10億ドル", "usd-bn"},
            {"$bn", "usd-bn"}, {"usdbn", "usd-bn"}, {"万人", "people-10k"}, {"10kpeople", "people-10k"},
            {"people", "people"}, {"人", "people"}, {"%", "percent"}, {"eflops", "eflops"}, {"index", "index"},
            {"指数", "index"}};
        for (String[] w : words) {
            if (h.contains(w[0])) {
                return w[1] == null ? null : Unit.fromCode(w[1]);
            }
        }
        return null;
    }

    private static ColumnImport failed(Grid grid, LocalizedText problem) {
        return new ColumnImport(grid, -1, List.of(), List.of(), problem);
    }

    /** Whether every column reads with nothing refused. */
    public boolean ok() {
        return problem == null && years.stream().noneMatch(CellReading::refused)
                && columns.stream().allMatch(Column::ok);
    }

    /** Every refusal, one a line, in {@code locale}'s language: the table's problem, the years, then each column. */
    public List<String> refusals(Locale locale) {
        List<String> out = new ArrayList<>();
        if (problem != null) {
            out.add(problem.get(locale));
        }
        years.stream().filter(CellReading::refused).forEach(c -> out.add(c.describe(locale)));
        for (Column column : columns) {
            column.cells().stream().filter(CellReading::refused).forEach(c -> out.add(c.describe(locale)));
            if (column.points().isEmpty() && column.cells().stream().noneMatch(CellReading::refused)) {
                out.add(TableText.get("file.columnEmpty", locale, column.header()));
            }
        }
        return out;
    }
}
