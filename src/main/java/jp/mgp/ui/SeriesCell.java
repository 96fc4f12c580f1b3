package jp.mgp.ui;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;
import jp.mgp.presentation.Theme;

/** One row of the series list: visibility, colour, name, unit and last value, and a provenance badge. */
final class SeriesCell extends ListCell<String> implements CellRedraw.Redrawable {

    /** The style class every series cell carries, by which the list's cells are found to be redrawn. */
    static final String STYLE = "series-cell";

    private final Messages messages;
    private final ProjectionViewModel model;
    private final CheckBox visible = new CheckBox();
    private final Rectangle swatch = new Rectangle(12, 12);
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label badge = new Label();
    private final Tooltip badgeTip = new Tooltip();
    private final HBox row;

    SeriesCell(Messages messages, ProjectionViewModel model) {
        this.messages = messages;
        this.model = model;
        name.getStyleClass().add("series-name");
        detail.getStyleClass().add("series-detail");
        badge.getStyleClass().add("badge");
        getStyleClass().add(STYLE);
        VBox text = new VBox(1, name, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(8, visible, swatch, text, badge);
        // Long names are cut with an ellipsis instead of widening the list into a horizontal scroll.
        setPrefWidth(0);
        text.setMinWidth(0);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        visible.setOnAction(e -> {
            if (getItem() != null) {
                if (visible.isSelected()) {
                    model.hiddenSeries().remove(getItem());
                } else {
                    model.hiddenSeries().add(getItem());
                }
            }
        });
    }

    @Override
    protected void updateItem(String id, boolean empty) {
        super.updateItem(id, empty);
        ProjectionResult r = model.result();
        int s = empty || id == null || r == null ? -1 : r.seriesIndex(id);
        if (s < 0) {
            setGraphic(null);
            setText(null);
            return;
        }
        Locale locale = messages.locale();
        Series series = r.series(s);
        visible.setSelected(!model.hiddenSeries().contains(id));
        visible.setId("visible-" + id);
        swatch.setFill(Color.web(Theme.seriesColour(series, s)));
        name.setText(series.name().get(locale));
        detail.setText(series.unit().label(locale) + " \u00b7 " + r.lastYear() + ": "
                + series.unit().format(r.value(s, r.lastYear()), locale));
        Kind kind = r.weakestKind(s);
        badge.setText(KindText.text(kind, messages.locale()));
        // Only a class that changes is set, and the one tooltip is kept: each new one is styled from the start.
        CellRedraw.styleOneOf(badge.getStyleClass(), "badge-" + kind.id(), EditorSupport.BADGES);
        badgeTip.setText(messages.get("series.badge.tip", count(r, s, Kind.SOURCED), count(r, s, Kind.DERIVED),
                count(r, s, Kind.ASSUMPTION)));
        if (badge.getTooltip() != badgeTip) {
            badge.setTooltip(badgeTip);
        }
        setText(null);
        if (getGraphic() != row) {
            setGraphic(row);
        }
    }

    @Override
    public void redraw() {
        updateItem(getItem(), isEmpty());
    }

    private static int count(ProjectionResult r, int s, Kind kind) {
        int n = 0;
        for (int y = r.firstYear(); y <= r.lastYear(); y++) {
            n += r.kind(s, y) == kind ? 1 : 0;
        }
        return n;
    }
}
