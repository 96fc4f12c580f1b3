package jp.mgp.ui;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A form of labelled rows, built in code for the dialogs whose rows depend on the file (one check box per chart):
 * each field with its label and, right under it, the line where a refused value is explained.
 */
final class FormRows {

    private final GridPane grid = new GridPane();
    private final Messages messages;
    private int row;

    FormRows(Messages messages) {
        this.messages = messages;
        grid.getStyleClass().add("export-form");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(130);
        ColumnConstraints field = new ColumnConstraints();
        field.setPrefWidth(400);
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, field);
    }

    GridPane grid() {
        return grid;
    }

    /** A row: the label of {@code key}, {@code field}, and under it the refusal line of {@code refusal} if any. */
    void add(String key, Node field, FieldRefusal refusal) {
        Label label = new Label(messages.get(key));
        if (field instanceof Control c) {
            label.setLabelFor(c);
        }
        Node cell = refusal == null ? field : new VBox(2, field, refusal.message());
        grid.addRow(row++, label, cell);
    }

    /** A row across both columns: a heading, a hint or a form-wide message. */
    void span(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    /** A text field with an id for tests and accessibility tools. */
    static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    /** A refusal line for {@code field}, its id the field's with "-problem". */
    static FieldRefusal refusal(Control field) {
        return new FieldRefusal(field, field.getId() + "-problem");
    }
}
