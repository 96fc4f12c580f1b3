package jp.mgp.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.stage.Stage;

/**
 * The main window for tests: file work runs on the calling thread, and preferences and the recovery file live in
 * places of the test's own, so a test never touches the user's settings or unsaved work.
 */
final class TestWindows {

    private TestWindows() {
    }

    static Preferences scratchPreferences() {
        return Preferences.userRoot().node("jp/mgp-test/" + UUID.randomUUID());
    }

    static RecoveryFile scratchRecovery() {
        try {
            return new RecoveryFile(Files.createTempDirectory("mgp-recovery"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MainWindow show(Stage stage, Messages messages, ProjectionViewModel model, Preferences prefs,
                           RecoveryFile recovery) {
        return MainWindow.show(stage, messages, model, Runnable::run, new UserPrefs(prefs), recovery);
    }

    static MainWindow show(Stage stage, Messages messages, ProjectionViewModel model) {
        return show(stage, messages, model, scratchPreferences(), scratchRecovery());
    }

    static void forget(Preferences prefs) {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone.
        }
    }
}
