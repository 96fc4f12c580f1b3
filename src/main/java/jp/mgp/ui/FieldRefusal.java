package jp.mgp.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;

/**
 * A refused value kept in sight at its field: the field is marked (style class {@code field-invalid} and the
 * message as its tooltip) and the message stands in a line the caller places right under the field, not at the
 * foot of a scrolled panel. The field keeps what the user typed. A style class rather than ControlsFX's
 * validation decoration: the decorator wraps the scene's root in a pane of its own, which the window's layout and
 * its tests do not expect.
 */
final class FieldRefusal {

    static final String MARK = "field-invalid";

    private final Control field;
    private final Label message = new Label();

    /** @param id the message line's id, for tests and accessibility tools */
    FieldRefusal(Control field, String id) {
        this.field = field;
        message.setId(id);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setVisible(false);
        message.managedProperty().bind(message.visibleProperty());
        message.setLabelFor(field);
    }

    /** The line that shows the message: place it right under the field. */
    Label message() {
        return message;
    }

    void refuse(String text) {
        if (!field.getStyleClass().contains(MARK)) {
            field.getStyleClass().add(MARK);
        }
        field.setTooltip(new Tooltip(text));
        message.setText(text);
        message.setVisible(true);
        scrollIntoView();
    }

    /** In a scrolled panel, scrolls so that the field and its message are both in sight. */
    private void scrollIntoView() {
        ScrollPane pane = null;
        for (Parent p = message.getParent(); p != null && pane == null; p = p.getParent()) {
            pane = p instanceof ScrollPane s ? s : null;
        }
        if (pane == null || pane.getContent() == null || message.getScene() == null) {
            return;
        }
        // The message line has just been shown: lay the panel out now to know where it stands.
        pane.applyCss();
        pane.layout();
        Node content = pane.getContent();
        double spare = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        if (spare <= 0) {
            return;
        }
        Bounds field = content.sceneToLocal(this.field.localToScene(this.field.getLayoutBounds()));
        Bounds line = content.sceneToLocal(message.localToScene(message.getLayoutBounds()));
        double top = pane.getVvalue() * spare;
        double view = pane.getViewportBounds().getHeight();
        if (line.getMaxY() > top + view) {
            top = Math.min(line.getMaxY() - view, field.getMinY());
        } else if (field.getMinY() < top) {
            top = field.getMinY();
        } else {
            return;
        }
        pane.setVvalue(Math.max(0, Math.min(1, top / spare)));
    }

    void clear() {
        field.getStyleClass().remove(MARK);
        field.setTooltip(null);
        message.setText("");
        message.setVisible(false);
    }

    boolean shown() {
        return message.isVisible();
    }
}
