package jp.mgp.ui;

import java.util.Locale;

import jp.mgp.model.Kind;
import jp.mgp.presentation.Wording;

/** The name of each kind of number in the window's language, the same words the charts and exports use. */
final class KindText {

    private KindText() {
    }

    static String text(Kind kind, Locale locale) {
        return Wording.of(locale).kind(kind);
    }
}
