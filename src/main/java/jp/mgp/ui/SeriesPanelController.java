package jp.mgp.ui;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import jp.mgp.edit.StructureEdits;
import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
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
        derivedButton.disableProperty().bind(model.projectionProperty().isNull());
        refresh();
    }

    private void refresh() {
        Projection p = model.projection();
        String selected = model.selectedSeriesProperty().get();
        var ids = p == null ? java.util.List.<String>of() : p.series().stream().map(Series::id).toList();
        if (!ids.equals(seriesList.getItems())) {
            seriesList.setItems(FXCollections.observableArrayList(ids));
        }
        seriesList.refresh();
        seriesList.getSelectionModel().select(selected);
    }

    private String selected() {
        return model.selectedSeriesProperty().get();
    }

    /** A new series of the user's own: one assumed start value growing 10 %/yr, on the first chart. */
    @FXML
    private void add() {
        Projection p = model.projection();
        String id = StructureEdits.freeId(p, "series");
        LocalizedText why = messages.both("series.new.why");
        jp.mgp.model.Unit unit = p.charts().isEmpty() ? jp.mgp.model.Unit.JPY_TRILLION : p.charts().get(0).unit();
        Series s = new Series(id, messages.both("series.new.name"), unit, "",
                java.util.List.of(Anchor.assumption(p.firstYear(), 1.0)),
                java.util.List.of(new Segment.Compound(p.firstYear(), p.lastYear(), 0.10, Basis.assumption(why))),
                null);
        String chart = p.charts().isEmpty() ? null : p.charts().get(0).id();
        alerts.attempt(messages.get("edit.addSeries"), () -> model.edit(messages.get("edit.addSeries"),
                q -> StructureEdits.add(q, s, chart)));
        model.selectedSeriesProperty().set(id);
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
