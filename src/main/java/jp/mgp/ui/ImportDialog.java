package jp.mgp.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import jp.mgp.edit.KnownPoints;
import jp.mgp.edit.StructureEdits;
import jp.mgp.io.table.CellReading;
import jp.mgp.io.table.ColumnImport;
import jp.mgp.io.table.Grid;
import jp.mgp.io.table.Point;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/**
 * File → Import table: the columns of a CSV or XLSX file as new series, in one undoable edit. The preview shows
 * the year column found and, for each column of values, the series it becomes (its name from the header, its unit
 * from the header or chosen here, its points) and every refused cell; nothing is added while any cell is refused.
 */
final class ImportDialog {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Path file;
    private ColumnImport table;
    private final TableView<ColumnImport.Column> columns = new TableView<>();
    private final TableView<CellReading> cells;
    private final Label problems = new Label();
    private final ReadingViews.Citation citation = new ReadingViews.Citation("import");

    ImportDialog(Messages messages, ProjectionViewModel model, Path file, Grid grid) {
        this.messages = messages;
        this.model = model;
        this.file = file;
        Projection p = model.projection();
        this.table = ColumnImport.read(grid, p.charts().isEmpty() ? Unit.JPY_TRILLION : p.charts().get(0).unit());
        this.cells = ReadingViews.cellTable(messages, () -> {
            int i = columns.getSelectionModel().getSelectedIndex();
            return i >= 0 && i < table.columns().size() ? table.columns().get(i).unit() : Unit.INDEX;
        });
    }

    static void show(Messages messages, ProjectionViewModel model, Path file, Grid grid, Window owner) {
        ImportDialog form = new ImportDialog(messages, model, file, grid);
        FormDialogs.dialog(owner, messages.get("import.title", java.util.Objects.toString(file.getFileName(), file.toString())), form.layout(),
                messages.get("import.ok"), messages.get("button.cancel"), form::build)
                .showAndWait().ifPresent(next -> model.edit(messages.get("edit.import", file.getFileName()
                        .toString()), p -> next));
    }

    VBox layout() {
        Label years = new Label(table.yearColumn() < 0 ? "" : messages.get("import.years",
                CellReading.columnName(table.yearColumn() + 1), Integer.toString(table.years().size())));
        years.setId("importYears");
        columns.setId("importColumns");
        columns.setEditable(true);
        columns.getColumns().add(text(messages.get("import.column"), 70,
                c -> CellReading.columnName(c.column() + 1)));
        columns.getColumns().add(text(messages.get("import.series"), 220, ColumnImport.Column::header));
        TableColumn<ColumnImport.Column, Unit> unit = new TableColumn<>(messages.get("import.unit"));
        unit.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().unit()));
        unit.setCellFactory(ComboBoxTableCell.forTableColumn(Converters.of(u -> u.label(messages.locale())),
                FXCollections.observableArrayList(Unit.values())));
        unit.setOnEditCommit(e -> {
            table = table.withUnit(e.getTablePosition().getRow(), e.getNewValue());
            refresh();
        });
        unit.setPrefWidth(110);
        columns.getColumns().add(unit);
        columns.getColumns().add(text(messages.get("import.points"), 250, this::summary));
        columns.setPrefHeight(150);
        columns.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showCells());
        cells.setId("importCells");
        problems.setId("importProblems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        GridPane fields = ReadingViews.form();
        citation.addTo(fields, 0, messages);
        VBox box = new VBox(8, years, columns, new Label(messages.get("import.cells")), cells, problems, fields);
        box.setPrefWidth(780);
        refresh();
        return box;
    }

    private String summary(ColumnImport.Column c) {
        long refused = c.cells().stream().filter(CellReading::refused).count();
        if (refused > 0) {
            return messages.get("import.refusedCells", refused);
        }
        List<Point> pts = c.points();
        return pts.isEmpty() ? messages.get("import.noPoints") : messages.get("import.summary",
                Integer.toString(pts.size()), Integer.toString(pts.get(0).year()),
                Integer.toString(pts.get(pts.size() - 1).year()), c.unitFromHeader() ? ""
                        : messages.get("import.unitChosen"));
    }

    private void refresh() {
        int selected = Math.max(0, columns.getSelectionModel().getSelectedIndex());
        columns.getItems().setAll(table.columns());
        if (!table.columns().isEmpty()) {
            columns.getSelectionModel().select(selected);
        }
        showCells();
        ReadingViews.showRefusals(problems, table.refusals(messages.locale()));
    }

    private void showCells() {
        int i = columns.getSelectionModel().getSelectedIndex();
        List<CellReading> shown = new java.util.ArrayList<>(table.years().stream().filter(CellReading::refused)
                .toList());
        if (i >= 0 && i < table.columns().size()) {
            shown.addAll(table.columns().get(i).cells());
        }
        cells.getItems().setAll(shown);
    }

    private static TableColumn<ColumnImport.Column, String> text(String title, double width,
                                                                 java.util.function.Function<ColumnImport.Column, String> f) {
        TableColumn<ColumnImport.Column, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    /** The projection with a new series for each column, or null with the reasons shown. */
    Projection build() {
        if (!table.ok()) {
            return null;
        }
        Projection next = model.projection();
        try {
            for (ColumnImport.Column c : table.columns()) {
                List<Anchor> anchors = c.points().stream().map(pt -> {
                    SourceRef source = citation.source(java.util.Objects.toString(file.getFileName(), file.toString()), pt.row());
                    return source == null ? Anchor.assumption(pt.year(), pt.value())
                            : new Anchor(pt.year(), pt.value(), Kind.SOURCED, true, source, LocalizedText.EMPTY);
                }).toList();
                String id = StructureEdits.idFromName(next, c.header(), "imported");
                next = KnownPoints.addSeries(next, id, LocalizedText.of(c.header()), c.unit(), anchors);
            }
            return next;
        } catch (RuleViolation e) {
            problems.setText(e.message(messages.locale()));
            return null;
        }
    }
}
