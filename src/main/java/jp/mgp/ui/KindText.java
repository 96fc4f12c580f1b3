package jp.mgp.ui;

import jp.mgp.model.Kind;

/** The message key naming each kind of number, so every view words provenance the same way. */
final class KindText {

    private KindText() {
    }

    static String key(Kind kind) {
        return switch (kind) {
            case SOURCED -> "kind.sourced";
            case DERIVED -> "kind.derived";
            case ASSUMPTION -> "kind.assumption";
        };
    }
}
