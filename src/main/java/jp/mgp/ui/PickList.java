package jp.mgp.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A list whose items are picked with a check box each: a click on an item (box or name) turns it on or off and
 * leaves the others as they are. A multiple-selection list dropped every other pick on a plain click.
 */
final class PickList {

    private final ListView<String> list;
    private final Map<String, BooleanProperty> picked = new LinkedHashMap<>();
    private Function<String, String> show;

    PickList(ListView<String> list, Function<String, String> show) {
        this.list = list;
        this.show = show;
        list.setCellFactory(l -> new ListCell<>() {
            private final CheckBox box = new CheckBox();
            private BooleanProperty bound;

            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                if (bound != null) {
                    box.selectedProperty().unbindBidirectional(bound);
                    bound = null;
                }
                setText(null);
                if (empty || id == null) {
                    setGraphic(null);
                    return;
                }
                box.setText(PickList.this.show.apply(id));
                box.setId(list.getId() + "-" + id);
                bound = property(id);
                box.selectedProperty().bindBidirectional(bound);
                setGraphic(box);
            }
        });
    }

    /** Shows {@code ids} in this order, {@code on} picked; picks of ids still listed are kept. */
    void setItems(List<String> ids, List<String> on) {
        on.forEach(id -> property(id).set(true));
        list.getItems().setAll(ids);
        list.refresh();
    }

    void setShow(Function<String, String> show) {
        this.show = show;
        list.refresh();
    }

    BooleanProperty property(String id) {
        return picked.computeIfAbsent(id, k -> new SimpleBooleanProperty(false));
    }

    /** The picked ids in the list's order. */
    List<String> picked() {
        return list.getItems().stream().filter(id -> property(id).get()).toList();
    }

    ListView<String> view() {
        return list;
    }
}
