package jp.mgp.ui;

import java.util.Locale;
import java.util.OptionalDouble;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.model.Anchor;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;
import jp.mgp.presentation.NumberText;

/** The known points of one series: year, value, kind and citation, each value and year editable. */
final class AnchorRows {

    private final EditorSupport support;
    private final Messages messages;
    private final ProjectionViewModel model;

    private final KnownPointActions actions;

    AnchorRows(EditorSupport support, KnownPointActions actions) {
        this.support = support;
        this.actions = actions;
        this.messages = support.messages();
        this.model = support.model();
    }

    /**
     * Lays known point {@code index} out on grid rows {@code row} (the fields) and {@code row + 1} (a refusal of
     * its value or year, and its citation).
     */
    void anchorRow(GridPane anchorsGrid, Series series, int index, int row) {
        Anchor a = series.anchors().get(index);
        Locale locale = messages.locale();
        javafx.scene.control.Spinner<Integer> year = new javafx.scene.control.Spinner<>(
                model.projection().firstYear(), model.projection().lastYear(), a.year());
        String yearId = "anchor-year-" + series.id() + "-" + a.year();
        year.setId(yearId);
        year.setPrefWidth(84);
        // A scenario sets its own values of known points, not their years: a year moved would move the base's.
        year.setDisable(!ProjectionEdits.editsBase(model.projection(), model.scenarioProperty().get()));
        String place = support.anchorPlace(series, a.year());
        FieldRefusal yearRefusal = support.refusalAt(year, yearId);
        support.refreshers().add(yearRefusal::clear);
        year.getValueFactory().setConverter(YearField.converter(messages, year, yearRefusal, place));
        year.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != support.current(series.id()).anchors().get(index).year()) {
                LocalizedText before = messages.both("edit.wasYear", Integer.toString(a.year()));
                support.structural(messages.get("edit.anchorYear", series.name().get(messages.locale())),
                        p -> ProjectionEdits.setAnchorYear(p, series.id(), index, now,
                                messages.both("edit.why", before)), yearId, place);
            }
        });
        TextField value = new TextField(series.unit().formatNumber(a.value(), locale));
        String valueId = "anchor-" + series.id() + "-" + a.year();
        value.setId(valueId);
        FieldRefusal refusal = support.refusalAt(value, valueId);
        value.setPrefColumnCount(7);
        Label badge = support.badge(a.kind());
        String cited = a.source() == null ? a.note().get(locale)
                : a.source().shortCitation(locale) + (a.pinned() ? "" : " " + messages.get("editor.reported"));
        Label citation = new Label(cited);
        citation.setWrapText(true);
        citation.getStyleClass().add("editor-note");
        if (a.source() != null && !a.source().quote().isEmpty()) {
            citation.setTooltip(new Tooltip("\u201c" + a.source().quote() + "\u201d\n" + a.source().citation()));
        }
        Runnable commit = () -> commitAnchor(series, index, value, refusal, place);
        value.setOnAction(e -> commit.run());
        value.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        support.refreshers().add(() -> {
            Anchor now = support.current(series.id()).anchors().get(index);
            // The document changed (an edit, undo, redo): a refused text gives way to the value in force.
            if (!value.isFocused() || refusal.shown()) {
                refusal.clear();
                value.setText(series.unit().formatNumber(now.value(), messages.locale()));
            }
            support.setBadge(badge, now.kind());
        });
        year.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.setMinWidth(90);
        // The citation under its point, the editor's whole width: beside it, it wrapped into a narrow column.
        anchorsGrid.addRow(row, year, value, badge, actions.row(series, a));
        javafx.scene.layout.VBox under = new javafx.scene.layout.VBox(2, yearRefusal.message(), refusal.message(),
                citation);
        anchorsGrid.add(under, 0, row + 1, 4, 1);
        GridPane.setMargin(under, new javafx.geometry.Insets(0, 0, 6, 0));
    }

    private void commitAnchor(Series series, int index, TextField field, FieldRefusal refusal, String place) {
        Anchor a = support.current(series.id()).anchors().get(index);
        OptionalDouble read = NumberText.of(messages.locale()).parse(field.getText());
        if (read.isEmpty()) {
            refusal.refuse(support.at(place, messages.get("field.notNumber", field.getText().strip())));
            return;
        }
        refusal.clear();
        double typed = read.getAsDouble();
        Unit unit = series.unit();
        if (unit.formatNumber(typed, messages.locale()).equals(unit.formatNumber(a.value(), messages.locale()))) {
            return;
        }
        LocalizedText was = EditorSupport.wasText(series, a);
        try {
            model.edit(messages.get("edit.anchor", series.name().get(messages.locale()), Integer.toString(a.year())),
                    p -> ProjectionEdits.setAnchorValueAt(p, model.scenarioProperty().get(), series.id(), a.year(),
                            typed, messages.both("edit.why", was)));
        } catch (IllegalArgumentException e) {
            refusal.refuse(support.refusal(e, place));
        }
    }
}
