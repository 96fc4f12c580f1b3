package jp.mgp.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

import jp.mgp.chart.ChartFonts;

/**
 * Loads the bundled fonts into JavaFX once, before the first window test makes a control, as mgp itself does before
 * its window ({@code MgpApplication}): on a machine without fonts of its own JavaFX otherwise stops at the first
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
            FxToolkit.setupFixture(() -> {
                try (InputStream in = ChartFonts.open()) {
                    javafx.scene.text.Font.loadFont(in, 13);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (String face : jp.mgp.presentation.Theme.WINDOW_FACES) {
                    try (InputStream in = BundledFont.class.getResourceAsStream(face)) {
                        javafx.scene.text.Font.loadFont(in, 13);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            loaded = true;
        }
    }
}
