package jp.mgp.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Derivation;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * Makes a series computed from others (sum, difference, ratio, or one scaled by a factor). The new projection
 * is checked by the file validator before it is accepted, so a unit mismatch is named in the form, not thrown.
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

    public DerivedSeriesDialog(Messages messages, ProjectionViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    static void show(Messages messages, ProjectionViewModel model, Alerts alerts, Window owner) {
        FXMLLoader loader = new FXMLLoader(DerivedSeriesDialog.class.getResource("DerivedSeriesDialog.fxml"));
        DerivedSeriesDialog form = new DerivedSeriesDialog(messages, model);
        loader.setControllerFactory(type -> form);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the derived-series form (DerivedSeriesDialog.fxml) cannot be loaded", e);
        }
        Dialog<Projection> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("derived.title"));
        dialog.getDialogPane().setContent(root);
        ButtonType add = new ButtonType(messages.get("derived.add"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(add, cancel);
        // Keep the dialog open, with the reason shown, while the form does not make a valid series.
        Button ok = (Button) dialog.getDialogPane().lookupButton(add);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (form.build() == null) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == add ? form.build() : null);
        dialog.showAndWait().ifPresent(next -> model.edit(messages.get("edit.addDerived"), p -> next));
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
        })));
        opBox.setValue(Derivation.Op.SUM);
        inputsList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        inputsList.getItems().setAll(p.series().stream().map(Series::id).toList());
        inputsList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : p.series(id).map(s -> s.name().get(messages.locale()))
                        .orElse(id));
            }
        });
        unitBox.getItems().setAll(Unit.values());
        unitBox.setConverter(Converters.of(u -> u.label(messages.locale())));
        unitBox.setValue(p.charts().isEmpty() ? Unit.JPY_TRILLION : p.charts().get(0).unit());
        chartBox.getItems().setAll(p.charts().stream().map(ChartSpec::id).toList());
        chartBox.setConverter(Converters.of(id -> p.charts().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.title().get(messages.locale())).orElse(id)));
        chartBox.setValue(p.charts().isEmpty() ? null : p.charts().get(0).id());
        factorField.disableProperty().bind(opBox.valueProperty().isNotEqualTo(Derivation.Op.SCALE));
    }

    /** The projection with the new series, or null with the problem shown in the form. */
    Projection build() {
        Projection p = model.projection();
        List<String> inputs = List.copyOf(inputsList.getSelectionModel().getSelectedItems());
        double factor;
        try {
            factor = opBox.getValue() == Derivation.Op.SCALE
                    ? Double.parseDouble(factorField.getText().trim().replace(",", "")) : 0;
        } catch (NumberFormatException e) {
            problem.setText(messages.get("derived.problem.factor", factorField.getText()));
            return null;
        }
        String en = nameEn.getText().trim();
        String ja = nameJa.getText().trim();
        if (en.isEmpty() && ja.isEmpty()) {
            problem.setText(messages.get("derived.problem.name"));
            return null;
        }
        String id = ProjectionEdits.freeId(p, (en.isEmpty() ? "derived" : en).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        Series s = new Series(id.isEmpty() ? "derived" : id, new LocalizedText(ja, en), unitBox.getValue(), "",
                List.of(), List.of(), new Derivation(opBox.getValue(), inputs, factor));
        try {
            Projection next = ProjectionEdits.add(p, s, chartBox.getValue());
            ProjectionFiles.parse(ProjectionFiles.toBytes(next), messages.get("derived.title"));
            problem.setText("");
            return next;
        } catch (InvalidProjectionException | IllegalArgumentException e) {
            problem.setText(e.getMessage().replaceAll("(?m)^[^:]*: ", ""));
            return null;
        }
    }
}
