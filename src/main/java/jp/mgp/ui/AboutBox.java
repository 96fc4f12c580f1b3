package jp.mgp.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import jp.mgp.cli.Version;

/** Help → About: which mgp this is (the build's version, as {@code mgp --version} prints it) and what it is for. */
final class AboutBox {

    private AboutBox() {
    }

    /** The box's text in the window's language. */
    static String text(Messages messages) {
        return messages.get("about.body", Version.number());
    }

    static void show(Messages messages, Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, text(messages));
        about.initOwner(owner);
        about.setTitle(messages.get("about.title"));
        about.setHeaderText(messages.get("about.header"));
        about.getDialogPane().setId("aboutBox");
        about.show();
    }
}
