package jp.mgp.ui;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import jp.mgp.edit.StructureEdits;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Derivation;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * Makes a series computed from others (sum, difference, ratio, or one scaled by a factor). The new projection
 * is checked by the model's rules before it is accepted, so a unit mismatch is named in the form, not thrown.
 */
public final class DerivedSeriesDialog {

    @FXML private Label opLabel;
    @FXML private ComboBox<Derivation.Op> opBox;
    @FXML private Label inputsLabel;
    @FXML private ListView<String> inputsList;
    @FXML private Label factorLabel;
    @FXML private TextField factorField;
    @FXML private Label nameJaLabel;
    @FXML private TextField nameJa;
    @FXML private Label nameEnLabel;
    @FXML private TextField nameEn;
    @FXML private Label unitLabel;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private Label chartLabel;
    @FXML private ComboBox<String> chartBox;
    @FXML private Label problem;

    private final Messages messages;
    private final ProjectionViewModel model;
    private PickList inputs;

    public DerivedSeriesDialog(Messages messages, ProjectionViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    static void show(Messages messages, ProjectionViewModel model, Window owner) {
        DerivedSeriesDialog form = new DerivedSeriesDialog(messages, model);
        FormDialogs.dialog(owner, messages.get("derived.title"), FormDialogs.load("DerivedSeriesDialog.fxml", form),
                messages.get("derived.add"), messages.get("button.cancel"), form::build)
                .showAndWait().ifPresent(next -> model.edit(messages.get("edit.addDerived"), p -> next));
    }

    @FXML
    private void initialize() {
        opLabel.setText(messages.get("derived.op"));
        inputsLabel.setText(messages.get("derived.inputs"));
        factorLabel.setText(messages.get("derived.factor"));
        nameJaLabel.setText(messages.get("derived.nameJa"));
        nameEnLabel.setText(messages.get("derived.nameEn"));
        unitLabel.setText(messages.get("derived.unit"));
        chartLabel.setText(messages.get("derived.chart"));
        Projection p = model.projection();
        opBox.getItems().setAll(Derivation.Op.values());
        opBox.setConverter(Converters.of(op -> messages.get(switch (op) {
            case SUM -> "derived.op.sum";
            case DIFFERENCE -> "derived.op.difference";
            case RATIO -> "derived.op.ratio";
            case SCALE -> "derived.op.scale";
            case PRODUCT -> "derived.op.product";
            case CUMULATIVE -> "derived.op.cumulative";
        })));
        opBox.setValue(Derivation.Op.SUM);
        // A check box per series: a plain click in a multiple-selection list dropped the inputs already picked.
        inputs = new PickList(inputsList, id -> p.series(id).map(x -> x.name().get(messages.locale())).orElse(id));
        inputs.setItems(p.series().stream().map(Series::id).toList(), List.of());
        unitBox.getItems().setAll(UnitChoices.offered(List.of(Unit.values()), p, null));
        unitBox.setConverter(Converters.of(u -> u.label(messages.locale())));
        unitBox.setValue(p.charts().isEmpty() ? Unit.JPY_TRILLION : p.charts().get(0).unit());
        chartBox.getItems().setAll(p.charts().stream().map(ChartSpec::id).toList());
        chartBox.setConverter(Converters.of(id -> p.charts().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.title().get(messages.locale())).orElse(id)));
        chartBox.setValue(p.charts().isEmpty() ? null : p.charts().get(0).id());
        // A ratio or a product takes a factor too: it carries the conversion between its inputs' units.
        factorField.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !takesFactor(opBox.getValue()), opBox.valueProperty()));
    }

    private static boolean takesFactor(Derivation.Op op) {
        return op == Derivation.Op.SCALE || op == Derivation.Op.RATIO || op == Derivation.Op.PRODUCT;
    }

    /** The projection with the new series, or null with the problem shown in the form. */
    Projection build() {
        Projection p = model.projection();
        List<String> inputs = this.inputs.picked();
        java.util.OptionalDouble read = takesFactor(opBox.getValue())
                ? jp.mgp.presentation.NumberText.of(messages.locale()).parse(factorField.getText())
                : java.util.OptionalDouble.of(1);
        if (read.isEmpty()) {
            problem.setText(messages.get("derived.problem.factor", factorField.getText()));
            return null;
        }
        double factor = read.getAsDouble();
        String en = nameEn.getText().trim();
        String ja = nameJa.getText().trim();
        if (en.isEmpty() && ja.isEmpty()) {
            problem.setText(messages.get("derived.problem.name"));
            return null;
        }
        String id = StructureEdits.idFromName(p, en, "derived");
        Series s = new Series(id, new LocalizedText(ja, en), unitBox.getValue(), "",
                List.of(), List.of(), new Derivation(opBox.getValue(), inputs, factor));
        Projection next = StructureEdits.add(p, s, chartBox.getValue());
        String wrong = FormDialogs.problemWith(next, messages.locale());
        problem.setText(wrong == null ? "" : wrong);
        return wrong == null ? next : null;
    }
}
