package jp.mgp.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Kind;
import jp.mgp.model.Scenario;
import jp.mgp.model.Series;

/**
 * Years down, series across, each cell styled by its kind; in compare mode each other scenario follows with its
 * difference from the base. Ctrl+C copies the table as tab-separated plain numbers, which paste into Excel as
 * numbers.
 */
public final class YearTableController {

    @FXML private TableView<Integer> table;

    private final Messages messages;
    private final ProjectionViewModel model;
    private String shownShape = "";

    public YearTableController(Messages messages, ProjectionViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // A value typed into a year cell sets a known point there (YearValueCell).
        table.setEditable(true);
        javafx.scene.control.Label empty = new javafx.scene.control.Label();
        empty.textProperty().bind(messages.text("table.empty"));
        table.setPlaceholder(empty);
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy();
                e.consume();
            }
        });
        model.resultProperty().addListener((obs, old, now) -> refresh());
        model.compareProperty().addListener((obs, old, now) -> refresh());
        messages.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** One column of the table: a series in a scenario, or its difference from the base. */
    record Column(String title, int series, ProjectionResult result, ProjectionResult base) {
        double value(int year) {
            double v = result.value(series, year);
            return base == null ? v : v - base.value(series, year);
        }
    }

    private List<Column> columns() {
        ProjectionResult r = model.result();
        Locale locale = messages.locale();
        List<Column> columns = new ArrayList<>();
        List<ProjectionResult> others = new ArrayList<>();
        if (model.compareProperty().get()) {
            for (Scenario s : r.effective().scenarios()) {
                if (!s.id().equals(r.scenarioId())) {
                    others.add(model.resultFor(s.id()));
                }
            }
        }
        for (int s = 0; s < r.seriesCount(); s++) {
            Series series = r.series(s);
            String name = series.name().get(locale) + " (" + series.unit().label(locale) + ")";
            columns.add(new Column(name, s, r, null));
            for (ProjectionResult o : others) {
                String scenario = o.effective().scenario(o.scenarioId()).map(x -> x.name().get(locale)).orElse("");
                columns.add(new Column(messages.get("table.delta", scenario), s, o, r));
            }
        }
        return columns;
    }

    private void refresh() {
        ProjectionResult r = model.result();
        if (r == null) {
            table.getColumns().clear();
            table.getItems().clear();
            return;
        }
        List<Column> columns = columns();
        String shape = messages.locale() + columns.stream().map(Column::title).toList().toString() + r.firstYear()
                + r.lastYear();
        if (!shape.equals(shownShape)) {
            shownShape = shape;
            rebuild(columns);
        } else {
            // Same columns: swap each column's source and redraw the cells where they are.
            for (int i = 0; i < columns.size(); i++) {
                table.getColumns().get(i + 1).setUserData(columns.get(i));
            }
            CellRedraw.redraw(table, "value-cell", YearValueCell.class);
        }
    }

    private void rebuild(List<Column> columns) {
        ProjectionResult r = model.result();
        List<TableColumn<Integer, ?>> all = new ArrayList<>();
        TableColumn<Integer, Integer> year = new TableColumn<>(messages.get("table.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        year.setPrefWidth(60);
        all.add(year);
        for (Column column : columns) {
            TableColumn<Integer, Integer> col = new TableColumn<>(column.title());
            col.setUserData(column);
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            col.setCellFactory(c -> new YearValueCell(col, messages, model));
            col.setEditable(column.base() == null && !column.result().series(column.series()).isDerived());
            col.setPrefWidth(column.base() == null ? 150 : 110);
            ColumnHeaders.wrap(col, header(column));
            all.add(col);
        }
        table.getColumns().setAll(all);
        List<Integer> years = new ArrayList<>();
        for (int y = r.firstYear(); y <= r.lastYear(); y++) {
            years.add(y);
        }
        table.setItems(FXCollections.observableArrayList(years));
    }

    /**
     * A column's header as shown: a series' unit on a line of its own, in one piece ("(¥ tn)" broke after "¥"),
     * its name wrapping above it; a scenario's difference as its title.
     */
    private String header(Column column) {
        if (column.base() != null) {
            return column.title();
        }
        Locale locale = messages.locale();
        Series series = column.result().series(column.series());
        return series.name().get(locale) + "\n(" + series.unit().label(locale).replace(' ', '\u00A0') + ")";
    }

    /** The table as TSV: a header row, then one row per year, numbers unformatted so they paste as numbers. */
    String tsv() {
        StringBuilder out = new StringBuilder(messages.get("table.year"));
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i < table.getColumns().size(); i++) {
            Column c = (Column) table.getColumns().get(i).getUserData();
            columns.add(c);
            out.append('\t').append(c.title());
        }
        out.append('\n');
        for (Integer year : table.getItems()) {
            out.append(year);
            for (Column c : columns) {
                double v = c.value(year);
                out.append('\t').append(Double.isFinite(v) ? jp.mgp.io.export.TableCsv.plain(v) : "");
            }
            out.append('\n');
        }
        return out.toString();
    }

    @FXML
    void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(tsv());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
