package jp.mgp.ui;

import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * One growth parameter as a slider and a spinner kept together, in display units (a rate in percent). The slider
 * drags in 0.1-point steps and a whole drag is one undo step; the spinner steps by 0.1 and takes typed numbers.
 * A value outside the allowed range is refused at the field with a message; what the user typed stays visible.
 */
final class ParameterControl {

    /** Where a value goes, and the gesture around a drag. */
    interface Target {
        void set(double displayValue);

        void beginGesture();

        void endGesture();
    }

    private final Slider slider = new Slider();
    private final Spinner<Double> spinner = new Spinner<>();
    private final HBox node;
    private final double min;
    private final double max;
    private boolean updating;

    /**
     * @param min        the smallest value allowed (typed or dragged)
     * @param max        the largest value allowed
     * @param sliderSpan how far either side of {@code value} the slider reaches at first
     */
    ParameterControl(String id, String unit, double value, double min, double max, double sliderSpan, double step,
                     Locale locale, Target target, java.util.function.Consumer<String> problem, Messages messages) {
        this.min = min;
        this.max = max;
        slider.setId("slider-" + id);
        spinner.setId("spinner-" + id);
        slider.setMin(Math.max(min, value - sliderSpan));
        slider.setMax(Math.min(max, value + sliderSpan));
        slider.setBlockIncrement(step);
        slider.setValue(value);
        HBox.setHgrow(slider, Priority.ALWAYS);
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value, step);
        factory.setConverter(converter(locale, step, problem, messages));
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
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
            double snapped = Math.round(now.doubleValue() / step) * step;
            updating = true;
            spinner.getValueFactory().setValue(snapped);
            updating = false;
            target.set(snapped);
        });
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (updating || now == null) {
                return;
            }
            updating = true;
            widenSlider(now);
            slider.setValue(now);
            updating = false;
            problem.accept("");
            target.set(now);
        });
        node = new HBox(8, slider, spinner, new Label(unit));
        node.getStyleClass().add("parameter-control");
    }

    HBox node() {
        return node;
    }

    /** Shows a value computed elsewhere (undo, another view) without sending it back as an edit. */
    void show(double value) {
        if (slider.isValueChanging() || slider.isPressed()) {
            return;
        }
        updating = true;
        widenSlider(value);
        slider.setValue(value);
        spinner.getValueFactory().setValue(value);
        updating = false;
    }

    private void widenSlider(double value) {
        slider.setMin(Math.max(min, Math.min(slider.getMin(), value)));
        slider.setMax(Math.min(max, Math.max(slider.getMax(), value)));
    }

    /** Locale-aware text for the spinner; a number out of range or unreadable is refused and named. */
    private StringConverter<Double> converter(Locale locale, double step, java.util.function.Consumer<String> problem,
                                              Messages messages) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(step < 0.01 ? 4 : step < 0.1 ? 2 : 1);
        format.setMinimumFractionDigits(step < 1 ? 1 : 0);
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : format.format(v);
            }

            @Override
            public Double fromString(String text) {
                String t = text.trim().replace("%", "").replace("\u2212", "-").trim();
                ParsePosition at = new ParsePosition(0);
                Number n = format.parse(t, at);
                if (n == null || at.getIndex() != t.length() || !Double.isFinite(n.doubleValue())) {
                    problem.accept(messages.get("field.notNumber", text));
                    return spinner.getValue();
                }
                double v = n.doubleValue();
                if (v < min || v > max) {
                    problem.accept(messages.get("field.outOfRange", text, format.format(min), format.format(max)));
                    return spinner.getValue();
                }
                return v;
            }
        };
    }

    static double parse(String text, Locale locale) throws ParseException {
        return NumberFormat.getNumberInstance(locale).parse(text.trim()).doubleValue();
    }
}
