package jp.mgp.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import jp.mgp.model.Projection;
import jp.mgp.model.ProjectionRules;
import jp.mgp.model.RuleProblem;

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
        // The window's style sheet, so a refused field is outlined and its reason set in red here too.
        dialog.getDialogPane().getStylesheets().add(MainWindow.class.getResource("mgp.css").toExternalForm());
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
     * What the model's rules find wrong with {@code next}, in {@code locale}'s language and naming the place in
     * words (one problem a line), or null when nothing is. The same rules judge a file when it is read.
     */
    static String problemWith(Projection next, Locale locale) {
        List<RuleProblem> problems = ProjectionRules.check(next);
        return problems.isEmpty() ? null
                : problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
    }
}
