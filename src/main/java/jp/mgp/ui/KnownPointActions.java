package jp.mgp.ui;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

import jp.mgp.edit.PointEdits;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.model.Anchor;
import jp.mgp.model.Series;

/**
 * The buttons that add, edit and remove a series' known points in the assumption editor. Known points belong to the
 * base: in another scenario the user types that scenario's own values over them instead, so these are disabled.
 */
final class KnownPointActions {

    private final EditorSupport support;
    private final Messages messages;
    private final ProjectionViewModel model;
    private final Alerts alerts;

    KnownPointActions(EditorSupport support, Alerts alerts) {
        this.support = support;
        this.messages = support.messages();
        this.model = support.model();
        this.alerts = alerts;
    }

    private boolean inBase() {
        return ProjectionEdits.editsBase(model.projection(), model.scenarioProperty().get());
    }

    /** "Add known point…" for {@code series}. */
    Button add(Series series) {
        Button b = new Button(messages.get("point.add"));
        b.setId("addPoint-" + series.id());
        b.setDisable(!inBase() || series.isDerived());
        b.setOnAction(e -> KnownPointDialog.show(messages, model, series.id(), null, b.getScene().getWindow()));
        return b;
    }

    /** Edit… and Remove for the known point of {@code series} in {@code a}'s year. */
    HBox row(Series series, Anchor a) {
        // Symbols with tooltips: the editor can be narrow, and words there were cut to "...".
        Button edit = new Button("\u270e");
        edit.setTooltip(new javafx.scene.control.Tooltip(messages.get("point.editTip")));
        edit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        edit.setId("editPoint-" + series.id() + "-" + a.year());
        edit.setOnAction(e -> KnownPointDialog.show(messages, model, series.id(), a.year(),
                edit.getScene().getWindow()));
        Button remove = new Button("\u2715");
        remove.setId("removePoint-" + series.id() + "-" + a.year());
        remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("point.remove")));
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setOnAction(e -> remove(series, a.year()));
        HBox box = new HBox(4, edit, remove);
        box.setDisable(!inBase());
        return box;
    }

    /** Removes the point; one undo step (undo brings it back with its citation). */
    private void remove(Series series, int year) {
        String what = messages.get("edit.removePoint", series.name().get(messages.locale()), Integer.toString(year));
        alerts.attempt(what, () -> model.edit(what, p -> PointEdits.removeKnownPoint(p, series.id(), year)));
    }
}
