package jp.mgp.ui;

import java.io.File;
import java.io.IOException;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import jp.mgp.io.table.Grid;
import jp.mgp.io.table.TableFiles;
import jp.mgp.model.RuleViolation;

/**
 * The ways the user's own figures come in: File → Import Table…, Edit → Paste into Series (Ctrl+Shift+V),
 * Tools → Seed Library… and Tools → New Series from What You Know…, and figures dropped from the seed library on
 * the series list. The menu items are made here so that the main window's layout stays as it is.
 */
final class DataActions {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Alerts alerts;
    private final Supplier<Window> window;
    private final SeedDrops drops;
    private final BackgroundWork work;

    DataActions(Messages messages, ProjectionViewModel model, Alerts alerts, Supplier<Window> window,
                BackgroundWork work) {
        this.messages = messages;
        this.work = work;
        this.model = model;
        this.alerts = alerts;
        this.window = window;
        this.drops = new SeedDrops(messages, model, alerts);
    }

    /** Adds the items to the menus. */
    void install(Menu fileMenu, Menu editMenu, Menu toolsMenu) {
        var noProjection = model.projectionProperty().isNull();
        MenuItem importItem = item("importTable", "menu.file.import", this::importTable);
        importItem.disableProperty().bind(noProjection);
        int afterOpen = Math.min(fileMenu.getItems().size(), 3);
        fileMenu.getItems().add(afterOpen, importItem);
        MenuItem paste = item("pasteIntoSeries", "menu.edit.paste", this::pasteIntoSeries);
        paste.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+V"));
        paste.disableProperty().bind(model.selectedSeriesProperty().isNull());
        editMenu.getItems().addAll(new SeparatorMenuItem(), paste);
        MenuItem seeds = item("seedLibrary", "menu.tools.seeds", this::seedLibrary);
        MenuItem growth = item("newSeriesFromKnown", "menu.tools.newSeries", this::newSeries);
        seeds.disableProperty().bind(noProjection);
        growth.disableProperty().bind(noProjection);
        toolsMenu.getItems().addAll(new SeparatorMenuItem(), seeds, growth);
    }

    /** Makes the series list (inside {@code seriesPanel}, loaded after the menus) take dropped figures. */
    void acceptDrops(Node seriesPanel) {
        if (seriesPanel.lookup("#seriesList") instanceof ListView<?> list) {
            drops.accept(list);
        }
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(messages.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    void pasteIntoSeries() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        PasteDialog.show(messages, model, clipboard.hasString() ? clipboard.getString() : "", window.get());
    }

    void importTable() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.filter"),
                "*.csv", "*.xlsx", "*.tsv", "*.txt"));
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null) {
            importFile(chosen.toPath());
        }
    }

    /**
     * Reads {@code file} in the background (a table may be megabytes) and shows the preview; a file that cannot be
     * read at all is refused in words.
     */
    javafx.concurrent.Task<Grid> importFile(java.nio.file.Path file) {
        String name = java.util.Objects.toString(file.getFileName(), file.toString());
        javafx.concurrent.Task<Grid> reading = new javafx.concurrent.Task<>() {
            @Override
            protected Grid call() throws IOException {
                return TableFiles.read(file);
            }
        };
        return work.run(messages.get("work.reading", name), reading,
                grid -> ImportDialog.show(messages, model, file, grid, window.get()), failure -> {
                    String why = failure instanceof RuleViolation v ? v.message(messages.locale())
                            : messages.get("error.io.other", file, failure.getMessage());
                    alerts.error(messages.get("import.error.title"), messages.get("import.error.header", name), why);
                });
    }

    void seedLibrary() {
        SeedLibrary.show(messages, model, drops, window.get());
    }

    void newSeries() {
        GrowthDialog.show(messages, model, null, window.get());
    }
}
