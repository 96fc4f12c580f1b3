package jp.mgp.ui;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import jp.mgp.edit.StructureEdits;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/**
 * The Scenario menu's edits of the scenario shown: rename and describe it, move it earlier or later in the
 * selector (and the file), delete it after asking. Each is one undo step; undo brings a deleted scenario back
 * with all its changes.
 */
final class ScenarioActions {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Alerts alerts;
    private final Supplier<Window> owner;

    ScenarioActions(Messages messages, ProjectionViewModel model, Alerts alerts, Supplier<Window> owner) {
        this.messages = messages;
        this.model = model;
        this.alerts = alerts;
        this.owner = owner;
    }

    /** Adds the items to {@code menu} after its first (New Scenario from This One…). */
    void addTo(Menu menu) {
        MenuItem rename = item("renameScenarioItem", "menu.scenario.rename", this::describe);
        MenuItem earlier = item("scenarioEarlierItem", "menu.scenario.earlier", () -> move(-1));
        MenuItem later = item("scenarioLaterItem", "menu.scenario.later", () -> move(1));
        MenuItem delete = item("deleteScenarioItem", "menu.scenario.delete", this::delete);
        var none = model.scenarioProperty().isNull().or(model.projectionProperty().isNull());
        for (MenuItem i : new MenuItem[] {rename, earlier, later}) {
            i.disableProperty().bind(none);
        }
        delete.disableProperty().bind(none.or(model.scenarioProperty().isEqualTo(Scenario.BASE)));
        menu.getItems().addAll(1, java.util.List.of(rename, earlier, later, delete, new SeparatorMenuItem()));
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(messages.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Scenario shown() {
        return model.projection().scenario(model.scenarioProperty().get()).orElse(null);
    }

    void describe() {
        Scenario s = shown();
        if (s != null) {
            ScenarioDialog.show(messages, model, s, owner.get());
        }
    }

    void move(int by) {
        Scenario s = shown();
        if (s != null) {
            model.edit(messages.get("edit.moveScenario"), p -> StructureEdits.moveScenario(p, s.id(), by));
        }
    }

    /** Deletes the scenario shown after asking, then shows the file's default scenario. */
    void delete() {
        Scenario s = shown();
        if (s == null) {
            return;
        }
        String name = s.name().get(messages.locale());
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("scenario.deleteAsk", name,
                s.overrides().size() + s.anchors().size()), ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.setTitle(messages.get("menu.scenario.delete"));
        ask.setHeaderText(messages.get("scenario.deleteHeader", name));
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        String what = messages.get("edit.deleteScenario", name);
        alerts.attempt(what, () -> {
            model.edit(what, p -> StructureEdits.removeScenario(p, s.id()));
            Projection now = model.projection();
            model.scenarioProperty().set(now.defaultScenario().map(Scenario::id).orElse(null));
        });
    }
}
