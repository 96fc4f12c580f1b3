package jp.mgp.io.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.mgp.io.table.CellReading.Role;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Unit;

/**
 * A pasted block read as one series' known points: years and values down two columns or across two rows, with an
 * optional first cell of labels ("年" over the years, "市場規模" over the values). Every cell is read by
 * {@link CellText}; if any is refused, or the block has no line of years, the block gives no points at all.
 *
 * @param cells   every cell of the block as read, in reading order
 * @param points  the known points, by year; empty when anything is refused
 * @param problem what is wrong with the block as a whole, or null
 * @param across  whether the years run across the first row (else down the first column)
 */
public record PastedPoints(List<CellReading> cells, List<Point> points, LocalizedText problem, boolean across) {

    public PastedPoints {
        cells = List.copyOf(cells);
        points = List.copyOf(points);
    }

    /** Reads {@code grid} as points of a series in {@code unit}. */
    public static PastedPoints read(Grid grid, Unit unit) {
        List<Integer> rows = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int r = 0; r < grid.height(); r++) {
            int row = r;
            if (!grid.rows().get(r).stream().allMatch(Cell::isBlank)) {
                rows.add(row);
            }
        }
        for (int c = 0; c < grid.width(); c++) {
            int column = c;
            if (rows.stream().anyMatch(r -> !grid.at(r, column).isBlank())) {
                columns.add(column);
            }
        }
        if (rows.isEmpty()) {
            return failed(TableText.both("block.empty"));
        }
        if (rows.size() < 2 && columns.size() < 2) {
            return failed(TableText.both("block.oneCell"));
        }
        // The line of years is the one most of whose cells are years; a typo among them is refused by name below.
        double downScore = columns.size() == 2 ? yearShare(grid, rows, columns.get(0), true) : 0;
        double acrossScore = rows.size() == 2 ? yearShare(grid, columns, rows.get(0), false) : 0;
        boolean down = downScore >= 0.5 && downScore >= acrossScore;
        boolean across = !down && acrossScore >= 0.5;
        if (!down && !across) {
            if (columns.size() > 2 && rows.size() > 2) {
                return failed(TableText.both("block.severalSeries", Integer.toString(rows.size()),
                        Integer.toString(columns.size())));
            }
            return failed(TableText.both("block.noYears"));
        }
        List<CellReading> cells = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        Map<Integer, CellReading> seen = new HashMap<>();
        List<Integer> along = down ? rows : columns;
        for (int i = 0; i < along.size(); i++) {
            int r = down ? along.get(i) : rows.get(0);
            int c = down ? columns.get(0) : along.get(i);
            int vr = down ? r : rows.get(1);
            int vc = down ? columns.get(1) : c;
            Cell yearCell = grid.at(r, c);
            Cell valueCell = grid.at(vr, vc);
            if (i == 0 && !CellText.isYear(yearCell) && yearCell.number() == null) {
                cells.add(new CellReading(r + 1, c + 1, yearCell.text(), Role.LABEL, Double.NaN,
                        TableText.both("read.label")));
                cells.add(new CellReading(vr + 1, vc + 1, valueCell.text(), Role.LABEL, Double.NaN,
                        TableText.both("read.label")));
                continue;
            }
            pair(r, c, yearCell, vr, vc, valueCell, unit, seen, cells, points);
        }
        boolean refused = cells.stream().anyMatch(CellReading::refused);
        if (!refused && points.isEmpty()) {
            return new PastedPoints(cells, List.of(), TableText.both("block.noPoints"), across);
        }
        return new PastedPoints(cells, refused ? List.of() : sorted(points), null, across);
    }

    /** Reads a year cell and its value cell into {@code cells}, and a point when both read. */
    static void pair(int r, int c, Cell yearCell, int vr, int vc, Cell valueCell, Unit unit,
                     Map<Integer, CellReading> seen, List<CellReading> cells, List<Point> points) {
        CellReading year = CellText.year(r + 1, c + 1, yearCell);
        CellReading value = CellText.value(vr + 1, vc + 1, valueCell, unit);
        if (year.role() == Role.EMPTY && value.role() != Role.EMPTY) {
            value = CellText.refused(vr + 1, vc + 1, valueCell, TableText.both("refuse.noYear", valueCell.text()));
        } else if (year.role() == Role.YEAR && value.role() != Role.EMPTY) {
            CellReading first = seen.putIfAbsent((int) year.number(), year);
            if (first != null) {
                year = CellText.refused(r + 1, c + 1, yearCell, TableText.both("refuse.duplicateYear",
                        yearCell.text(), first.place()));
            }
        }
        cells.add(year);
        cells.add(value);
        if (year.role() == Role.YEAR && value.role() == Role.VALUE) {
            points.add(new Point((int) year.number(), value.number(), vr + 1, vc + 1));
        }
    }

    static List<Point> sorted(List<Point> points) {
        return points.stream().sorted(java.util.Comparator.comparingInt(Point::year)).toList();
    }

    /** The share of cells along {@code line} that are years, not counting a first cell that is not one (a label). */
    static double yearShare(Grid grid, List<Integer> along, int line, boolean column) {
        int years = 0;
        int others = 0;
        for (int i = 0; i < along.size(); i++) {
            Cell cell = column ? grid.at(along.get(i), line) : grid.at(line, along.get(i));
            if (CellText.isYear(cell)) {
                years++;
            } else if (i > 0 && !cell.isBlank()) {
                others++;
            }
        }
        return years == 0 ? 0 : years / (double) (years + others);
    }

    private static PastedPoints failed(LocalizedText problem) {
        return new PastedPoints(List.of(), List.of(), problem, false);
    }

    /** Whether the block gives points (nothing refused). */
    public boolean ok() {
        return problem == null && cells.stream().noneMatch(CellReading::refused);
    }

    /** Every refusal, one a line, in {@code locale}'s language: the block's problem, then each refused cell. */
    public List<String> refusals(Locale locale) {
        List<String> out = new ArrayList<>();
        if (problem != null) {
            out.add(problem.get(locale));
        }
        cells.stream().filter(CellReading::refused).forEach(c -> out.add(c.describe(locale)));
        return out;
    }
}
