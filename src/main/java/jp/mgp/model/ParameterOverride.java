package jp.mgp.model;

import java.util.Objects;

/**
 * One change a scenario makes: the named parameter of a series' segment (by its index in the file) set to a
 * value, with the reason in words. Every overridden step is the user's assumption.
 */
public record ParameterOverride(String series, int segment, String parameter, double value, LocalizedText note) {

    public ParameterOverride {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(parameter, "parameter");
        note = Objects.requireNonNullElse(note, LocalizedText.EMPTY);
    }
}
