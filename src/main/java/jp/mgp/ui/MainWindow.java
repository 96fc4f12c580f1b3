package jp.mgp.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;

/** Builds the main window on a stage: FXML, stylesheet, title and size. */
public final class MainWindow {

    private final MainWindowController controller;

    private MainWindow(MainWindowController controller) {
        this.controller = controller;
    }

    public static MainWindow show(Stage stage, Messages messages, ProjectionViewModel model, Executor background) {
        MainWindowController controller = new MainWindowController(messages, model, background);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setController(controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout (MainWindow.fxml) cannot be loaded", e);
        }
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("mgp.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? messages.get("app.title") : messages.get("app.titleWithFile", model.fileName().getValue()),
                model.fileProperty(), messages.localeProperty()));
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
