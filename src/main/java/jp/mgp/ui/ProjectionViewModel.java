package jp.mgp.ui;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import jp.mgp.edit.EditHistory;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/**
 * The open document as properties: the projection (the head of its undo history), its file, the chosen
 * scenario, the selected series and the projected result. The result is recomputed once per change, so every
 * view bound to it moves together. "Unsaved" is derived from the history, never set by hand.
 */
public final class ProjectionViewModel {

    private final ProjectionEngine engine;
    private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty scenario = new SimpleStringProperty();
    private final StringProperty selectedSeries = new SimpleStringProperty();
    private final ObservableSet<String> hiddenSeries = FXCollections.observableSet();
    private final BooleanProperty compare = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ProjectionResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private EditHistory history;

    public ProjectionViewModel(ProjectionEngine engine) {
        this.engine = engine;
        scenario.addListener((obs, old, now) -> recompute());
    }

    private void recompute() {
        Projection p = projection.get();
        result.set(p == null ? null : engine.project(p, scenario.get()));
    }

    /** Shows a projection read from {@code from} (null for a new one, which has no file yet), with no changes. */
    public void open(Projection opened, Path from) {
        history = new EditHistory(opened);
        history.addListener(this::historyChanged);
        file.set(from);
        hiddenSeries.clear();
        historyChanged();
    }

    private void historyChanged() {
        Projection now = history.current();
        String keep = scenario.get();
        boolean scenarioChanges = keep == null || now.scenario(keep).isEmpty();
        if (!now.equals(projection.get())) {
            projection.set(now);
            if (scenarioChanges) {
                scenario.set(now.defaultScenario().map(Scenario::id).orElse(null));
            }
            recompute();
        }
        if (selectedSeries.get() == null || now.seriesIndex(selectedSeries.get()) < 0) {
            selectedSeries.set(now.series().isEmpty() ? null : now.series().get(0).id());
        }
        dirty.set(!history.isClean());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
    }

    /**
     * Applies one edit as an undoable step (folded into the current gesture, if one is open).
     *
     * @throws IllegalArgumentException from the edit, when it is refused; nothing changes then
     */
    public void edit(String label, UnaryOperator<Projection> change) {
        if (history != null) {
            history.apply(label, change.apply(history.current()));
        }
    }

    /** Edits until {@link #endGesture()} are one undo step: a slider drag. */
    public void beginGesture() {
        if (history != null) {
            history.beginGesture();
        }
    }

    public void endGesture() {
        if (history != null) {
            history.endGesture();
        }
    }

    public void undo() {
        if (history != null) {
            history.undo();
        }
    }

    public void redo() {
        if (history != null) {
            history.redo();
        }
    }

    /** Records that {@code savedTo} now holds revision {@code revision} (see {@link #revision()}). */
    public void saved(Path savedTo, long revision) {
        file.set(savedTo);
        history.markSaved(revision);
    }

    /** Shows work that was never saved (recovered after a crash) as unsaved changes to {@code from}. */
    public void openUnsaved(Projection work, Path from) {
        open(work, from);
        history.reset(work, false);
    }

    /** The revision now shown; a save task captures it to know what it wrote. */
    public long revision() {
        return history == null ? 0 : history.revision();
    }

    public ReadOnlyObjectProperty<Projection> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    public Projection projection() {
        return projection.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty scenarioProperty() {
        return scenario;
    }

    public StringProperty selectedSeriesProperty() {
        return selectedSeries;
    }

    /** Series the user has switched off in the charts (a view setting, not saved in the file). */
    public ObservableSet<String> hiddenSeries() {
        return hiddenSeries;
    }

    /** Whether the charts overlay every scenario and the table shows each one's difference from the base. */
    public BooleanProperty compareProperty() {
        return compare;
    }

    public ReadOnlyObjectProperty<ProjectionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ProjectionResult result() {
        return result.get();
    }

    /** Projects the current projection under another scenario (for compare mode). */
    public ProjectionResult resultFor(String scenarioId) {
        return engine.project(projection.get(), scenarioId);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** The file's name for the title bar, or empty before anything is open. */
    public ObservableValue<String> fileName() {
        return Bindings.createStringBinding(() -> file.get() == null ? "" : String.valueOf(file.get().getFileName()),
                file);
    }
}
