package jp.mgp.ui;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.controlsfx.control.RangeSlider;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.edit.RangeEdits;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * Beside a compound segment's rate: the range its rate is drawn from in a simulation, as a slider with two
 * thumbs (in %/yr, 20 points either side of the rate). Dragging an end is one undoable edit; a segment without a
 * range gets one when an end is first moved. Ranges belong to the file, so they are set in the base scenario.
 */
final class RangeRow {

    private final Series series;
    private final int index;
    private final EditorSupport support;
    private final Messages messages;
    private final RangeSlider slider = new RangeSlider();
    private final Label label = new Label();
    private boolean showing;

    private RangeRow(Series series, int index, EditorSupport support) {
        this.series = series;
        this.index = index;
        this.support = support;
        this.messages = support.messages();
    }

    /** The row for segment {@code index} of {@code series}, or null when the segment is not compound. */
    static Node of(Series series, int index, EditorSupport support) {
        if (!(series.segments().get(index) instanceof Segment.Compound)) {
            return null;
        }
        RangeRow row = new RangeRow(series, index, support);
        return row.build();
    }

    private Node build() {
        String id = series.id() + "-" + index + "-range";
        slider.setId(id);
        label.setId(id + "-label");
        label.getStyleClass().add("editor-note");
        label.setWrapText(true);
        slider.setShowTickMarks(false);
        slider.lowValueProperty().addListener((o, a, b) -> moved());
        slider.highValueProperty().addListener((o, a, b) -> moved());
        slider.lowValueChangingProperty().addListener((o, a, now) -> gesture(now));
        slider.highValueChangingProperty().addListener((o, a, now) -> gesture(now));
        support.refreshers().add(this::show);
        show();
        return new VBox(2, label, slider);
    }

    private void gesture(boolean starts) {
        if (starts) {
            support.model().beginGesture();
        } else {
            support.model().endGesture();
        }
    }

    /**
     * Shows the range in force in the scenario on screen (or the rate alone) without making an edit. The file
     * holds a range about the base's rate; a scenario that moves the rate moves the range by as much (as the
     * simulation draws it: {@link RateRange#shifted}), so "+5 pt" shows 20 to 33 %/yr for a base 15 to 28.
     */
    private void show() {
        Projection p = support.model().projection();
        jp.mgp.engine.ProjectionResult r = support.model().result();
        if (p == null || r == null || !(rateIn(p) instanceof Segment.Compound inFile)
                || !(rateIn(r.effective()) instanceof Segment.Compound c)) {
            return;
        }
        RateRange range = p.uncertainty().rateRange(series.id(), index)
                .map(x -> x.shifted(c.rate() - inFile.rate())).orElse(null);
        double rate = c.rate() * 100;
        double low = range == null ? rate : range.low() * 100;
        double high = range == null ? rate : range.high() * 100;
        showing = true;
        try {
            slider.setMin(Math.max(-99.9, Math.min(low, rate - 20)));
            slider.setMax(Math.max(high, rate + 20));
            slider.setLowValue(slider.getMin());
            slider.setHighValue(high);
            slider.setLowValue(low);
        } finally {
            showing = false;
        }
        slider.setDisable(!ProjectionEdits.editsBase(p, support.model().scenarioProperty().get()));
        Locale locale = messages.locale();
        label.setText(range == null ? messages.get("range.none")
                : messages.get("range.shown", String.format(locale, "%.1f", low), String.format(locale, "%.1f", high),
                messages.get(switch (range.distribution()) {
                    case TRIANGULAR -> "range.triangular";
                    case UNIFORM -> "range.uniform";
                    case NORMAL -> "range.normal";
                })));
    }

    /** This row's segment in {@code p}, or null when the series or the segment is not there. */
    private Segment rateIn(Projection p) {
        return p.series(series.id()).filter(s -> index < s.segments().size()).map(s -> s.segments().get(index))
                .orElse(null);
    }

    private void moved() {
        if (showing) {
            return;
        }
        double low = Math.round(slider.getLowValue() * 10) / 1000.0;
        double high = Math.round(slider.getHighValue() * 10) / 1000.0;
        Projection p = support.model().projection();
        RateRange now = p.uncertainty().rateRange(series.id(), index).orElse(null);
        // The slider's ends in tenths of a per cent, as the range was set: no edit when they are where it is.
        if (now != null && Math.abs(now.low() - low) < 1e-9 && Math.abs(now.high() - high) < 1e-9) {
            return;
        }
        support.model().edit(messages.get("edit.range", series.name().get(messages.locale())),
                q -> RangeEdits.setRange(q, series.id(), index, low, high, messages.both("range.why")));
    }
}
