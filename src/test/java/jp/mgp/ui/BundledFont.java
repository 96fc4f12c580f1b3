package jp.mgp.ui;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Loads the bundled fonts into JavaFX once, before the first window test makes a control, as mgp itself does before
 * its window (both through {@link jp.mgp.app.WindowFonts}): on a machine without fonts of its own JavaFX otherwise stops at the first
 * text ("JavaFX detected no fonts"). Every {@link UiTest} carries it.
 */
final class BundledFont implements BeforeAllCallback {

    private static boolean loaded;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (BundledFont.class) {
            if (loaded) {
                return;
            }
            FxToolkit.registerPrimaryStage();
            // Straight from the class path: a test keeps no copy in the user's home.
            FxToolkit.setupFixture(() -> jp.mgp.app.WindowFonts.load(null));
            loaded = true;
        }
    }
}
