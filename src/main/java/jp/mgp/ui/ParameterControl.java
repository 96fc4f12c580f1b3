package jp.mgp.ui;

import java.util.OptionalDouble;
import java.util.function.Function;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import jp.mgp.presentation.NumberText;

/**
 * One growth parameter as its name, a slider and a spinner kept together, in display units (a rate in percent).
 * The slider drags in steps and a whole drag is one undo step; the spinner steps likewise and takes typed numbers,
 * read strictly ({@link NumberText}). A value that is not a number, is out of range or is refused by the model is
 * refused at the field: the field is marked, the message stands right under it and what the user typed stays,
 * until a valid value is typed or the document changes (an edit, undo or redo).
 */
final class ParameterControl {

    /** Where a value goes, and the gesture around a drag. */
    interface Target {
        /** @throws IllegalArgumentException when the model refuses the value; nothing changes then */
        void set(double displayValue);

        void beginGesture();

        void endGesture();
    }

    /**
     * What the control shows and allows.
     *
     * @param name       the parameter's name in the user's language
     * @param named      whether the name stands above the slider (where a growth model has several parameters;
     *                   with one, the segment's own line names it)
     * @param place      the series, years and parameter in words, to begin a refusal's message
     * @param min        the smallest value allowed (typed or dragged)
     * @param max        the largest value allowed
     * @param sliderSpan how far either side of {@code value} the slider reaches at first
     * @param text       how the spinner writes and reads its numbers
     */
    record Spec(String id, String name, boolean named, String unit, String place, double value, double min,
                double max, double sliderSpan, double step, NumberText text) {
    }

    private final Slider slider = new Slider();
    private final Spinner<Double> spinner = new Spinner<>();
    private final FieldRefusal refusal;
    private final VBox node;
    private final Spec spec;
    private final Target target;
    private final Function<IllegalArgumentException, String> refusalText;
    private final Messages messages;
    private boolean updating;

    /** @param refusalText the words for the model's refusal of a value */
    ParameterControl(Spec spec, Target target, Function<IllegalArgumentException, String> refusalText,
                     Messages messages) {
        this.spec = spec;
        this.target = target;
        this.refusalText = refusalText;
        this.messages = messages;
        slider.setId("slider-" + spec.id());
        spinner.setId("spinner-" + spec.id());
        slider.setMin(Math.max(spec.min(), spec.value() - spec.sliderSpan()));
        slider.setMax(Math.min(spec.max(), spec.value() + spec.sliderSpan()));
        slider.setBlockIncrement(spec.step());
        slider.setValue(spec.value());
        slider.setMinWidth(60);
        HBox.setHgrow(slider, Priority.ALWAYS);
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(spec.min(), spec.max(), spec.value(), spec.step());
        factory.setConverter(converter());
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        refusal = new FieldRefusal(spinner, "problem-" + spec.id());
        // A typed number counts when the field loses focus, as well as on Enter.
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.increment(0);
            }
        });
        slider.setOnMousePressed(e -> target.beginGesture());
        slider.setOnMouseReleased(e -> target.endGesture());
        slider.valueProperty().addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            double snapped = Math.round(now.doubleValue() / spec.step()) * spec.step();
            updating = true;
            spinner.getValueFactory().setValue(snapped);
            updating = false;
            send(snapped);
        });
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (updating || now == null) {
                return;
            }
            updating = true;
            widenSlider(now);
            slider.setValue(now);
            updating = false;
            send(now);
        });
        Label name = new Label(spec.name());
        name.getStyleClass().add("parameter-name");
        name.setLabelFor(spinner);
        Label unit = new Label(spec.unit());
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, slider, spinner, unit);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        node = new VBox(2, controls, refusal.message());
        if (spec.named()) {
            node.getChildren().add(0, name);
        }
        node.getStyleClass().add("parameter-control");
    }

    VBox node() {
        return node;
    }

    /**
     * Shows the value in force after the document changed (an edit, undo, another view) without sending it back
     * as an edit; a refusal shown at the field is cleared and the field shows the value again.
     */
    void show(double value) {
        if (slider.isValueChanging() || slider.isPressed()) {
            return;
        }
        updating = true;
        widenSlider(value);
        slider.setValue(value);
        spinner.getValueFactory().setValue(value);
        if (refusal.shown()) {
            refusal.clear();
            spinner.getEditor().setText(spec.text().format(value));
        }
        updating = false;
    }

    private void send(double value) {
        try {
            target.set(value);
            refusal.clear();
        } catch (IllegalArgumentException e) {
            refusal.refuse(refusalText.apply(e));
        }
    }

    private void widenSlider(double value) {
        slider.setMin(Math.max(spec.min(), Math.min(slider.getMin(), value)));
        slider.setMax(Math.min(spec.max(), Math.max(slider.getMax(), value)));
    }

    /** The spinner's text; a number unreadable or out of range is refused at the field and the value kept. */
    private StringConverter<Double> converter() {
        NumberText text = spec.text();
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : text.format(v);
            }

            @Override
            public Double fromString(String typed) {
                OptionalDouble read = text.parse(typed);
                if (read.isEmpty()) {
                    refusal.refuse(at(messages.get("field.notNumber", typed.strip())));
                    return spinner.getValue();
                }
                double v = read.getAsDouble();
                if (v < spec.min() || v > spec.max()) {
                    refusal.refuse(at(messages.get("field.outOfRange", typed.strip(), text.format(spec.min()),
                            text.format(spec.max()))));
                    return spinner.getValue();
                }
                refusal.clear();
                return v;
            }
        };
    }

    private String at(String reason) {
        return messages.get("field.at", spec.place(), reason);
    }
}
