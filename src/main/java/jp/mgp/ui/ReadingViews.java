package jp.mgp.ui;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import jp.mgp.io.table.CellReading;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/**
 * The parts the paste and import previews share: a table of how each cell was read, the refusals in the window's
 * language, and the citation fields that make figures sourced.
 */
final class ReadingViews {

    private ReadingViews() {
    }

    /** A table of cells: where, what was written, what it was read as, and how (or why not). */
    static TableView<CellReading> cellTable(Messages messages, java.util.function.Supplier<Unit> units) {
        TableView<CellReading> table = new TableView<>();
        table.getColumns().add(column(messages.get("reading.cell"), 60, CellReading::reference));
        table.getColumns().add(column(messages.get("reading.text"), 110, CellReading::text));
        table.getColumns().add(column(messages.get("reading.as"), 130, c -> switch (c.role()) {
            case YEAR -> messages.get("reading.year", Integer.toString((int) c.number()));
            case VALUE -> jp.mgp.presentation.NumberText.of(messages.locale()).format(c.number()) + " "
                    + units.get().label(messages.locale());
            case LABEL -> messages.get("reading.label");
            case EMPTY -> "\u2013";
            case REFUSED -> messages.get("reading.refused");
        }));
        table.getColumns().add(column(messages.get("reading.how"), 400, c -> c.how().get(messages.locale())));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CellReading item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("refused-cell");
                if (!empty && item != null && item.refused()) {
                    getStyleClass().add("refused-cell");
                }
            }
        });
        table.setPrefHeight(220);
        return table;
    }

    private static TableColumn<CellReading, String> column(String title, double width,
                                                           java.util.function.Function<CellReading, String> text) {
        TableColumn<CellReading, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A form of labels and fields whose labels keep their whole width, the fields taking the rest. */
    static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** A label that wraps and keeps the height of all its lines. */
    static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The refusals, one a line, in the form's error style. */
    static void showRefusals(Label label, List<String> refusals) {
        label.setText(String.join("\n", refusals));
        wrapping(label);
    }

    /** Publisher, document and quoted words; a publisher or document makes the figures sourced. */
    static final class Citation {
        final TextField publisher = new TextField();
        final TextField document = new TextField();
        final TextField quote = new TextField();

        Citation(String idPrefix) {
            publisher.setId(idPrefix + "Publisher");
            document.setId(idPrefix + "Document");
            quote.setId(idPrefix + "Quote");
        }

        /** Adds the three fields with their labels to {@code grid} from {@code row}; returns the next free row. */
        int addTo(GridPane grid, int row, Messages messages) {
            grid.addRow(row, new Label(messages.get("citation.publisher")), publisher);
            grid.addRow(row + 1, new Label(messages.get("citation.document")), document);
            grid.addRow(row + 2, new Label(messages.get("citation.quote")), quote);
            Label hint = wrapping(new Label(messages.get("citation.hint")));
            hint.getStyleClass().add("hint");
            grid.add(hint, 1, row + 3);
            return row + 4;
        }

        /** The citation, or null when neither publisher nor document is given (the figures are assumptions). */
        SourceRef source(String file, int line) {
            String p = publisher.getText().strip();
            String d = document.getText().strip();
            return p.isEmpty() && d.isEmpty() ? null : new SourceRef(p, d, "", file, line, quote.getText().strip());
        }
    }
}
