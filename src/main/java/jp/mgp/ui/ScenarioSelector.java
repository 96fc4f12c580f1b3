package jp.mgp.ui;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;

import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/** Keeps the scenario selector's list, names and choice in step with the file, the language and the view-model. */
final class ScenarioSelector {

    private final ComboBox<String> box;
    private final Messages messages;
    private final ProjectionViewModel model;
    private List<String> shownNames = List.of();

    ScenarioSelector(ComboBox<String> box, Messages messages, ProjectionViewModel model) {
        this.box = box;
        this.messages = messages;
        this.model = model;
        box.setConverter(Converters.of(this::name));
        model.projectionProperty().addListener((obs, old, now) -> fill());
        model.scenarioProperty().addListener((obs, old, now) -> box.setValue(now));
        messages.localeProperty().addListener((obs, old, now) -> {
            // A new converter instance makes the box redraw its cells in the new language.
            box.setConverter(Converters.of(this::name));
            box.setItems(FXCollections.observableArrayList(box.getItems()));
            box.setValue(model.scenarioProperty().get());
        });
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.scenarioProperty().set(now);
            }
        });
        fill();
    }

    private String name(String id) {
        Projection p = model.projection();
        return p == null ? id : p.scenario(id).map(s -> s.name().get(messages.locale())).orElse(id);
    }

    private void fill() {
        Projection p = model.projection();
        List<String> ids = p == null ? List.of() : p.scenarios().stream().map(Scenario::id).toList();
        List<String> names = ids.stream().map(this::name).toList();
        if (!ids.equals(box.getItems()) || !names.equals(shownNames)) {
            // A scenario renamed keeps its id: a new converter makes the box show the new name.
            box.setConverter(Converters.of(this::name));
            box.setItems(FXCollections.observableArrayList(ids));
        }
        shownNames = names;
        box.setValue(model.scenarioProperty().get());
        box.setDisable(ids.isEmpty());
    }
}
