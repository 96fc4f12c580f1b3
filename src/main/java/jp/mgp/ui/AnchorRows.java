package jp.mgp.ui;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.model.Anchor;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/** The known points of one series: year, value, kind and citation, each value and year editable. */
final class AnchorRows {

    private final EditorSupport support;
    private final Messages messages;
    private final ProjectionViewModel model;
    private final Label problem;

    AnchorRows(EditorSupport support) {
        this.support = support;
        this.messages = support.messages();
        this.model = support.model();
        this.problem = support.problem();
    }

    /** Lays known point {@code index} out on grid rows {@code row} (the fields) and {@code row + 1} (its citation). */
    void anchorRow(GridPane anchorsGrid, Series series, int index, int row) {
        Anchor a = series.anchors().get(index);
        Locale locale = messages.locale();
        javafx.scene.control.Spinner<Integer> year = new javafx.scene.control.Spinner<>(
                model.projection().firstYear(), model.projection().lastYear(), a.year());
        year.setId("anchor-year-" + series.id() + "-" + a.year());
        year.setPrefWidth(84);
        // A scenario sets its own values of known points, not their years: a year moved would move the base's.
        year.setDisable(!ProjectionEdits.editsBase(model.projection(), model.scenarioProperty().get()));
        year.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != support.current(series.id()).anchors().get(index).year()) {
                LocalizedText before = messages.both("edit.wasYear", Integer.toString(a.year()));
                support.structural(messages.get("edit.anchorYear", series.name().get(messages.locale())),
                        p -> ProjectionEdits.setAnchorYear(p, series.id(), index, now,
                                messages.both("edit.why", before)));
            }
        });
        TextField value = new TextField(series.unit().formatNumber(a.value(), locale));
        value.setId("anchor-" + series.id() + "-" + a.year());
        value.setPrefColumnCount(7);
        Label badge = support.badge(a.kind());
        String cited = a.source() == null ? a.note().get(locale)
                : a.source().shortCitation() + (a.pinned() ? "" : " " + messages.get("editor.reported"));
        Label citation = new Label(cited);
        citation.setWrapText(true);
        citation.getStyleClass().add("editor-note");
        if (a.source() != null && !a.source().quote().isEmpty()) {
            citation.setTooltip(new Tooltip("\u201c" + a.source().quote() + "\u201d\n" + a.source().citation()));
        }
        Runnable commit = () -> commitAnchor(series, index, value);
        value.setOnAction(e -> commit.run());
        value.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        support.refreshers().add(() -> {
            Anchor now = support.current(series.id()).anchors().get(index);
            if (!value.isFocused()) {
                value.setText(series.unit().formatNumber(now.value(), messages.locale()));
            }
            support.setBadge(badge, now.kind());
        });
        year.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.setMinWidth(90);
        // The citation under its point, the editor's whole width: beside it, it wrapped into a narrow column.
        anchorsGrid.addRow(row, year, value, badge);
        anchorsGrid.add(citation, 0, row + 1, 3, 1);
        GridPane.setMargin(citation, new javafx.geometry.Insets(0, 0, 6, 0));
    }

    private void commitAnchor(Series series, int index, TextField field) {
        Anchor a = support.current(series.id()).anchors().get(index);
        double typed;
        try {
            typed = ParameterControl.parse(field.getText(), messages.locale());
        } catch (java.text.ParseException e) {
            field.getStyleClass().add("field-invalid");
            problem.setText(messages.get("field.notNumber", field.getText()));
            return;
        }
        field.getStyleClass().remove("field-invalid");
        Unit unit = series.unit();
        if (unit.formatNumber(typed, messages.locale()).equals(unit.formatNumber(a.value(), messages.locale()))) {
            return;
        }
        LocalizedText was = EditorSupport.wasText(series, a);
        try {
            model.edit(messages.get("edit.anchor", series.name().get(messages.locale()), a.year()),
                    p -> ProjectionEdits.setAnchorValueAt(p, model.scenarioProperty().get(), series.id(), a.year(),
                            typed, messages.both("edit.why", was)));
            problem.setText("");
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }
}
