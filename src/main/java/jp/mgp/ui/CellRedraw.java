package jp.mgp.ui;

import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;

/**
 * Redraws the cells a list or table has made, where they are, after the figures they show changed but not the
 * rows: {@code refresh()} would throw every cell away and make it anew (new skins, styled from the start), most of
 * an edit's frame in the window; a cell redrawn changes only its text and, when its kind changed, its style class.
 * The cells found are all the control holds, those in sight and those kept aside for reuse, so that none shows an
 * old figure when it is reused for the same row. A cell being typed into keeps what the user typed.
 */
final class CellRedraw {

    private CellRedraw() {
    }

    /** Redraws every cell with style class {@code cellClass} that {@code control} holds. */
    static void redraw(Control control, String cellClass, Class<? extends Redrawable> type) {
        for (Node node : control.lookupAll("." + cellClass)) {
            if (type.isInstance(node) && !((IndexedCell<?>) node).isEditing()) {
                type.cast(node).redraw();
            }
        }
    }

    /** Makes {@code classes} hold {@code wanted} (null: none) and no other of {@code family}; unchanged if it does. */
    static void styleOneOf(ObservableList<String> classes, String wanted, List<String> family) {
        for (String c : family) {
            if (!c.equals(wanted) && classes.contains(c)) {
                classes.remove(c);
            }
        }
        if (wanted != null && !classes.contains(wanted)) {
            classes.add(wanted);
        }
    }

    /** A cell that can draw its item again. */
    interface Redrawable {
        void redraw();
    }
}
