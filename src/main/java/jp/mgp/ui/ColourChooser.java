package jp.mgp.ui;

import java.util.Locale;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import jp.mgp.model.Palette;

/**
 * The palette a series' colour is chosen from. Colours other series are drawn in are shown but cannot be chosen,
 * each naming the series in its tooltip, so two lines never look alike; any other colour comes from the picker.
 */
final class ColourChooser {

    private final FlowPane pane = new FlowPane(6, 6);
    private final ToggleGroup group = new ToggleGroup();
    private final ColorPicker other = new ColorPicker();
    private String chosen;

    /**
     * @param usedBy  each colour in use (lower case) and the name of the series drawn in it, the series being edited
     *                left out
     * @param current the colour to start from
     */
    ColourChooser(Messages messages, Map<String, String> usedBy, String current) {
        chosen = current.toLowerCase(Locale.ROOT);
        for (String c : Palette.all()) {
            ToggleButton b = new ToggleButton();
            b.setId("colour-" + c.substring(1));
            b.setToggleGroup(group);
            b.setUserData(c);
            Region swatch = new Region();
            swatch.setPrefSize(22, 16);
            swatch.setBackground(new Background(new BackgroundFill(Color.web(c), CornerRadii.EMPTY, Insets.EMPTY)));
            b.setGraphic(swatch);
            String user = usedBy.get(c);
            b.setDisable(user != null);
            b.setTooltip(new Tooltip(user == null ? c : messages.get("seriesDialog.colourUsed", user)));
            b.setSelected(c.equals(chosen));
            pane.getChildren().add(b);
        }
        other.setId("colourOther");
        other.setValue(Color.web(chosen.isEmpty() ? Palette.COLOURS.get(0) : chosen));
        other.setOnAction(e -> {
            group.selectToggle(null);
            chosen = hex(other.getValue());
        });
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                chosen = (String) now.getUserData();
                other.setValue(Color.web(chosen));
            }
        });
        pane.getChildren().add(other);
    }

    FlowPane view() {
        return pane;
    }

    /** The colour chosen, as {@code #rrggbb}. */
    String colour() {
        return chosen;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
