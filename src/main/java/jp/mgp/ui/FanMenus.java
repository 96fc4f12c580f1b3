package jp.mgp.ui;

import java.util.function.Supplier;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The menu entries of the fans: View → Uncertainty fans (Ctrl+F) and Tools → How sure… (Ctrl+Shift+F). */
final class FanMenus {

    private FanMenus() {
    }

    static void addTo(FanView fans, Menu view, Menu tools, Messages messages, ProjectionViewModel model,
                      Supplier<Window> owner) {
        CheckMenuItem toggle = new CheckMenuItem();
        toggle.setId("fansItem");
        toggle.textProperty().bind(messages.text("menu.view.fans"));
        toggle.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        toggle.selectedProperty().bindBidirectional(fans.shownProperty());
        toggle.disableProperty().bind(model.projectionProperty().isNull());
        view.getItems().addAll(new SeparatorMenuItem(), toggle);
        MenuItem sure = new MenuItem();
        sure.setId("howSureItem");
        sure.textProperty().bind(messages.text("menu.tools.howSure"));
        sure.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        sure.disableProperty().bind(model.projectionProperty().isNull());
        sure.setOnAction(e -> HowSureDialog.show(messages, model, fans, owner.get()));
        tools.getItems().add(sure);
    }
}
