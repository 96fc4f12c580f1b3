package jp.mgp.ui;

import java.util.Locale;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import jp.mgp.io.table.SeedFigures;

/**
 * Tools → Seed library: every figure of the seed documents with its citation, searchable. A figure dragged onto a
 * series in the series list (or added with the button) becomes a sourced known point of it; "New series from
 * this figure" starts a series from it. The window stays open beside the editor while the user works.
 */
final class SeedLibrary {

    /** What a dragged figure carries: its index in {@link SeedFigures#bundled()}. */
    static final DataFormat FIGURE = new DataFormat("application/x-mgp-seed-figure");

    private SeedLibrary() {
    }

    static void show(Messages messages, ProjectionViewModel model, SeedDrops drops, Window owner) {
        var all = FXCollections.observableArrayList(drops.figures());
        FilteredList<SeedFigures.Figure> shown = new FilteredList<>(all);
        TextField search = new TextField();
        search.setId("seedSearch");
        search.setPromptText(messages.get("seeds.search"));
        search.textProperty().addListener((o, a, b) -> {
            String q = b.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(f -> q.isEmpty() || text(f).toLowerCase(Locale.ROOT).contains(q));
        });
        TableView<SeedFigures.Figure> table = new TableView<>(shown);
        table.setId("seedTable");
        table.getColumns().add(column(messages.get("seeds.series"), 150, SeedFigures.Figure::series));
        table.getColumns().add(column(messages.get("seeds.year"), 60, f -> Integer.toString(f.year())));
        table.getColumns().add(column(messages.get("seeds.value"), 100, f -> f.unit().format(f.value(),
                messages.locale())));
        table.getColumns().add(column(messages.get("seeds.publisher"), 170, f -> f.source().publisher()));
        table.getColumns().add(column(messages.get("seeds.document"), 220, f -> f.source().document()));
        table.getColumns().add(column(messages.get("seeds.quote"), 160, f -> f.source().quote()));
        table.setRowFactory(t -> {
            TableRow<SeedFigures.Figure> row = new TableRow<>();
            row.setOnDragDetected(e -> {
                if (row.getItem() != null) {
                    row.startDragAndDrop(TransferMode.COPY).setContent(dragged(drops, row.getItem()));
                    e.consume();
                }
            });
            row.setTooltip(null);
            return row;
        });
        table.setPrefSize(880, 380);
        Button add = new Button(messages.get("seeds.addToSeries"));
        add.setId("seedAddToSeries");
        add.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.selectedSeriesProperty().isNull()));
        add.setOnAction(e -> drops.put(model.selectedSeriesProperty().get(),
                table.getSelectionModel().getSelectedItem()));
        Button create = new Button(messages.get("seeds.newSeries"));
        create.setId("seedNewSeries");
        create.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        create.setOnAction(e -> GrowthDialog.show(messages, model, table.getSelectionModel().getSelectedItem(),
                table.getScene().getWindow()));
        Label hint = new Label(messages.get("seeds.hint", Integer.toString(all.size())));
        hint.setWrapText(true);
        VBox box = new VBox(8, hint, search, table, new HBox(8, add, create));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.get("seeds.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("button.close"),
                ButtonType.CLOSE.getButtonData()));
        dialog.show();
    }

    /** What a figure dragged from the library carries: its index for the series list, its citation as text. */
    static ClipboardContent dragged(SeedDrops drops, SeedFigures.Figure figure) {
        ClipboardContent content = new ClipboardContent();
        content.put(FIGURE, drops.figures().indexOf(figure));
        content.putString(figure.source().citation());
        return content;
    }

    private static String text(SeedFigures.Figure f) {
        return String.join(" ", f.dataset(), f.series(), Integer.toString(f.year()), f.source().publisher(),
                f.source().document(), f.source().via(), f.source().quote(), f.note());
    }

    private static TableColumn<SeedFigures.Figure, String> column(String title, double width,
                                                                  java.util.function.Function<SeedFigures.Figure, String> f) {
        TableColumn<SeedFigures.Figure, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
