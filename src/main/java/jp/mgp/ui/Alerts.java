package jp.mgp.ui;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import jp.mgp.model.RuleViolation;

/** The window's error messages: an edit the model refuses is reported in words, never thrown at the user. */
final class Alerts {

    private static final System.Logger LOG = System.getLogger(Alerts.class.getName());

    private final Messages messages;
    private final Supplier<Window> owner;

    Alerts(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** Runs an edit; if it is refused, says why and leaves the projection as it was. */
    boolean attempt(String what, Runnable edit) {
        try {
            edit.run();
            return true;
        } catch (RuleViolation e) {
            error(messages.get("error.edit.title"), messages.get("error.edit.header", what),
                    e.message(messages.locale()));
            return false;
        } catch (IllegalArgumentException e) {
            // Not a rule the user can act on: a fault of mgp's, kept in the log rather than shown in Java's words.
            LOG.log(System.Logger.Level.ERROR, "edit refused: " + what, e);
            error(messages.get("error.edit.title"), messages.get("error.edit.header", what),
                    messages.get("error.unknown"));
            return false;
        }
    }

    void error(String title, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
