package jp.mgp.ui;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Display-only converters for choice boxes whose items are shown in words. */
final class Converters {

    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        };
    }
}
