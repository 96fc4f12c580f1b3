package jp.mgp.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;

/**
 * The window's forms: each is one FXML with its controller, shown in a dialog whose confirming button stays
 * put, with the reason in the form, while what was filled in does not make a valid result.
 */
final class FormDialogs {

    private FormDialogs() {
    }

    /** Loads {@code fxml} (next to this class) with {@code controller} as its controller. */
    static Parent load(String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(FormDialogs.class.getResource(fxml));
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the form's layout (" + fxml + ") cannot be loaded", e);
        }
    }

    /**
     * A dialog around {@code form} with a confirming and a cancelling button; its result is what {@code build}
     * gives when confirmed. While {@code build} gives null the dialog stays open (the form shows why).
     */
    static <T> Dialog<T> dialog(Window owner, String title, Parent form, String confirm, String cancel,
                                Supplier<T> build) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(confirm, ButtonType.OK.getButtonData());
        ButtonType no = new ButtonType(cancel, ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(ok, no);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (build.get() == null) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? build.get() : null);
        return dialog;
    }

    /**
     * The validator's words for what is wrong with {@code next}, or null when it is valid. The file name and the
     * JSON path are left out: in a form, the field is the one being filled in.
     */
    static String problemWith(Projection next) {
        try {
            ProjectionFiles.parse(ProjectionFiles.toBytes(next), "form");
            return null;
        } catch (InvalidProjectionException e) {
            return e.getMessage().replaceAll("(?m)^form: \\$[^ ]*: ", "");
        }
    }
}
