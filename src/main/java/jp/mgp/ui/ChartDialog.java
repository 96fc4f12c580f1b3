package jp.mgp.ui;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import jp.mgp.edit.StructureEdits;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * Adds a chart or edits one: its title in both languages, the unit of its value axis, a log scale, which series
 * and reference lines it draws. The result is checked by the file validator before it is accepted.
 */
public final class ChartDialog {

    @FXML private Label titleJaLabel;
    @FXML private TextField titleJa;
    @FXML private Label titleEnLabel;
    @FXML private TextField titleEn;
    @FXML private Label unitLabel;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private CheckBox logScale;
    @FXML private Label seriesLabel;
    @FXML private ListView<String> seriesList;
    @FXML private Label refsLabel;
    @FXML private ListView<String> refsList;
    @FXML private Label problem;

    private final Messages messages;
    private final ProjectionViewModel model;
    private final ChartSpec editing;

    public ChartDialog(Messages messages, ProjectionViewModel model, ChartSpec editing) {
        this.messages = messages;
        this.model = model;
        this.editing = editing;
    }

    /** Edits {@code chart}, or makes a new one when it is null; the change is one undo step. */
    static void show(Messages messages, ProjectionViewModel model, ChartSpec chart, Window owner) {
        ChartDialog form = new ChartDialog(messages, model, chart);
        FormDialogs.dialog(owner, messages.get(chart == null ? "chart.new" : "chart.edit"),
                FormDialogs.load("ChartDialog.fxml", form), messages.get(chart == null ? "chart.add" : "chart.apply"),
                messages.get("button.cancel"), form::build)
                .showAndWait().ifPresent(next -> model.edit(messages.get(chart == null ? "edit.addChart"
                : "edit.chart"), p -> next));
    }

    @FXML
    private void initialize() {
        titleJaLabel.setText(messages.get("chart.titleJa"));
        titleEnLabel.setText(messages.get("chart.titleEn"));
        unitLabel.setText(messages.get("derived.unit"));
        logScale.setText(messages.get("chart.logScale"));
        seriesLabel.setText(messages.get("chart.series"));
        refsLabel.setText(messages.get("chart.references"));
        Projection p = model.projection();
        unitBox.getItems().setAll(Unit.values());
        unitBox.setConverter(Converters.of(u -> u.label(messages.locale())));
        seriesList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        seriesList.getItems().setAll(p.series().stream().map(Series::id).toList());
        seriesList.setCellFactory(l -> cell(id -> p.series(id).map(s -> s.name().get(messages.locale()) + " ("
                + s.unit().label(messages.locale()) + ")").orElse(id)));
        refsList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        refsList.getItems().setAll(p.referenceLines().stream().map(ReferenceLine::id).toList());
        refsList.setCellFactory(l -> cell(id -> p.referenceLine(id).map(r -> r.label().get(messages.locale()))
                .orElse(id)));
        if (editing != null) {
            titleJa.setText(editing.title().ja());
            titleEn.setText(editing.title().en());
            unitBox.setValue(editing.unit());
            logScale.setSelected(editing.logScale());
            editing.series().forEach(id -> seriesList.getSelectionModel().select(id));
            editing.referenceLines().forEach(id -> refsList.getSelectionModel().select(id));
        } else {
            unitBox.setValue(Unit.JPY_TRILLION);
        }
    }

    private ListCell<String> cell(java.util.function.Function<String, String> show) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : show.apply(id));
            }
        };
    }

    /** The projection with the chart put in, or null with the problem shown in the form. */
    Projection build() {
        Projection p = model.projection();
        String ja = titleJa.getText().trim();
        String en = titleEn.getText().trim();
        if (ja.isEmpty() && en.isEmpty()) {
            problem.setText(messages.get("derived.problem.name"));
            return null;
        }
        // Keep the file's order of series, whatever order they were picked in.
        List<String> series = seriesList.getItems().stream()
                .filter(seriesList.getSelectionModel().getSelectedItems()::contains).toList();
        List<String> refs = refsList.getItems().stream()
                .filter(refsList.getSelectionModel().getSelectedItems()::contains).toList();
        String id = editing != null ? editing.id() : StructureEdits.freeId(p, "chart");
        ChartSpec chart = new ChartSpec(id, new LocalizedText(ja, en), series, refs, unitBox.getValue(),
                logScale.isSelected(), editing != null && editing.stacked());
        Projection next = StructureEdits.putChart(p, chart);
        String wrong = FormDialogs.problemWith(next, messages.locale());
        problem.setText(wrong == null ? "" : wrong);
        return wrong == null ? next : null;
    }
}
