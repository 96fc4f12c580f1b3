package jp.mgp.ui;

import java.util.List;
import java.util.OptionalDouble;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;

import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * Where a new series starts: a figure in a year and a yearly growth rate, both the user's assumptions (with that
 * said in words) until cited known points are added. A series needs both to be drawn at all.
 */
final class SeriesStart {

    private final Messages messages;
    private final Projection p;
    final Spinner<Integer> year;
    final TextField value = FormRows.field("seriesStartValue", "");
    final TextField rate = FormRows.field("seriesRate", "");
    private final FieldRefusal valueRefusal = FormRows.refusal(value);
    private final FieldRefusal rateRefusal = FormRows.refusal(rate);

    SeriesStart(Messages messages, Projection p) {
        this.messages = messages;
        this.p = p;
        year = new Spinner<>(p.firstYear(), p.lastYear(), p.firstYear());
        year.setId("seriesStartYear");
        year.setEditable(true);
        rate.setText(SeriesDialog.numbers(messages).format(10));
    }

    void addTo(FormRows rows) {
        rows.span(SeriesDialog.hint(messages.get("seriesDialog.startHint")));
        rows.add("seriesDialog.startYear", year, null);
        rows.add("seriesDialog.startValue", value, valueRefusal);
        rows.add("seriesDialog.rate", rate, rateRefusal);
    }

    /** The starting figure typed, or empty with the reason at its field. */
    OptionalDouble value() {
        return read(value, valueRefusal);
    }

    /** The yearly growth typed in percent, as a fraction (10 → 0.10), or empty with the reason at its field. */
    OptionalDouble rate() {
        OptionalDouble r = read(rate, rateRefusal);
        return r.isEmpty() ? r : OptionalDouble.of(r.getAsDouble() / 100);
    }

    private OptionalDouble read(TextField field, FieldRefusal refusal) {
        refusal.clear();
        OptionalDouble v = SeriesDialog.numbers(messages).parse(field.getText());
        if (v.isEmpty()) {
            refusal.refuse(messages.get("form.notNumber", field.getText().strip()));
        }
        return v;
    }

    /** The new series: the starting figure pinned in its year, compound growth over the projection's years. */
    Series series(String id, LocalizedText name, Unit unit, String colour, LocalizedText note, double start,
                  double growth) {
        LocalizedText why = messages.both("series.new.why");
        Anchor first = new Anchor(year.getValue(), start, Kind.ASSUMPTION, true, null, why);
        Segment grows = new Segment.Compound(p.firstYear(), p.lastYear(), growth, Basis.assumption(why));
        return new Series(id, name, unit, colour, List.of(first), List.of(grows), null, note);
    }
}
