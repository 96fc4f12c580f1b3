package jp.mgp.model;

import java.util.Objects;

/**
 * Why a segment grows the way it does: a rule the source states (derived, with its citation) or the user's
 * assumption, each with a sentence a strategist can read out.
 */
public record Basis(Kind kind, LocalizedText rationale, SourceRef source) {

    public Basis {
        Objects.requireNonNull(kind, "kind");
        rationale = Objects.requireNonNullElse(rationale, LocalizedText.EMPTY);
        if (kind == Kind.SOURCED) {
            throw new IllegalArgumentException("a growth rule is derived or an assumption, never sourced");
        }
    }

    public static Basis assumption(LocalizedText rationale) {
        return new Basis(Kind.ASSUMPTION, rationale, null);
    }

    public static Basis assumption() {
        return assumption(LocalizedText.EMPTY);
    }

    public Basis asAssumption(LocalizedText why) {
        return new Basis(Kind.ASSUMPTION, why, source);
    }
}
