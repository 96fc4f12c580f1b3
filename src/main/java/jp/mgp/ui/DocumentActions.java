package jp.mgp.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import jp.mgp.model.Unit;

/**
 * New, Open, Open Recent, Save, Save As and Revert, with the unsaved-changes question before anything would
 * discard work. Reading and writing run in order on the background queue ({@link BackgroundWork}); saving is
 * atomic; a save that finishes after another document was opened marks nothing in that one. While there are
 * unsaved changes a recovery copy is kept ({@link RecoveryCopy}).
 */
final class DocumentActions {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final BackgroundWork work;
    private final Supplier<Window> window;
    private final Alerts alerts;
    private final UserPrefs prefs;
    private final RecoveryCopy recovery;
    /** The open asked for last; an earlier one that finishes later is not shown. */
    private Task<Projection> pendingOpen;
    /** True while the unsaved-changes question waits for its save: the question is not asked twice meanwhile. */
    private boolean waitingForSave;

    DocumentActions(Messages messages, ProjectionViewModel model, BackgroundWork work, Supplier<Window> window,
                    Alerts alerts, UserPrefs prefs, RecoveryFile recovery, Node panels) {
        this.messages = messages;
        this.model = model;
        this.work = work;
        this.window = window;
        this.alerts = alerts;
        this.prefs = prefs;
        this.recovery = new RecoveryCopy(messages, model, work, recovery, panels, this::confirmDiscard);
    }

    /** Asks before unsaved changes would be lost; true when the caller may go on. */
    boolean confirmDiscard() {
        if (!model.isDirty()) {
            return true;
        }
        if (waitingForSave) {
            return false;
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
        pendingOpen = null;
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

    /**
     * Opens a file without asking (the caller has asked); errors name the file and every problem found. Of two
     * opens asked one after the other, the later is shown, and New after an Open keeps the new document.
     */
    Task<Projection> open(Path file) {
        ProjectionLoader loader = new ProjectionLoader(file);
        pendingOpen = loader;
        return work.run(messages.get("work.opening", file.getFileName()), loader, opened -> {
            if (pendingOpen == loader) {
                pendingOpen = null;
                model.open(opened, file);
                prefs.addRecent(file);
            }
        }, failure -> alerts.error(messages.get("error.open.title"),
                messages.get("error.open.header", file.getFileName()),
                work.problem(failure) + "\n\n" + messages.get("error.open.more")));
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
        chooser.setInitialFileName(Optional.ofNullable(current).map(Path::getFileName).map(Path::toString)
                .orElse("projection.json"));
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen != null) {
            Path target = chosen.getName().contains(".") ? chosen.toPath()
                    : chosen.toPath().resolveSibling(chosen.getName() + ".json");
            saveTo(target);
        }
    }

    /**
     * Writes in the background, after whatever file work was asked before; the edits made meanwhile stay marked
     * unsaved, and if another document is open by the time it is written, that one is left as it is.
     */
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
        return work.run(messages.get("work.saving", file.getFileName()), task, done -> {
            model.saved(document, file, revision);
            prefs.addRecent(file);
        }, failure -> alerts.error(messages.get("error.save.title"), messages.get("error.save.header", file),
                work.problem(failure) + "\n\n" + messages.get("error.save.kept")));
    }

    /**
     * Saves for the unsaved-changes question, which must know the outcome before going on: through the same
     * queue as every other write (never on the FX thread ahead of a save still waiting), waiting for it with the
     * window still drawing.
     */
    private boolean saveNow() {
        Path file = model.fileProperty().get();
        if (file == null) {
            File chosen = chooser(messages.get("dialog.saveAs.title")).showSaveDialog(window.get());
            if (chosen == null) {
                return false;
            }
            file = chosen.toPath();
        }
        waitingForSave = true;
        try {
            return BackgroundWork.await(saveTo(file)) && !model.isDirty();
        } finally {
            waitingForSave = false;
        }
    }

    /** Offers back, in a bar over the window, the work a session that did not end cleanly left. */
    Task<Optional<RecoveryFile.Recovered>> offerRecovery() {
        return recovery.offer();
    }

    RecoveryCopy recovery() {
        return recovery;
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
        recovery.exited();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.filter.json"),
                "*.json"));
        Path current = model.fileProperty().get();
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
