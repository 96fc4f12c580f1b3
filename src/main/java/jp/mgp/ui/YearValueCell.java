package jp.mgp.ui;

import java.util.OptionalDouble;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.model.Kind;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.presentation.NumberText;

/**
 * A value of the year table, styled by its kind. Typed into (double-click, or start typing), it sets the series'
 * known point in that year as the column's scenario sees it: the user's assumption, one undo step. A value that is
 * not a number stays in the cell, outlined, with the reason as its tooltip, and nothing changes.
 */
final class YearValueCell extends TableCell<Integer, Integer> implements CellRedraw.Redrawable {

    private static final java.util.List<String> KINDS = java.util.List.of("kind-sourced", "kind-derived",
            "kind-assumption", "delta");

    private final TableColumn<Integer, Integer> column;
    private final Messages messages;
    private final ProjectionViewModel model;
    private TextField field;

    YearValueCell(TableColumn<Integer, Integer> column, Messages messages, ProjectionViewModel model) {
        this.column = column;
        this.messages = messages;
        this.model = model;
        getStyleClass().add("value-cell");
    }

    private YearTableController.Column data() {
        return (YearTableController.Column) column.getUserData();
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableView().isEditable() || !column.isEditable() || getItem() == null) {
            return;
        }
        super.startEdit();
        field = new TextField(getText());
        field.setId("yearCell-" + getItem());
        field.setOnAction(e -> commitTyped());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        field = null;
        setGraphic(null);
        updateItem(getItem(), getItem() == null);
    }

    /** Sets the known point, or keeps the text with the reason when it is refused. */
    private void commitTyped() {
        YearTableController.Column c = data();
        int year = getItem();
        Series series = c.result().series(c.series());
        OptionalDouble read = NumberText.of(messages.locale()).parse(field.getText());
        String place = series.name().get(messages.locale()) + ", " + year;
        if (read.isEmpty()) {
            refuse(messages.get("field.at", place, messages.get("form.notNumber", field.getText().strip())));
            return;
        }
        try {
            model.edit(messages.get("edit.anchor", series.name().get(messages.locale()), Integer.toString(year)),
                    p -> ProjectionEdits.setValueInYear(p, c.result().scenarioId(), series.id(), year,
                            read.getAsDouble(), messages.both("table.typedWhy")));
        } catch (RuleViolation e) {
            refuse(e.message(messages.locale()));
            return;
        }
        cancelEdit();
    }

    private void refuse(String why) {
        if (!field.getStyleClass().contains(FieldRefusal.MARK)) {
            field.getStyleClass().add(FieldRefusal.MARK);
        }
        field.setTooltip(new Tooltip(why));
        setTooltip(field.getTooltip());
    }

    @Override
    protected void updateItem(Integer year, boolean empty) {
        super.updateItem(year, empty);
        YearTableController.Column c = data();
        if (isEditing() && field != null) {
            CellRedraw.styleOneOf(getStyleClass(), null, KINDS);
            return;
        }
        setGraphic(null);
        setTooltip(null);
        if (empty || year == null || c == null) {
            CellRedraw.styleOneOf(getStyleClass(), null, KINDS);
            setText(null);
            return;
        }
        Series series = c.result().series(c.series());
        double v = c.value(year);
        String text = series.unit().formatNumber(v, messages.locale());
        setText(c.base() != null && v > 0 ? "+" + text : text);
        Kind kind = c.result().kind(c.series(), year);
        // Only a class that changes is set: each change styles the cell again.
        CellRedraw.styleOneOf(getStyleClass(), c.base() != null ? "delta" : kind == null ? null : "kind-" + kind.id(),
                KINDS);
    }

    @Override
    public void redraw() {
        updateItem(getItem(), isEmpty());
    }
}
