package jp.mgp.ui;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/**
 * The open projection, the chosen scenario and their projected result, as properties. The result is recomputed
 * whenever the projection or the scenario changes, once per change, so every view bound to it moves together.
 */
public final class ProjectionViewModel {

    private final ProjectionEngine engine;
    private final ObjectProperty<Projection> projection = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty scenario = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<ProjectionResult> result = new ReadOnlyObjectWrapper<>();

    public ProjectionViewModel(ProjectionEngine engine) {
        this.engine = engine;
        projection.addListener((obs, old, now) -> {
            String keep = scenario.get();
            if (now != null && (keep == null || now.scenario(keep).isEmpty())) {
                scenario.set(now.defaultScenario().map(Scenario::id).orElse(null));
            }
            recompute();
        });
        scenario.addListener((obs, old, now) -> recompute());
    }

    private void recompute() {
        Projection p = projection.get();
        result.set(p == null ? null : engine.project(p, scenario.get()));
    }

    /** Shows a projection read from {@code from} (null for one not yet saved). */
    public void open(Projection opened, Path from) {
        file.set(from);
        projection.set(opened);
    }

    public ObjectProperty<Projection> projectionProperty() {
        return projection;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty scenarioProperty() {
        return scenario;
    }

    public ReadOnlyObjectProperty<ProjectionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ProjectionResult result() {
        return result.get();
    }

    /** The file's name for the title bar, or empty before anything is open. */
    public ObservableValue<String> fileName() {
        return Bindings.createStringBinding(() -> file.get() == null ? "" : String.valueOf(file.get().getFileName()),
                file);
    }
}
