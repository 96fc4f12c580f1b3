package jp.mgp.ui;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
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
 * scenario, the selected series and the projected result. The result is projected once per change, and the
 * projection, scenario, result and "unsaved" flag are published as one change: each is set before any listener
 * hears of any of them, so no view sees a new projection with an old result. "Unsaved" is derived from the
 * history, never set by hand. Each document opened gets a new identity ({@link #document()}), against which a
 * late background result (a save) is checked.
 */
public final class ProjectionViewModel {

    private final BiFunction<Projection, String, ProjectionResult> engine;
    private final Published<Projection> projection = new Published<>(this, "projection");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    /** Set by the user (the scenario selector): projects before its own listeners hear of the change. */
    private final StringProperty scenario = new SimpleStringProperty(this, "scenario") {
        @Override
        protected void invalidated() {
            if (!publishing) {
                Projection p = projection.get();
                result.stage(p == null ? null : engine.apply(p, get()));
                result.announce();
            }
        }
    };
    private final StringProperty selectedSeries = new SimpleStringProperty();
    private final ObservableSet<String> hiddenSeries = FXCollections.observableSet();
    private final BooleanProperty compare = new SimpleBooleanProperty();
    private final Published<ProjectionResult> result = new Published<>(this, "result");
    private final Published<Boolean> dirty = new Published<>(this, "dirty", false);
    /** The same flag as a boolean property, so that bindings can use {@code not()} and the like. */
    private final ReadOnlyBooleanProperty dirtyFlag = ReadOnlyBooleanProperty.readOnlyBooleanProperty(dirty);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private EditHistory history;
    private long document;
    /** True while the history's change is being published: the scenario is then set with its result already. */
    private boolean publishing;

    public ProjectionViewModel(ProjectionEngine engine) {
        this(engine::project);
    }

    /** With {@code engine} standing for {@link ProjectionEngine#project(Projection, String)} (tests count calls). */
    ProjectionViewModel(BiFunction<Projection, String, ProjectionResult> engine) {
        this.engine = engine;
    }

    /** Shows a projection read from {@code from} (null for a new one, which has no file yet), with no changes. */
    public void open(Projection opened, Path from) {
        document++;
        history = new EditHistory(opened);
        history.addListener(this::historyChanged);
        file.set(from);
        hiddenSeries.clear();
        historyChanged();
    }

    private void historyChanged() {
        Projection now = history.current();
        String keep = scenario.get();
        String chosen = keep != null && now.scenario(keep).isPresent() ? keep
                : now.defaultScenario().map(Scenario::id).orElse(null);
        if (!now.equals(projection.get())) {
            projection.stage(now);
            result.stage(engine.apply(now, chosen));
        }
        dirty.stage(!history.isClean());
        publishing = true;
        try {
            scenario.set(chosen);
        } finally {
            publishing = false;
        }
        projection.announce();
        result.announce();
        dirty.announce();
        if (selectedSeries.get() == null || now.seriesIndex(selectedSeries.get()) < 0) {
            selectedSeries.set(now.series().isEmpty() ? null : now.series().get(0).id());
        }
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

    /**
     * Records that {@code savedTo} now holds revision {@code revision} (see {@link #revision()}) of document
     * {@code saved} (see {@link #document()}). A save that finishes after another document was opened changes
     * nothing here: that document is not the one written.
     *
     * @return whether {@code saved} is still the document shown
     */
    public boolean saved(long saved, Path savedTo, long revision) {
        if (saved != document || history == null) {
            return false;
        }
        file.set(savedTo);
        history.markSaved(revision);
        return true;
    }

    /** Shows work that was never saved (recovered after a crash) as unsaved changes to {@code from}. */
    public void openUnsaved(Projection work, Path from) {
        open(work, from);
        history.reset(work, false);
    }

    /**
     * The identity of the document shown: it changes with every New, Open, Revert and restore, unlike the
     * revision, which starts again with each document. Background work captures it and checks it on return.
     */
    public long document() {
        return document;
    }

    /** The revision now shown; a save task captures it to know what it wrote. */
    public long revision() {
        return history == null ? 0 : history.revision();
    }

    public ReadOnlyObjectProperty<Projection> projectionProperty() {
        return projection;
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
        return result;
    }

    public ProjectionResult result() {
        return result.get();
    }

    /** Projects the current projection under another scenario (for compare mode). */
    public ProjectionResult resultFor(String scenarioId) {
        return engine.apply(projection.get(), scenarioId);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirtyFlag;
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

    /** A value set quietly and announced later, so that several values change as one. */
    private static final class Published<T> extends ReadOnlyObjectPropertyBase<T> {
        private final Object bean;
        private final String name;
        private T value;
        private boolean changed;

        Published(Object bean, String name) {
            this(bean, name, null);
        }

        Published(Object bean, String name, T initial) {
            this.bean = bean;
            this.name = name;
            this.value = initial;
        }

        void stage(T now) {
            if (now != value) {
                value = now;
                changed = true;
            }
        }

        void announce() {
            if (changed) {
                changed = false;
                fireValueChangedEvent();
            }
        }

        @Override
        public T get() {
            return value;
        }

        @Override
        public Object getBean() {
            return bean;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
