package jp.mgp.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import jp.mgp.edit.StructureEdits;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * Adds a chart or edits one: its title in both languages, the unit of its value axis, a log scale, which series
 * and reference lines it draws (each picked with its own check box), and the reference lines themselves, made,
 * edited and removed here. Everything the dialog changes is one undo step, checked by the model's rules.
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
    @FXML private HBox refButtons;
    @FXML private Label problem;

    private final Messages messages;
    private final ChartSpec editing;
    /** The file with the reference lines made, edited or removed so far in this dialog. */
    private Projection working;
    private PickList seriesPicks;
    private PickList refPicks;

    public ChartDialog(Messages messages, ProjectionViewModel model, ChartSpec editing) {
        this.messages = messages;
        this.working = model.projection();
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
        unitBox.getItems().setAll(UnitChoices.offered(java.util.List.of(Unit.values()), working,
                editing == null ? null : editing.unit()));
        unitBox.setConverter(Converters.of(u -> u.label(messages.locale())));
        seriesPicks = new PickList(seriesList, id -> working.series(id).map(s -> s.name().get(messages.locale())
                + " (" + s.unit().label(messages.locale()) + ")").orElse(id));
        refPicks = new PickList(refsList, id -> working.referenceLine(id).map(r -> r.label().get(messages.locale()))
                .orElse(id));
        seriesPicks.setItems(working.series().stream().map(Series::id).toList(),
                editing == null ? java.util.List.of() : editing.series());
        refPicks.setItems(working.referenceLines().stream().map(ReferenceLine::id).toList(),
                editing == null ? java.util.List.of() : editing.referenceLines());
        if (editing != null) {
            titleJa.setText(editing.title().ja());
            titleEn.setText(editing.title().en());
            unitBox.setValue(editing.unit());
            logScale.setSelected(editing.logScale());
        } else {
            unitBox.setValue(Unit.JPY_TRILLION);
        }
        refButtons.getChildren().setAll(button("refNew", "ref.newButton", this::newLine),
                button("refEdit", "ref.editButton", this::editLine), button("refRemove", "ref.removeButton",
                        this::removeLine));
        refButtons.getChildren().get(1).disableProperty().bind(refsList.getSelectionModel().selectedItemProperty()
                .isNull());
        refButtons.getChildren().get(2).disableProperty().bind(refsList.getSelectionModel().selectedItemProperty()
                .isNull());
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void newLine() {
        String id = StructureEdits.freeId(working, "line");
        ReferenceLineDialog.ask(messages, null, id, unitBox.getValue(), refsList.getScene().getWindow())
                .ifPresent(line -> put(line, true));
    }

    private void editLine() {
        working.referenceLine(refsList.getSelectionModel().getSelectedItem()).ifPresent(old ->
                ReferenceLineDialog.ask(messages, old, old.id(), unitBox.getValue(), refsList.getScene().getWindow())
                        .ifPresent(line -> put(line, false)));
    }

    /** Removes the selected line from the file and from every chart that draws it (the dialog's OK makes it so). */
    private void removeLine() {
        String id = refsList.getSelectionModel().getSelectedItem();
        working = StructureEdits.removeReferenceLine(working, id);
        refPicks.property(id).set(false);
        refPicks.setItems(working.referenceLines().stream().map(ReferenceLine::id).toList(), refPicks.picked());
    }

    private void put(ReferenceLine line, boolean pick) {
        try {
            working = StructureEdits.putReferenceLine(working, line, null);
            problem.setText("");
        } catch (RuleViolation e) {
            problem.setText(e.message(messages.locale()));
            return;
        }
        if (pick) {
            refPicks.property(line.id()).set(true);
        }
        refPicks.setItems(working.referenceLines().stream().map(ReferenceLine::id).toList(), refPicks.picked());
    }

    /** The projection with the chart put in, or null with the problem shown in the form. */
    Projection build() {
        String ja = titleJa.getText().trim();
        String en = titleEn.getText().trim();
        if (ja.isEmpty() && en.isEmpty()) {
            problem.setText(messages.get("derived.problem.name"));
            return null;
        }
        String id = editing != null ? editing.id() : StructureEdits.freeId(working, "chart");
        // A stacked chart (the labour gap's parts) stays stacked when its series or lines are picked again.
        ChartSpec chart = new ChartSpec(id, new LocalizedText(ja, en), seriesPicks.picked(), refPicks.picked(),
                unitBox.getValue(), logScale.isSelected(), editing != null && editing.stacked());
        Projection next = StructureEdits.putChart(working, chart);
        String wrong = FormDialogs.problemWith(next, messages.locale());
        problem.setText(wrong == null ? "" : wrong);
        return wrong == null ? next : null;
    }
}
