package jp.mgp.model;

import java.util.Locale;

/**
 * Where a number comes from, in the order of how much a strategist has to defend it: a figure quoted from a
 * source, a figure derived from sourced ones by the source's stated rule, or the user's own assumption.
 */
public enum Kind {
    SOURCED, DERIVED, ASSUMPTION;

    /** The lower-case word used in files and in the CSV table. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromId(String id) {
        for (Kind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + id);
    }

    /**
     * The kind of a value computed from an input of this kind by a rule of kind {@code rule}: a computed value
     * is never sourced, and an assumption anywhere in its chain makes it an assumption.
     */
    public Kind through(Kind rule) {
        Kind atLeastDerived = this == SOURCED ? DERIVED : this;
        return atLeastDerived.ordinal() >= rule.ordinal() ? atLeastDerived : rule;
    }

    /** The weaker of two kinds (the one that needs more defending). */
    public Kind weakest(Kind other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
