package jp.mgp.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import jp.mgp.model.Unit;

/**
 * New, Open, Open Recent, Save, Save As and Revert, with the unsaved-changes question before anything would
 * discard work. Reading and writing run off the FX thread; saving is atomic; while there are unsaved changes a
 * recovery copy is written a moment after each edit.
 */
final class DocumentActions {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Executor background;
    private final ProgressIndicator busy;
    private final Supplier<Window> window;
    private final Alerts alerts;
    private final UserPrefs prefs;
    private final RecoveryFile recovery;
    private final PauseTransition autosave = new PauseTransition(Duration.seconds(2));

    DocumentActions(Messages messages, ProjectionViewModel model, Executor background, ProgressIndicator busy,
                    Supplier<Window> window, Alerts alerts, UserPrefs prefs, RecoveryFile recovery) {
        this.messages = messages;
        this.model = model;
        this.background = background;
        this.busy = busy;
        this.window = window;
        this.alerts = alerts;
        this.prefs = prefs;
        this.recovery = recovery;
        autosave.setOnFinished(e -> writeRecovery());
        model.projectionProperty().addListener((obs, old, now) -> {
            if (model.isDirty()) {
                autosave.playFromStart();
            }
        });
        model.dirtyProperty().addListener((obs, was, now) -> {
            if (now) {
                autosave.playFromStart();
            } else {
                autosave.stop();
                background.execute(recovery::delete);
            }
        });
    }

    private void writeRecovery() {
        Projection p = model.projection();
        Path from = model.fileProperty().get();
        if (p != null && model.isDirty()) {
            background.execute(() -> {
                try {
                    recovery.write(p, from);
                } catch (IOException e) {
                    // The recovery copy is a safety net; failing to write it must not interrupt the user.
                }
            });
        }
    }

    /** Asks before unsaved changes would be lost; true when the caller may go on. */
    boolean confirmDiscard() {
        if (!model.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("unsaved.body"), save, discard, cancel);
        ask.initOwner(window.get());
        ask.setTitle(messages.get("unsaved.title"));
        ask.setHeaderText(messages.get("unsaved.header", model.fileName().getValue().isEmpty()
                ? messages.get("status.untitled") : model.fileName().getValue()));
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        return answer.get() == discard || saveNow();
    }

    void newDocument() {
        if (!confirmDiscard()) {
            return;
        }
        Projection blank = new Projection(messages.both("new.title"), LocalizedText.EMPTY, 2024, 2040, List.of(),
                List.of(new Scenario(Scenario.BASE, messages.both("new.base"), LocalizedText.EMPTY, List.of())),
                List.of(), List.of(new ChartSpec("chart-1", messages.both("new.chart"), List.of(), List.of(),
                Unit.JPY_TRILLION, false)), Map.of());
        model.open(blank, null);
    }

    void openChosen() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser(messages.get("dialog.open.title"));
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a file without asking (the caller has asked); errors name the file and every problem found. */
    Task<Projection> open(Path file) {
        ProjectionLoader loader = new ProjectionLoader(file);
        busy.visibleProperty().bind(loader.runningProperty());
        loader.setOnSucceeded(e -> {
            model.open(loader.getValue(), file);
            prefs.addRecent(file);
        });
        loader.setOnFailed(e -> alerts.error(messages.get("error.open.title"),
                messages.get("error.open.header", file.getFileName()),
                loader.getException().getMessage() + "\n\n" + messages.get("error.open.more")));
        background.execute(loader);
        return loader;
    }

    void openAsked(Path file) {
        if (confirmDiscard()) {
            open(file);
        }
    }

    void revert() {
        Path file = model.fileProperty().get();
        if (file != null && model.isDirty()) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("revert.body"));
            ask.initOwner(window.get());
            ask.setHeaderText(messages.get("revert.header", file.getFileName()));
            if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                open(file);
            }
        }
    }

    /** Saves to the current file, or asks where for a new document. */
    void save() {
        Path file = model.fileProperty().get();
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    void saveAs() {
        FileChooser chooser = chooser(messages.get("dialog.saveAs.title"));
        Path current = model.fileProperty().get();
        chooser.setInitialFileName(current == null ? "projection.json" : current.getFileName().toString());
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen != null) {
            Path target = chosen.getName().contains(".") ? chosen.toPath()
                    : chosen.toPath().resolveSibling(chosen.getName() + ".json");
            saveTo(target);
        }
    }

    /** Writes in the background; the edits made meanwhile stay marked unsaved. */
    Task<Void> saveTo(Path file) {
        Projection snapshot = model.projection();
        long document = model.document();
        long revision = model.revision();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                ProjectionFiles.write(snapshot, file);
                return null;
            }
        };
        busy.visibleProperty().bind(task.runningProperty());
        task.setOnSucceeded(e -> {
            model.saved(document, file, revision);
            prefs.addRecent(file);
        });
        task.setOnFailed(e -> alerts.error(messages.get("error.save.title"), messages.get("error.save.header", file),
                task.getException().getMessage() + "\n\n" + messages.get("error.save.kept")));
        background.execute(task);
        return task;
    }

    /** Saves on the FX thread, for the unsaved-changes question that must know the outcome before going on. */
    private boolean saveNow() {
        Path file = model.fileProperty().get();
        if (file == null) {
            File chosen = chooser(messages.get("dialog.saveAs.title")).showSaveDialog(window.get());
            if (chosen == null) {
                return false;
            }
            file = chosen.toPath();
        }
        try {
            ProjectionFiles.write(model.projection(), file);
            model.saved(model.document(), file, model.revision());
            prefs.addRecent(file);
            return true;
        } catch (IOException e) {
            alerts.error(messages.get("error.save.title"), messages.get("error.save.header", file),
                    e.getMessage() + "\n\n" + messages.get("error.save.kept"));
            return false;
        }
    }

    /**
     * Offers back the work a session that did not end cleanly left in the recovery file. Restored work opens as
     * unsaved changes to the file it came from; declined work is discarded.
     *
     * @return whether work was restored (the caller then opens nothing else)
     */
    boolean offerRecovery() {
        Optional<RecoveryFile.Recovered> left = recovery.read();
        if (left.isEmpty()) {
            recovery.delete();
            return false;
        }
        ButtonType restore = new ButtonType(messages.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("recovery.body"), restore, discard);
        ask.initOwner(window.get());
        ask.setTitle(messages.get("recovery.title"));
        Path origin = left.get().origin();
        ask.setHeaderText(messages.get("recovery.header", origin == null ? messages.get("status.untitled")
                : origin.getFileName()));
        if (ask.showAndWait().filter(b -> b == restore).isPresent()) {
            model.openUnsaved(left.get().projection(), origin);
            return true;
        }
        recovery.delete();
        return false;
    }

    /** Opens the first scenario file among files dropped on the window, asking first about unsaved changes. */
    boolean openDropped(List<File> files) {
        Optional<File> json = files.stream()
                .filter(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json")).findFirst();
        json.ifPresent(f -> openAsked(f.toPath()));
        return json.isPresent();
    }

    /** A clean exit: nothing to recover next time. */
    void exited() {
        autosave.stop();
        recovery.delete();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.filter.json"),
                "*.json"));
        Path current = model.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }
}
