package jp.mgp.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import jp.mgp.model.LocalizedText;
import jp.mgp.model.Place;
import jp.mgp.model.ProjectionRules;
import jp.mgp.model.RuleProblem;
import jp.mgp.model.Unit;

/**
 * A unit of the user's own, made in the series dialog: what it counts in both languages (台 / units), the scale it
 * counts in with the scale's word shown (千, thousand) and the decimals shown, with an example value as a reader will
 * see it. The fields show while their toggle is on; the model's rules judge what they make, each refusal at its field.
 */
final class OwnUnitFields {

    /** The value the example shows in both languages: a thousand and more, with decimals to show how many are kept. */
    private static final double EXAMPLE = 1234.5678;

    private final Messages messages;
    final ToggleButton toggle = new ToggleButton();
    final TextField countedJa = FormRows.field("ownUnitJa", "");
    final TextField countedEn = FormRows.field("ownUnitEn", "");
    final ComboBox<Unit.Scale> scale = new ComboBox<>();
    final Spinner<Integer> decimals = new Spinner<>(0, Unit.MAX_DECIMALS, 0);
    final Label example = new Label();
    private final FieldRefusal jaRefusal = FormRows.refusal(countedJa);
    private final FieldRefusal enRefusal = FormRows.refusal(countedEn);
    private final GridPane grid = new GridPane();

    /** @param current the series' unit now: when one of the user's own, the fields start from it and show */
    OwnUnitFields(Messages messages, Unit current) {
        this.messages = messages;
        toggle.setId("ownUnitToggle");
        toggle.setText(messages.get("ownUnit.toggle"));
        scale.setId("ownUnitScale");
        scale.getItems().setAll(Unit.Scale.values());
        scale.setConverter(Converters.of(this::scaleName));
        decimals.setId("ownUnitDecimals");
        example.setId("ownUnitExample");
        example.getStyleClass().add("editor-note");
        countedJa.setPromptText("台");
        countedEn.setPromptText("units");
        if (current != null && current.isOwn()) {
            countedJa.setText(current.counted().ja());
            countedEn.setText(current.counted().en());
            scale.setValue(Unit.Scale.of(current.scale()).orElse(Unit.Scale.ONE));
            decimals.getValueFactory().setValue(current.decimals());
            toggle.setSelected(true);
        } else {
            scale.setValue(Unit.Scale.THOUSAND);
        }
        grid.setHgap(12);
        grid.setVgap(6);
        // A set width for the fields' column, so that a reason under a field wraps instead of widening the dialog.
        javafx.scene.layout.ColumnConstraints words = new javafx.scene.layout.ColumnConstraints();
        words.setMinWidth(118);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setPrefWidth(320);
        grid.getColumnConstraints().setAll(words, fields);
        grid.getStyleClass().add("own-unit");
        grid.addRow(0, label("ownUnit.countedJa", countedJa), new VBox(2, countedJa, jaRefusal.message()));
        grid.addRow(1, label("ownUnit.countedEn", countedEn), new VBox(2, countedEn, enRefusal.message()));
        grid.addRow(2, label("ownUnit.scale", scale), scale);
        grid.addRow(3, label("ownUnit.decimals", decimals), decimals);
        grid.addRow(4, label("ownUnit.example", example), example);
        grid.visibleProperty().bind(toggle.selectedProperty());
        grid.managedProperty().bind(grid.visibleProperty());
        onChange(this::showExample);
        toggle.selectedProperty().addListener(o -> fit());
        showExample();
    }

    /** The fields, indented under the unit's row; shown while the toggle is on. */
    Node view() {
        return grid;
    }

    /** Whether the series is to be counted in the unit these fields make. */
    boolean chosen() {
        return toggle.isSelected();
    }

    /** Runs {@code r} whenever the toggle or a field changes (the dialog re-checks which charts can show it). */
    void onChange(Runnable r) {
        InvalidationListener l = o -> r.run();
        toggle.selectedProperty().addListener(l);
        countedJa.textProperty().addListener(l);
        countedEn.textProperty().addListener(l);
        scale.valueProperty().addListener(l);
        decimals.valueProperty().addListener(l);
    }

    /** The unit as the fields stand, whether or not the rules allow it. */
    Unit peek() {
        return Unit.own(new LocalizedText(countedJa.getText().strip(), countedEn.getText().strip()),
                scale.getValue() == null ? Unit.Scale.ONE : scale.getValue(), decimals.getValue());
    }

    /** The unit the fields make, or null with the rules' reason at the field it concerns. */
    Unit unit() {
        jaRefusal.clear();
        enRefusal.clear();
        Unit u = peek();
        List<RuleProblem> problems = ProjectionRules.checkUnit(u, new Place("$", LocalizedText.EMPTY));
        for (RuleProblem p : problems) {
            // The scale and decimals are picked from lists the rules allow: only the words can be refused.
            String why = p.message().get(messages.locale());
            // The rules' words complete "place: …"; at its field the reason stands alone, as a sentence.
            (p.place().path().endsWith(".en") ? enRefusal : jaRefusal).refuse(
                    why.isEmpty() ? why : Character.toUpperCase(why.charAt(0)) + why.substring(1));
        }
        fit();
        return problems.isEmpty() ? u : null;
    }

    /** The dialog grows to the fields shown or the reasons under them, rather than cutting off its buttons. */
    private void fit() {
        javafx.application.Platform.runLater(() -> {
            if (grid.getScene() != null && grid.getScene().getWindow() != null) {
                grid.getScene().getWindow().sizeToScene();
            }
        });
    }

    private void showExample() {
        Unit u = peek();
        boolean any = !u.counted().isEmpty();
        // Both languages: the unit is made once for Japanese and English readers, who see it differently.
        Locale shown = messages.locale();
        Locale other = "ja".equals(shown.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        example.setText(any ? u.format(EXAMPLE, shown) + "   /   " + u.format(EXAMPLE, other)
                : messages.get("ownUnit.exampleEmpty"));
    }

    /** A scale as the list shows it: its word and the number it stands for ("千（1,000）", "thousand (1,000)"). */
    private String scaleName(Unit.Scale s) {
        String factor = NumberFormat.getIntegerInstance(messages.locale()).format((long) s.factor());
        String word = s == Unit.Scale.ONE ? messages.get("ownUnit.scale.one") : s.word(messages.locale());
        return messages.get("ownUnit.scale.item", word, factor);
    }

    private Label label(String key, javafx.scene.control.Control field) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(field);
        return l;
    }
}
