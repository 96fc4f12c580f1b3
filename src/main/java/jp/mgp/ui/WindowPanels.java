package jp.mgp.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * The window's three panels (the series list, the assumptions editor, the year table), each loaded from its FXML
 * with its controller into the place the window's skeleton (MainWindow.fxml) keeps for it. Loading and first
 * styling them is most of a start's work after the first chart; at start-up they come together in the frame after
 * the chart's ({@link MainWindow#showChartFirst}): one frame a panel cost a layout pass and a wait for the renderer
 * each, and the chart, already in its final place, does not move either way.
 */
final class WindowPanels {

    private final MainWindowController window;
    private final Messages messages;
    private final ProjectionViewModel model;
    private final Supplier<Window> owner;

    WindowPanels(MainWindowController window, Messages messages, ProjectionViewModel model, Supplier<Window> owner) {
        this.window = window;
        this.messages = messages;
        this.model = model;
        this.owner = owner;
    }

    /** Loads all three now. */
    void loadAll() {
        loaders().forEach(Runnable::run);
    }

    /** In the order the eye takes them in: the series, the selected series' assumptions, the table. */
    private List<Runnable> loaders() {
        return List.of(
                () -> window.showSeriesPanel(load("SeriesPanel.fxml",
                        new SeriesPanelController(messages, model, new Alerts(messages, owner)))),
                () -> window.showEditor(load("AssumptionEditor.fxml", new AssumptionEditorController(messages, model))),
                () -> {
                    YearTableController table = new YearTableController(messages, model);
                    window.showYearTable(load("YearTable.fxml", table), table);
                });
    }

    private static Parent load(String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(WindowPanels.class.getResource(fxml));
        loader.setControllerFactory(type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            throw new IllegalArgumentException("no controller of type " + type.getName() + " in " + fxml);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the window's panel " + fxml + " cannot be loaded", e);
        }
    }
}
