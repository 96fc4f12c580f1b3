package jp.mgp.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Builds the main window on a stage: the FXML regions with their controllers, the stylesheet, the title with
 * the unsaved marker, the remembered size, dropping a file to open it, and the question before closing. At
 * start-up the first chart can be shown before the rest is built ({@link #showChartFirst}).
 */
public final class MainWindow {

    private final MainWindowController controller;

    private MainWindow(MainWindowController controller) {
        this.controller = controller;
    }

    /** Builds the whole window and shows it (the file is opened by the caller). */
    public static MainWindow show(Stage stage, Messages messages, ProjectionViewModel model, Executor background,
                                  UserPrefs prefs, RecoveryFile recovery) {
        Scene scene = scene(stage, new Pane(), prefs);
        MainWindow window = build(stage, scene, messages, model, background, prefs, recovery);
        stage.show();
        return window;
    }

    /**
     * Shows the first prepared chart at once, alone, where the chart area will be, and builds the rest of the
     * window (menus, panels, table: most of the start-up time) right after that frame; then opens the prepared
     * projection, the same chart view moving into its tab, and hands the whole window to {@code then}.
     */
    public static void showChartFirst(Stage stage, Messages messages, ProjectionViewModel model, Executor background,
                                      UserPrefs prefs, RecoveryFile recovery, PreparedCharts prepared,
                                      Consumer<MainWindow> then) {
        ChartViewer first = new ChartViewer(prepared.charts().get(0), false);
        Scene scene = scene(stage, new FirstFrame(first, MainWindowController.mainSplit(prefs),
                MainWindowController.rightSplit(prefs)), prefs);
        stage.titleProperty().unbind();
        stage.setTitle(messages.get("app.titleWithFile", prepared.file() == null ? messages.get("status.untitled")
                : prepared.file().getFileName(), ""));
        afterNextPulse(scene, () -> {
            MainWindow window = build(stage, scene, messages, model, background, prefs, recovery);
            window.controller.chartTabs().prepare(new ChartTabs.Prepared(prepared, first));
            model.open(prepared.projection(), prepared.file());
            then.accept(window);
        });
        stage.show();
    }

    /** Runs {@code then} once the next frame of {@code scene} has been laid out and handed to the renderer. */
    public static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static Scene scene(Stage stage, Parent root, UserPrefs prefs) {
        Scene scene = new Scene(root, prefs.get("window.width", 1400), prefs.get("window.height", 880));
        scene.getStylesheets().add(MainWindow.class.getResource("mgp.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        return scene;
    }

    private static MainWindow build(Stage stage, Scene scene, Messages messages, ProjectionViewModel model,
                                    Executor background, UserPrefs prefs, RecoveryFile recovery) {
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
        try {
            scene.setRoot(loader.load());
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout (MainWindow.fxml) cannot be loaded", e);
        }
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
