package jp.mgp.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

import java.util.List;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the window's form dialogs in a test: opens one, fills its fields by id, confirms or cancels it. */
final class FormDriver {

    private final FxRobot robot;

    FormDriver(FxRobot robot) {
        this.robot = robot;
    }

    /** Runs {@code open} later on the FX thread (a dialog waits there) and lets the dialog come up. */
    void open(Runnable open) {
        Platform.runLater(open);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses the button with id {@code id} (later, as it may open a dialog). */
    void press(String id) {
        Button b = robot.lookup("#" + id).queryAs(Button.class);
        open(b::fire);
    }

    void type(String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    /** The dialog shown last (a reference-line dialog over the chart dialog, say). */
    DialogPane pane() {
        return TestWindows.onFx(robot, () -> {
            List<Window> windows = Window.getWindows();
            for (int i = windows.size() - 1; i >= 0; i--) {
                if (windows.get(i).isShowing() && windows.get(i).getScene().getRoot() instanceof DialogPane pane) {
                    return pane;
                }
            }
            throw new AssertionError("no dialog is open");
        });
    }

    /** Presses the dialog's confirming button. */
    void confirm() {
        button(ButtonBar.ButtonData.OK_DONE);
    }

    void cancel() {
        button(ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private void button(ButtonBar.ButtonData data) {
        DialogPane pane = pane();
        Button b = (Button) pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data)
                .map(pane::lookupButton).findFirst().orElseThrow();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the refusal line under field {@code id}, or empty when none is shown. */
    String refusal(String id) {
        return robot.lookup("#" + id + "-problem").tryQuery().map(n -> (javafx.scene.control.Label) n)
                .filter(javafx.scene.Node::isVisible).map(javafx.scene.control.Label::getText).orElse("");
    }
}
