package jp.mgp.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;

import org.controlsfx.control.StatusBar;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.edit.StructureEdits;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;

/**
 * The main window: menus, the scenario bar, and the regions (series, assumptions, charts, year table), each with
 * its own controller. Commands are delegated to the view-model and to the document and export actions.
 */
public final class MainWindowController {

    private static final String SPLIT_MAIN = "split.main";
    private static final String SPLIT_LEFT = "split.left";
    private static final String SPLIT_RIGHT = "split.right";

    @FXML private Menu fileMenu;
    @FXML private MenuItem newItem;
    @FXML private MenuItem openItem;
    @FXML private Menu recentMenu;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem revertItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem updateDeckItem;
    @FXML private MenuItem quitItem;
    @FXML private Menu editMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem copyTableItem;
    @FXML private Menu scenarioMenu;
    @FXML private MenuItem addScenarioItem;
    @FXML private CheckMenuItem compareItem;
    @FXML private Menu chartMenu;
    @FXML private MenuItem newChartItem;
    @FXML private MenuItem editChartItem;
    @FXML private MenuItem removeChartItem;
    @FXML private Menu toolsMenu;
    @FXML private MenuItem solverItem;
    @FXML private Menu viewMenu;
    @FXML private Menu helpMenu;
    @FXML private MenuItem aboutItem;
    @FXML private RadioMenuItem japaneseItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private Label scenarioLabel;
    @FXML private ComboBox<String> scenarioBox;
    @FXML private ToggleButton compareToggle;
    @FXML private Button solverButton;
    @FXML private SplitPane mainSplit;
    @FXML private SplitPane leftSplit;
    @FXML private SplitPane rightSplit;
    @FXML private TabPane chartTabs;
    @FXML private Label fileLabel;
    @FXML private StatusBar statusBar;
    @FXML private Label statusLabel;
    @FXML private Label warningLabel;
    @FXML private javafx.scene.layout.StackPane seriesPanelPlace;
    @FXML private javafx.scene.layout.StackPane editorPlace;
    @FXML private javafx.scene.layout.StackPane yearTablePlace;
    /** Null until the year table is loaded into the window (WindowPanels). */
    private YearTableController yearTableController;

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Executor background;
    private final UserPrefs prefs;
    private final RecoveryFile recovery;

    private ChartTabs tabs;
    private ExportActions exports;
    private DocumentActions documents;
    private BackgroundWork work;
    private FanView fans;
    private DataActions data;

    public MainWindowController(Messages messages, ProjectionViewModel model, Executor background, UserPrefs prefs,
                                RecoveryFile recovery) {
        this.messages = messages;
        this.model = model;
        this.background = background;
        this.prefs = prefs;
        this.recovery = recovery;
    }

    @FXML
    private void initialize() {
        Map<Object, String> keys = Map.ofEntries(Map.entry(fileMenu, "menu.file"), Map.entry(newItem, "menu.file.new"),
                Map.entry(openItem, "menu.file.open"), Map.entry(recentMenu, "menu.file.recent"),
                Map.entry(saveItem, "menu.file.save"), Map.entry(saveAsItem, "menu.file.saveAs"),
                Map.entry(revertItem, "menu.file.revert"), Map.entry(exportItem, "menu.file.export"),
                Map.entry(updateDeckItem, "menu.file.updateDeck"),
                Map.entry(quitItem, "menu.file.quit"), Map.entry(editMenu, "menu.edit"),
                Map.entry(copyTableItem, "menu.edit.copyTable"), Map.entry(scenarioMenu, "menu.scenario"),
                Map.entry(addScenarioItem, "menu.scenario.add"), Map.entry(compareItem, "menu.scenario.compare"),
                Map.entry(chartMenu, "menu.chart"), Map.entry(newChartItem, "menu.chart.new"),
                Map.entry(editChartItem, "menu.chart.edit"), Map.entry(removeChartItem, "menu.chart.remove"),
                Map.entry(toolsMenu, "menu.tools"), Map.entry(solverItem, "menu.tools.solvers"),
                Map.entry(viewMenu, "menu.view"), Map.entry(helpMenu, "menu.help"),
                Map.entry(aboutItem, "menu.help.about"), Map.entry(scenarioLabel, "scenario.label"),
                Map.entry(compareToggle, "scenario.compare"), Map.entry(solverButton, "menu.tools.solvers"));
        keys.forEach((node, key) -> {
            if (node instanceof MenuItem item) {
                item.textProperty().bind(messages.text(key));
            } else {
                ((Labeled) node).textProperty().bind(messages.text(key));
            }
        });
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> messages.get("menu.edit.undo",
                model.undoLabelProperty().get()), model.undoLabelProperty(), messages.localeProperty()));
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> messages.get("menu.edit.redo",
                model.redoLabelProperty().get()), model.redoLabelProperty(), messages.localeProperty()));
        undoItem.disableProperty().bind(model.canUndoProperty().not());
        redoItem.disableProperty().bind(model.canRedoProperty().not());
        revertItem.disableProperty().bind(model.dirtyProperty().not().or(model.fileProperty().isNull()));
        var noProjection = model.projectionProperty().isNull();
        for (MenuItem item : new MenuItem[] {saveItem, saveAsItem, exportItem, updateDeckItem, addScenarioItem, copyTableItem,
                newChartItem, editChartItem, removeChartItem, compareItem}) {
            item.disableProperty().bind(noProjection);
        }
        compareToggle.disableProperty().bind(noProjection);
        solverItem.disableProperty().bind(model.selectedSeriesProperty().isNull());
        solverButton.disableProperty().bind(model.selectedSeriesProperty().isNull());
        compareItem.selectedProperty().bindBidirectional(model.compareProperty());
        compareToggle.selectedProperty().bindBidirectional(model.compareProperty());
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? messages.get("status.noFile") : messages.get("status.file", model.fileProperty().get()),
                model.fileProperty(), messages.localeProperty()));
        japaneseItem.setSelected(messages.locale().equals(Messages.JAPANESE));
        englishItem.setSelected(!japaneseItem.isSelected());

        Alerts alerts = new Alerts(messages, this::window);
        work = new BackgroundWork(background, model::document, messages);
        exports = new ExportActions(messages, model, work, this::window, alerts);
        documents = new DocumentActions(messages, model, work, this::window, alerts, prefs, recovery, mainSplit);
        statusLabel.textProperty().bind(exports.statusProperty());
        ProjectionWarnings.show(warningLabel, messages, model);
        tabs = new ChartTabs(chartTabs, messages, model, spec -> exports.exportInteractively(spec, true),
                exports::copyToClipboard);
        fans = new FanView(messages, model, tabs);
        exports.fansFrom(fans.shownProperty()::get);
        FanMenus.addTo(fans, viewMenu, toolsMenu, messages, model, this::window);
        // File work first; while none runs, the fans' background refinement.
        statusBar.textProperty().bind(Bindings.when(work.busy()).then(work.doing()).otherwise(fans.doingProperty()));
        statusBar.progressProperty().bind(Bindings.when(work.busy()).then(work.progress())
                .otherwise(fans.progressProperty()));
        new ScenarioSelector(scenarioBox, messages, model);
        new ScenarioActions(messages, model, alerts, this::window).addTo(scenarioMenu);
        data = new DataActions(messages, model, alerts, this::window, work);
        data.install(fileMenu, editMenu, toolsMenu);
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        restoreSplits();
        messages.localeProperty().addListener((obs, old, now) -> prefs.setLanguage(now));
    }

    private void fillRecent() {
        recentMenu.getItems().setAll(prefs.recentFiles().stream().map(f -> {
            MenuItem item = new MenuItem(f.getFileName() + "  \u2014  " + f.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> documents.openAsked(f));
            return item;
        }).toList());
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem();
            none.textProperty().bind(messages.text("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    /** Where the panels meet the charts, as a fraction of the window's width. */
    static double mainSplit(UserPrefs prefs) {
        return prefs.get(SPLIT_MAIN, 0.27);
    }

    /** Where the charts meet the year table, as a fraction of the height between the bars. */
    static double rightSplit(UserPrefs prefs) {
        return prefs.get(SPLIT_RIGHT, 0.7);
    }

    private void restoreSplits() {
        mainSplit.setDividerPositions(mainSplit(prefs));
        leftSplit.setDividerPositions(prefs.get(SPLIT_LEFT, 0.38));
        rightSplit.setDividerPositions(rightSplit(prefs));
    }

    /** Remembers the split positions and the language for the next start. */
    void rememberLayout() {
        prefs.put(SPLIT_MAIN, mainSplit.getDividerPositions()[0]);
        prefs.put(SPLIT_LEFT, leftSplit.getDividerPositions()[0]);
        prefs.put(SPLIT_RIGHT, rightSplit.getDividerPositions()[0]);
        prefs.setLanguage(messages.locale());
    }

    /**
     * Looks in the background for unsaved work a crashed session left and offers it back in a bar over the
     * window, which goes on working meanwhile (see {@link RecoveryCopy}).
     */
    public void offerRecovery() {
        documents.offerRecovery();
    }

    /** Opens {@code file} off the FX thread; on failure the window keeps what it showed and says why. */
    public void open(Path file) {
        documents.open(file);
    }

    private Window window() {
        return chartTabs.getScene() == null ? null : chartTabs.getScene().getWindow();
    }

    @FXML
    private void newDocument() {
        documents.newDocument();
    }

    @FXML
    private void open() {
        documents.openChosen();
    }

    @FXML
    private void save() {
        documents.save();
    }

    @FXML
    private void saveAs() {
        documents.saveAs();
    }

    @FXML
    private void revert() {
        documents.revert();
    }

    @FXML
    private void export() {
        exports.exportInteractively(tabs.selectedSpec(), false);
    }

    @FXML
    private void updateDeck() {
        exports.updateDeckInteractively();
    }

    @FXML
    private void quit() {
        Window w = window();
        if (w != null && documents.confirmDiscard()) {
            closeCleanly();
            w.hide();
        }
    }

    /** The end of a session that loses nothing: layout remembered, recovery copy removed. */
    void closeCleanly() {
        rememberLayout();
        prefs.flush();
        documents.exited();
    }

    @FXML
    void undo() {
        model.undo();
    }

    @FXML
    void redo() {
        model.redo();
    }

    @FXML
    private void copyTable() {
        if (yearTableController != null) {
            yearTableController.copy();
        }
    }

    /** Puts the panels into their places in the skeleton (WindowPanels); the series list takes dropped figures. */
    void showSeriesPanel(javafx.scene.Parent panel) {
        seriesPanelPlace.getChildren().setAll(panel);
        data.acceptDrops(panel);
    }

    void showEditor(javafx.scene.Parent editor) {
        editorPlace.getChildren().setAll(editor);
    }

    void showYearTable(javafx.scene.Parent table, YearTableController tableController) {
        yearTablePlace.getChildren().setAll(table);
        yearTableController = tableController;
    }

    @FXML
    private void addScenario() {
        Projection p = model.projection();
        String current = model.scenarioProperty().get();
        TextInputDialog ask = new TextInputDialog(messages.get("scenario.new.default"));
        ask.initOwner(window());
        ask.setTitle(messages.get("menu.scenario.add"));
        ask.setHeaderText(messages.get("scenario.new.header", p.scenario(current).map(s -> s.name()
                .get(messages.locale())).orElse("")));
        ask.showAndWait().map(String::trim).filter(s -> !s.isEmpty()).ifPresent(name -> {
            String id = StructureEdits.idFromName(p, name, "scenario");
            model.edit(messages.get("edit.addScenario"), q -> ProjectionEdits.addScenario(q, current, id,
                    LocalizedText.of(name)));
            model.scenarioProperty().set(id);
        });
    }

    @FXML
    private void newChart() {
        ChartDialog.show(messages, model, null, window());
    }

    @FXML
    void editChart() {
        if (tabs.selectedSpec() != null) {
            ChartDialog.show(messages, model, tabs.selectedSpec(), window());
        }
    }

    @FXML
    private void removeChart() {
        var spec = tabs.selectedSpec();
        if (spec != null) {
            model.edit(messages.get("edit.removeChart"), p -> StructureEdits.removeChart(p, spec.id()));
        }
    }

    @FXML
    private void solvers() {
        SolverDialog.show(messages, model, window());
    }

    @FXML
    private void about() {
        AboutBox.show(messages, window());
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

    DocumentActions documents() {
        return documents;
    }

    FanView fans() {
        return fans;
    }

    BackgroundWork work() {
        return work;
    }

    YearTableController yearTable() {
        return yearTableController;
    }
}
