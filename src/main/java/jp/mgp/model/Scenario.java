package jp.mgp.model;

import java.util.List;
import java.util.Objects;

/** A named set of assumptions laid over the file's series; the base scenario usually has no overrides. */
public record Scenario(String id, LocalizedText name, LocalizedText description, List<ParameterOverride> overrides) {

    public static final String BASE = "base";

    public Scenario {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, LocalizedText.of(id));
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        overrides = List.copyOf(overrides);
    }
}
