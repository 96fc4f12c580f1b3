package jp.mgp.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
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
    private final Scene scene;

    private MainWindow(MainWindowController controller, Scene scene) {
        this.controller = controller;
        this.scene = scene;
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
     * Starts the window in steps, so the chart comes first: shows the window at once, empty but for the chart
     * area's place; puts the first prepared chart there as soon as {@code charts} completes (then runs
     * {@code onChart}); right after that frame builds the rest of the window around the same chart view (menus,
     * panels, table: most of the start-up time) and opens the prepared projection. When {@code charts} completes
     * with null or fails, the whole window is built at once with nothing opened. {@code then} gets the whole
     * window.
     */
    public static void showChartFirst(Stage stage, Messages messages, ProjectionViewModel model, Executor background,
                                      UserPrefs prefs, RecoveryFile recovery, String title,
                                      CompletionStage<PreparedCharts> charts, Runnable onChart,
                                      Consumer<MainWindow> then) {
        ChartViewer first = new ChartViewer(null, false);
        FirstFrame frame = new FirstFrame(first, MainWindowController.mainSplit(prefs),
                MainWindowController.rightSplit(prefs));
        Scene scene = scene(stage, frame, prefs);
        stage.titleProperty().unbind();
        stage.setTitle(title);
        stage.show();
        charts.whenComplete((prepared, failure) -> Platform.runLater(() -> {
            if (prepared == null) {
                then.accept(build(stage, scene, messages, model, background, prefs, recovery));
                return;
            }
            first.setChart(prepared.charts().get(0));
            frame.title(prepared.result().effective().charts().get(0).title().get(prepared.locale()));
            onChart.run();
            afterNextPulse(scene, () -> {
                MainWindow window = build(stage, scene, messages, model, background, prefs, recovery);
                window.controller.chartTabs().prepare(new ChartTabs.Prepared(prepared, first));
                model.open(prepared.projection(), prepared.file());
                then.accept(window);
            });
        }));
    }

    /** Runs {@code then} once, inside the next frame of {@code scene}, as soon as it has been laid out. */
    public static void onNextLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Runs {@code then} once the next frame of {@code scene} has been laid out and handed to the renderer. */
    public static void afterNextPulse(Scene scene, Runnable then) {
        onNextLayout(scene, () -> Platform.runLater(then));
    }

    private static Scene scene(Stage stage, Parent root, UserPrefs prefs) {
        // The size the user left it at, but never larger than the screen it opens on (a window kept from a large
        // monitor would otherwise open with its edges out of reach on a 1024x768 laptop).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(prefs.get("window.width", 1400), screen.getWidth()),
                Math.min(prefs.get("window.height", 880), screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("mgp.css").toExternalForm());
        stage.setScene(scene);
        // A stage shown before (a second document's window, or a test's reused stage) keeps its old size otherwise.
        stage.sizeToScene();
        // The smallest window that still holds a chart's plot beside the editor (MainWindow.fxml gives the chart
        // tabs their minimum; LayoutFxTest measures the plot there).
        stage.setMinWidth(960);
        stage.setMinHeight(640);
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
        return new MainWindow(controller, scene);
    }

    public MainWindowController controller() {
        return controller;
    }

    public Scene scene() {
        return scene;
    }

    /** The charts now on screen, in tab order. */
    public List<JFreeChart> charts() {
        return controller.chartTabs().charts();
    }
}
