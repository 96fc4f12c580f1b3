package jp.mgp.ui;

import java.util.OptionalDouble;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

import jp.mgp.presentation.NumberText;

/** A year typed into a spinner: written without grouping ("2040"), read strictly, refused at the field. */
final class YearField {

    private YearField() {
    }

    /**
     * The spinner's text: a whole year within the spinner's range, or refused at {@code refusal} with
     * {@code place} named, keeping the value in force.
     */
    static StringConverter<Integer> converter(Messages messages, Spinner<Integer> spinner, FieldRefusal refusal,
                                              String place) {
        NumberText year = NumberText.year(messages.locale());
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : year.format(value);
            }

            @Override
            public Integer fromString(String typed) {
                OptionalDouble read = year.parse(typed);
                if (read.isEmpty() || read.getAsDouble() != Math.rint(read.getAsDouble())) {
                    refusal.refuse(messages.get("field.at", place, messages.get("field.notYear", typed.strip())));
                    return spinner.getValue();
                }
                SpinnerValueFactory.IntegerSpinnerValueFactory range =
                        (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
                double v = read.getAsDouble();
                if (v < range.getMin() || v > range.getMax()) {
                    refusal.refuse(messages.get("field.at", place, messages.get("field.outOfRange", typed.strip(),
                            year.format(range.getMin()), year.format(range.getMax()))));
                    return spinner.getValue();
                }
                refusal.clear();
                return (int) v;
            }
        };
    }
}
