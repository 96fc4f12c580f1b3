package jp.mgp.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/** The main window: menus, the scenario bar, the chart tabs and the status line. Work is delegated. */
public final class MainWindowController {

    @FXML private Menu fileMenu;
    @FXML private MenuItem openItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem quitItem;
    @FXML private Menu viewMenu;
    @FXML private RadioMenuItem japaneseItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private Label scenarioLabel;
    @FXML private ComboBox<String> scenarioBox;
    @FXML private ProgressIndicator busy;
    @FXML private TabPane chartTabs;
    @FXML private Label fileLabel;
    @FXML private Label statusLabel;

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Executor background;
    private ChartTabs tabs;
    private ExportActions exports;

    public MainWindowController(Messages messages, ProjectionViewModel model, Executor background) {
        this.messages = messages;
        this.model = model;
        this.background = background;
    }

    @FXML
    private void initialize() {
        fileMenu.textProperty().bind(messages.text("menu.file"));
        openItem.textProperty().bind(messages.text("menu.file.open"));
        exportItem.textProperty().bind(messages.text("menu.file.export"));
        quitItem.textProperty().bind(messages.text("menu.file.quit"));
        viewMenu.textProperty().bind(messages.text("menu.view"));
        scenarioLabel.textProperty().bind(messages.text("scenario.label"));
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? messages.get("status.noFile") : messages.get("status.file", model.fileProperty().get()),
                model.fileProperty(), messages.localeProperty()));
        japaneseItem.setSelected(messages.locale().equals(Messages.JAPANESE));
        englishItem.setSelected(!japaneseItem.isSelected());

        exports = new ExportActions(messages, model, background, busy, this::window);
        statusLabel.textProperty().bind(exports.statusProperty());
        exportItem.disableProperty().bind(model.projectionProperty().isNull());
        tabs = new ChartTabs(chartTabs, messages, spec -> exports.exportInteractively(spec, true),
                exports::copyToClipboard);
        model.resultProperty().addListener((obs, old, now) -> tabs.show(now, messages.locale()));
        messages.localeProperty().addListener((obs, old, now) -> {
            tabs.show(model.result(), now);
            scenarioBox.setConverter(scenarioNames());
            refreshScenarios(model.projectionProperty().get());
        });
        scenarioBox.setConverter(scenarioNames());
        model.projectionProperty().addListener((obs, old, now) -> refreshScenarios(now));
        scenarioBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.scenarioProperty().set(now);
            }
        });
    }

    private void refreshScenarios(Projection p) {
        String current = model.scenarioProperty().get();
        scenarioBox.setItems(p == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(p.scenarios().stream().map(Scenario::id).toList()));
        scenarioBox.setValue(current);
        scenarioBox.setDisable(p == null || p.scenarios().isEmpty());
    }

    private StringConverter<String> scenarioNames() {
        Locale locale = messages.locale();
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                Projection p = model.projectionProperty().get();
                return id == null || p == null ? "" : p.scenario(id).map(s -> s.name().get(locale)).orElse(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    /** Opens {@code file} off the FX thread; on failure the window keeps what it showed and says why. */
    public void open(Path file) {
        ProjectionLoader loader = new ProjectionLoader(file);
        busy.visibleProperty().bind(loader.runningProperty());
        loader.setOnSucceeded(e -> model.open(loader.getValue(), file));
        loader.setOnFailed(e -> showError(file, loader.getException()));
        background.execute(loader);
    }

    private void showError(Path file, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle(messages.get("error.open.title"));
        alert.setHeaderText(messages.get("error.open.header", file.getFileName()));
        TextArea details = new TextArea(error.getMessage() + "\n\n" + messages.get("error.open.more"));
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setContent(details);
        alert.show();
    }

    private Window window() {
        return chartTabs.getScene() == null ? null : chartTabs.getScene().getWindow();
    }

    @FXML
    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.filter.json"),
                "*.json"));
        Path current = model.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    @FXML
    private void export() {
        exports.exportInteractively(tabs.selectedSpec(), false);
    }

    @FXML
    private void quit() {
        Window w = window();
        if (w != null) {
            w.hide();
        }
    }

    @FXML
    private void useJapanese() {
        messages.localeProperty().set(Messages.JAPANESE);
    }

    @FXML
    private void useEnglish() {
        messages.localeProperty().set(Messages.ENGLISH);
    }

    ChartTabs chartTabs() {
        return tabs;
    }

    ExportActions exports() {
        return exports;
    }
}
