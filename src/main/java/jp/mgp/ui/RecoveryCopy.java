package jp.mgp.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

import jp.mgp.model.Projection;

/**
 * The window's side of the {@link RecoveryFile}: while there are unsaved changes, a copy is written a moment
 * after each edit; it is removed when the work is saved or undone and on a clean exit. Writes and removals go
 * through the ordered background queue, so a removed copy cannot come back from a write that was still waiting.
 * Work a crashed session left is offered back in a bar over the window (Restore / Discard), not a dialog that
 * holds up the start; until the user answers, the leftover is neither overwritten nor removed.
 */
final class RecoveryCopy {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final BackgroundWork work;
    private final RecoveryFile recovery;
    private final Node panels;
    private NotificationPane bar;
    private final BooleanSupplier confirmDiscard;
    private final PauseTransition autosave = new PauseTransition(Duration.seconds(2));
    /** Work from a crashed session on offer in the bar; null when nothing is on offer. */
    private RecoveryFile.Recovered offered;

    /**
     * @param panels         what the offer's bar is shown over: the centre of the window's border pane
     * @param confirmDiscard asks about unsaved changes before restored work replaces them
     */
    RecoveryCopy(Messages messages, ProjectionViewModel model, BackgroundWork work, RecoveryFile recovery,
                 Node panels, BooleanSupplier confirmDiscard) {
        this.messages = messages;
        this.model = model;
        this.work = work;
        this.recovery = recovery;
        this.panels = panels;
        this.confirmDiscard = confirmDiscard;
        autosave.setOnFinished(e -> write());
        model.projectionProperty().addListener((obs, old, now) -> {
            if (model.isDirty()) {
                autosave.playFromStart();
            }
        });
        model.dirtyProperty().addListener((obs, was, now) -> {
            if (now) {
                autosave.playFromStart();
            } else {
                autosave.stop();
                remove();
            }
        });
    }

    private void write() {
        Projection p = model.projection();
        Path from = model.fileProperty().get();
        if (p != null && model.isDirty() && offered == null) {
            work.quietly("writing the recovery copy", () -> recovery.write(p, from));
        }
    }

    private void remove() {
        if (offered == null) {
            work.quietly("removing the recovery copy", recovery::delete);
        }
    }

    /**
     * Looks, off the FX thread, for work a session that did not end cleanly left, and offers it in the bar; a
     * leftover that cannot be read is set aside under another name, and the bar says where.
     */
    Task<Optional<RecoveryFile.Recovered>> offer() {
        Task<Optional<RecoveryFile.Recovered>> read = new Task<>() {
            @Override
            protected Optional<RecoveryFile.Recovered> call() throws RecoveryFile.SetAside {
                return recovery.read();
            }
        };
        return work.run(messages.get("work.recovery"), read, left -> left.ifPresent(this::show), failure -> {
            if (failure instanceof RecoveryFile.SetAside aside) {
                NotificationPane pane = bar();
                pane.getActions().clear();
                pane.setCloseButtonVisible(true);
                pane.textProperty().bind(messages.text(aside.keptAt().equals(recovery.path())
                        ? "recovery.unreadableKept" : "recovery.unreadable", aside.keptAt()));
                pane.show();
            }
        });
    }

    /**
     * The bar over the panels and charts, put around them when first needed, so that a start with nothing to
     * offer loads none of it.
     */
    private NotificationPane bar() {
        if (bar == null) {
            BorderPane window = (BorderPane) panels.getParent();
            window.setCenter(null);
            bar = new NotificationPane(panels);
            bar.setId("notices");
            window.setCenter(bar);
            // Its skin must exist before show(): the skin slides the bar in on a change of "showing" it sees.
            bar.applyCss();
        }
        return bar;
    }

    private void show(RecoveryFile.Recovered left) {
        offered = left;
        NotificationPane pane = bar();
        Path origin = left.origin();
        pane.setCloseButtonVisible(false);
        Action restore = new Action(e -> restore());
        restore.textProperty().bind(messages.text("recovery.restore"));
        Action discard = new Action(e -> discard());
        discard.textProperty().bind(messages.text("recovery.discard"));
        pane.getActions().setAll(restore, discard);
        pane.textProperty().bind(origin == null
                ? javafx.beans.binding.Bindings.createStringBinding(() -> messages.get("recovery.header",
                        messages.get("status.untitled")), messages.localeProperty())
                : messages.text("recovery.header", origin.getFileName()));
        pane.show();
    }

    /** Opens the work on offer as unsaved changes to the file it came from (asking first about changes here). */
    boolean restore() {
        if (offered == null || !confirmDiscard.getAsBoolean()) {
            return false;
        }
        RecoveryFile.Recovered left = offered;
        offered = null;
        bar().hide();
        model.openUnsaved(left.projection(), left.origin());
        return true;
    }

    /** Drops the work on offer: the leftover is removed, and the work open now is kept as usual again. */
    void discard() {
        offered = null;
        bar().hide();
        if (model.isDirty()) {
            write();
        } else {
            remove();
        }
    }

    /** A clean exit: nothing to recover next time, unless the user has not yet answered the offer. */
    void exited() {
        autosave.stop();
        remove();
    }
}
