package jp.mgp.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Scratch;

/**
 * The main window for tests: file work runs on the calling thread, and preferences and the recovery file live in
 * a {@link Scratch} of the test's own, so a test never touches the user's settings or unsaved work; the test
 * closes the scratch after itself.
 */
final class TestWindows {

    private TestWindows() {
    }

    /** Reads {@code read} on the FX thread, as the window would see it now. */
    static <T> T onFx(FxRobot robot, Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        robot.interact(() -> value.set(read.get()));
        return value.get();
    }

    static Scratch scratch() {
        return Scratch.create();
    }

    static RecoveryFile recovery(Scratch scratch) {
        return new RecoveryFile(scratch.folder());
    }

    /** The window in English at 1280 × 860: TestFX reuses one stage between tests, so each test sizes it. */
    static MainWindow showEnglish(Stage stage, ProjectionViewModel model, Scratch scratch) {
        stage.setWidth(1280);
        stage.setHeight(860);
        return show(stage, new Messages(Messages.ENGLISH), model, scratch);
    }

    static MainWindow show(Stage stage, Messages messages, ProjectionViewModel model, Scratch scratch) {
        MainWindow window = MainWindow.show(stage, messages, model, Runnable::run, new UserPrefs(scratch.prefs()),
                recovery(scratch));
        scratch.beforeClose(() -> end(window));
        return window;
    }

    /**
     * Ends the window's session as closing it does (layout remembered, the pending autosave stopped, the recovery
     * copy removed), so that nothing is written into a scratch after the test removed it.
     */
    static void end(MainWindow window) {
        try {
            WaitForAsyncUtils.asyncFx(() -> window.controller().closeCleanly()).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("the window could not be closed", e);
        }
    }
}
