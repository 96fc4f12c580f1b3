package jp.mgp.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

/**
 * Builds the main window on a stage: the skeleton of MainWindow.fxml with its controller, the three panels loaded
 * into it ({@link WindowPanels}), the stylesheet, the title with the unsaved marker, the remembered size, dropping a
 * file to open it, and the question before closing. At start-up the skeleton is shown first, then the first chart in
 * it, then the panels ({@link #showChartFirst}).
 */
public final class MainWindow {

    private final MainWindowController controller;
    private final Scene scene;
    private final WindowPanels panels;

    private MainWindow(MainWindowController controller, Scene scene, WindowPanels panels) {
        this.controller = controller;
        this.scene = scene;
        this.panels = panels;
    }

    /** Builds the whole window and shows it (the file is opened by the caller). */
    public static MainWindow show(Stage stage, Messages messages, ProjectionViewModel model, Executor background,
                                  UserPrefs prefs, RecoveryFile recovery) {
        Scene scene = scene(stage, new Pane(), prefs);
        MainWindow window = skeleton(stage, scene, messages, model, background, prefs, recovery);
        window.panels.loadAll();
        titleFollowsDocument(stage, messages, model);
        stage.show();
        return window;
    }

    /**
     * Starts the window in steps, so the chart comes first: loads the window's skeleton (menus, bars, split panes,
     * the chart tabs; MainWindow.fxml), titled {@code title}, and shows it; when {@code charts} completes, opens the
     * prepared projection, whose first chart the tabs show in its final place (then runs {@code onChart}); after
     * that frame loads the panels (series, assumptions, year table) into the skeleton, all three for the next frame
     * (one a frame, as before, cost each a layout pass and a wait for the renderer). Charts made by the time the
     * skeleton is loaded are shown with it, in one frame instead of two. When {@code charts} completes with null or
     * fails, the panels are loaded at once with nothing opened. {@code then} gets the window when everything it
     * shows is built and wired: ready for input.
     */
    public static void showChartFirst(Stage stage, Messages messages, ProjectionViewModel model, Executor background,
                                      UserPrefs prefs, RecoveryFile recovery, String title,
                                      CompletionStage<PreparedCharts> charts, Runnable onChart,
                                      Consumer<MainWindow> then) {
        Scene scene = scene(stage, new Pane(), prefs);
        MainWindow window = skeleton(stage, scene, messages, model, background, prefs, recovery);
        stage.titleProperty().unbind();
        stage.setTitle(title);
        CompletableFuture<PreparedCharts> made = charts.toCompletableFuture().exceptionally(e -> null);
        Consumer<PreparedCharts> fill = prepared -> {
            titleFollowsDocument(stage, messages, model);
            if (prepared == null) {
                window.panels.loadAll();
                stage.show();
                then.accept(window);
                return;
            }
            window.controller.chartTabs().prepare(prepared);
            model.open(prepared.projection(), prepared.file());
            stage.show();
            onChart.run();
            afterNextPulse(scene, () -> {
                window.panels.loadAll();
                then.accept(window);
            });
        };
        if (made.isDone()) {
            fill.accept(made.join());
        } else {
            stage.show();
            made.thenAccept(prepared -> Platform.runLater(() -> fill.accept(prepared)));
        }
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

    /** The window's skeleton (MainWindow.fxml) with its controller, in {@code scene}; the panels not yet loaded. */
    private static MainWindow skeleton(Stage stage, Scene scene, Messages messages, ProjectionViewModel model,
                                       Executor background, UserPrefs prefs, RecoveryFile recovery) {
        MainWindowController controller = new MainWindowController(messages, model, background, prefs, recovery);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainWindowController.class) {
                return controller;
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
        stage.setOnCloseRequest(e -> {
            if (controller.documents().confirmDiscard()) {
                prefs.put("window.width", scene.getWidth());
                prefs.put("window.height", scene.getHeight());
                controller.closeCleanly();
            } else {
                e.consume();
            }
        });
        return new MainWindow(controller, scene, new WindowPanels(controller, messages, model, () -> stage));
    }

    /** From now on the title names the document and marks unsaved changes. */
    private static void titleFollowsDocument(Stage stage, Messages messages, ProjectionViewModel model) {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String name = model.fileName().getValue();
            String shown = name.isEmpty() ? messages.get("status.untitled") : name;
            return messages.get("app.titleWithFile", shown, model.isDirty() ? " \u25cf" : "");
        }, model.fileProperty(), model.dirtyProperty(), messages.localeProperty()));
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
