package jp.mgp.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;

/**
 * Builds the main window on a stage: the FXML regions with their controllers, the stylesheet, the title with
 * the unsaved marker, the remembered size, dropping a file to open it, and the question before closing.
 */
public final class MainWindow {

    private final MainWindowController controller;

    private MainWindow(MainWindowController controller) {
        this.controller = controller;
    }

    public static MainWindow show(Stage stage, Messages messages, ProjectionViewModel model, Executor background,
                                  UserPrefs prefs, RecoveryFile recovery) {
        MainWindowController controller = new MainWindowController(messages, model, background, prefs, recovery);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainWindowController.class) {
                return controller;
            }
            if (type == SeriesPanelController.class) {
                return new SeriesPanelController(messages, model, new Alerts(messages, () -> stage));
            }
            if (type == AssumptionEditorController.class) {
                return new AssumptionEditorController(messages, model);
            }
            if (type == YearTableController.class) {
                return new YearTableController(messages, model);
            }
            throw new IllegalArgumentException("no controller of type " + type.getName());
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout (MainWindow.fxml) cannot be loaded", e);
        }
        Scene scene = new Scene(root, prefs.get("window.width", 1400), prefs.get("window.height", 880));
        scene.getStylesheets().add(MainWindow.class.getResource("mgp.css").toExternalForm());
        // Undo and redo are the document's, even while a text field has the focus (a spinner just typed into
        // would otherwise take Ctrl+Z as its own text undo); redo answers to both common shortcuts.
        KeyCombination undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        KeyCombination redoY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        KeyCombination redoZ = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undo.match(e)) {
                controller.undo();
                e.consume();
            } else if (redoY.match(e) || redoZ.match(e)) {
                controller.redo();
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(controller.documents().openDropped(files));
            e.consume();
        });
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String name = model.fileName().getValue();
            String shown = name.isEmpty() ? messages.get("status.untitled") : name;
            return messages.get("app.titleWithFile", shown, model.isDirty() ? " \u25cf" : "");
        }, model.fileProperty(), model.dirtyProperty(), messages.localeProperty()));
        stage.setOnCloseRequest(e -> {
            if (controller.documents().confirmDiscard()) {
                prefs.put("window.width", scene.getWidth());
                prefs.put("window.height", scene.getHeight());
                controller.closeCleanly();
            } else {
                e.consume();
            }
        });
        stage.show();
        return new MainWindow(controller);
    }

    public MainWindowController controller() {
        return controller;
    }

    /** The charts now on screen, in tab order. */
    public List<JFreeChart> charts() {
        return controller.chartTabs().charts();
    }
}
