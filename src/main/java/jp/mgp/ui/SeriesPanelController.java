package jp.mgp.ui;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import jp.mgp.edit.StructureEdits;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;

/**
 * The series of the file: each with its visibility, colour, name, unit, last value and provenance badge; add,
 * duplicate, remove and reorder them, or make a derived one. Selecting a series opens its assumptions.
 */
public final class SeriesPanelController {

    @FXML private Label heading;
    @FXML private ListView<String> seriesList;
    @FXML private Button addButton;
    @FXML private Button derivedButton;
    @FXML private Button duplicateButton;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Alerts alerts;

    public SeriesPanelController(Messages messages, ProjectionViewModel model, Alerts alerts) {
        this.messages = messages;
        this.model = model;
        this.alerts = alerts;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(messages.text("series.heading"));
        addButton.textProperty().bind(messages.text("series.add"));
        derivedButton.textProperty().bind(messages.text("series.derived"));
        duplicateButton.textProperty().bind(messages.text("series.duplicate"));
        removeButton.textProperty().bind(messages.text("series.remove"));
        upButton.setTooltip(new javafx.scene.control.Tooltip());
        upButton.getTooltip().textProperty().bind(messages.text("series.up"));
        downButton.setTooltip(new javafx.scene.control.Tooltip());
        downButton.getTooltip().textProperty().bind(messages.text("series.down"));
        seriesList.setCellFactory(list -> new SeriesCell(messages, model));
        model.resultProperty().addListener((obs, old, now) -> refresh());
        messages.localeProperty().addListener((obs, old, now) -> seriesList.refresh());
        seriesList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedSeriesProperty().set(now);
            }
        });
        model.selectedSeriesProperty().addListener((obs, old, now) -> seriesList.getSelectionModel().select(now));
        var none = model.selectedSeriesProperty().isNull();
        duplicateButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        addButton.disableProperty().bind(model.projectionProperty().isNull());
        // Beside Add, built here so the shared layout file stays as it is.
        Button editButton = new Button();
        editButton.setId("editSeriesButton");
        editButton.textProperty().bind(messages.text("series.edit"));
        editButton.disableProperty().bind(none);
        editButton.setOnAction(e -> editSelected());
        if (addButton.getParent() instanceof javafx.scene.layout.Pane row) {
            row.getChildren().add(row.getChildren().indexOf(addButton) + 1, editButton);
        }
        seriesList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelected();
            }
        });
        derivedButton.disableProperty().bind(model.projectionProperty().isNull());
        refresh();
    }

    private void refresh() {
        Projection p = model.projection();
        String selected = model.selectedSeriesProperty().get();
        var ids = p == null ? java.util.List.<String>of() : p.series().stream().map(Series::id).toList();
        if (!ids.equals(seriesList.getItems())) {
            seriesList.setItems(FXCollections.observableArrayList(ids));
        } else {
            CellRedraw.redraw(seriesList, SeriesCell.STYLE, SeriesCell.class);
        }
        seriesList.getSelectionModel().select(selected);
    }

    private String selected() {
        return model.selectedSeriesProperty().get();
    }

    /** A new series of the user's own, named, measured and coloured in the series dialog. */
    @FXML
    private void add() {
        String id = SeriesDialog.show(messages, model, null, seriesList.getScene().getWindow());
        if (id != null) {
            model.selectedSeriesProperty().set(id);
        }
    }

    /** Renames the selected series, or changes its note, unit, colour or charts. */
    private void editSelected() {
        if (selected() != null) {
            SeriesDialog.show(messages, model, selected(), seriesList.getScene().getWindow());
        }
    }

    @FXML
    private void addDerived() {
        DerivedSeriesDialog.show(messages, model, seriesList.getScene().getWindow());
    }

    @FXML
    private void duplicate() {
        LocalizedText suffix = messages.both("series.copySuffix");
        alerts.attempt(messages.get("edit.duplicate"), () -> model.edit(messages.get("edit.duplicate"),
                p -> StructureEdits.duplicate(p, selected(), suffix)));
    }

    @FXML
    private void remove() {
        String id = selected();
        alerts.attempt(messages.get("edit.remove"), () -> model.edit(messages.get("edit.remove"),
                p -> StructureEdits.remove(p, id)));
    }

    @FXML
    private void moveUp() {
        String id = selected();
        model.edit(messages.get("edit.move"), p -> StructureEdits.move(p, id, -1));
    }

    @FXML
    private void moveDown() {
        String id = selected();
        model.edit(messages.get("edit.move"), p -> StructureEdits.move(p, id, 1));
    }

}
