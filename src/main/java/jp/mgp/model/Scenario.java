package jp.mgp.model;

import java.util.List;
import java.util.Objects;

/**
 * A named set of assumptions laid over the file's series: changed growth parameters and known points of its
 * own. The base scenario usually has neither; what the user changes in another scenario goes into it, and the
 * base stays as it is.
 */
public record Scenario(String id, LocalizedText name, LocalizedText description, List<ParameterOverride> overrides,
                       List<AnchorOverride> anchors) {

    public static final String BASE = "base";

    public Scenario {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, LocalizedText.of(id));
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        overrides = List.copyOf(overrides);
        anchors = List.copyOf(Objects.requireNonNullElse(anchors, List.of()));
    }

    /** A scenario with no known points of its own. */
    public Scenario(String id, LocalizedText name, LocalizedText description, List<ParameterOverride> overrides) {
        this(id, name, description, overrides, List.of());
    }

    public Scenario withOverrides(List<ParameterOverride> newOverrides) {
        return new Scenario(id, name, description, newOverrides, anchors);
    }

    public Scenario withAnchors(List<AnchorOverride> newAnchors) {
        return new Scenario(id, name, description, overrides, newAnchors);
    }

    /** This scenario's assumptions under another id and name, for a new scenario started from it. */
    public Scenario copyAs(String newId, LocalizedText newName) {
        return new Scenario(newId, newName, LocalizedText.EMPTY, overrides, anchors);
    }
}
