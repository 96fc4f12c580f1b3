package jp.mgp.ui;

import java.util.OptionalDouble;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import jp.mgp.edit.PointEdits;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;

/**
 * A known point of a series: its year, its value, whether the curve passes through it, and its citation. A point
 * with a citation is sourced; without one it is the user's assumption, with the reason in words. A sourced figure
 * given another value under the same citation is no longer what the source says, so it becomes an assumption.
 */
final class KnownPointDialog {

    private final Messages messages;
    private final Projection p;
    private final Series series;
    private final Anchor editing;
    private final FormRows rows;
    final Spinner<Integer> year;
    final TextField value;
    final CheckBox pinned = new CheckBox();
    final CitationFields citation;
    final TextField note;
    private final FieldRefusal valueRefusal;
    private final FieldRefusal yearRefusal;

    /** @param editing the point to change, or null for a new one */
    KnownPointDialog(Messages messages, Projection p, Series series, Anchor editing) {
        this.messages = messages;
        this.p = p;
        this.series = series;
        this.editing = editing;
        rows = new FormRows(messages);
        int startYear = editing != null ? editing.year() : Math.max(p.firstYear(), Math.min(p.lastYear(),
                java.time.Year.now().getValue()));
        year = new Spinner<>(p.firstYear(), p.lastYear(), startYear);
        year.setId("pointYear");
        year.setEditable(true);
        yearRefusal = FormRows.refusal(year);
        value = FormRows.field("pointValue", editing == null ? ""
                : series.unit().formatNumber(editing.value(), messages.locale()));
        valueRefusal = FormRows.refusal(value);
        pinned.setId("pointPinned");
        pinned.setText(messages.get("point.pinned"));
        pinned.setSelected(editing == null || editing.pinned());
        citation = new CitationFields("point", editing == null ? null : editing.source());
        note = FormRows.field("pointNote", editing == null ? "" : editing.note().get(messages.locale()));
        note.setPromptText(messages.get("point.notePrompt"));
        rows.span(SeriesDialog.hint(messages.get("point.hint", series.name().get(messages.locale()),
                series.unit().label(messages.locale()))));
        rows.add("point.year", year, yearRefusal);
        rows.add("point.value", value, valueRefusal);
        rows.add("point.curve", pinned, null);
        citation.addTo(rows);
        rows.add("point.note", note, null);
    }

    /** Adds a known point to {@code series} ({@code year} null) or changes the one in {@code year}; one undo step. */
    static void show(Messages messages, ProjectionViewModel model, String seriesId, Integer year, Window owner) {
        Projection p = model.projection();
        Series s = p.series(seriesId).orElseThrow();
        Anchor a = year == null ? null : s.anchors().stream().filter(x -> x.year() == year).findFirst().orElse(null);
        KnownPointDialog form = new KnownPointDialog(messages, p, s, a);
        String name = s.name().get(messages.locale());
        FormDialogs.dialog(owner, messages.get(a == null ? "point.new" : "point.edit", name), form.rows.grid(),
                messages.get(a == null ? "chart.add" : "chart.apply"), messages.get("button.cancel"), form::build)
                .showAndWait().ifPresent(next -> model.edit(messages.get("edit.point", name), q -> next));
    }

    /** The point as filled in; null with the reason at its field. */
    Anchor point() {
        valueRefusal.clear();
        yearRefusal.clear();
        citation.publisherRefusal.clear();
        OptionalDouble v = SeriesDialog.numbers(messages).parse(value.getText());
        if (v.isEmpty()) {
            valueRefusal.refuse(messages.get("form.notNumber", value.getText().strip()));
            return null;
        }
        SourceRef cited = citation.citation();
        if (cited != null && cited.publisher().isEmpty() && cited.document().isEmpty()) {
            citation.publisherRefusal.refuse(jp.mgp.model.ModelText.get("edit.point.citation", messages.locale(),
                    series.name().get(messages.locale()), Integer.toString(year.getValue())));
            return null;
        }
        String typedNote = note.getText().strip();
        LocalizedText why = editing != null && typedNote.equals(editing.note().get(messages.locale()))
                ? editing.note() : LocalizedText.of(typedNote);
        Kind kind = cited == null ? Kind.ASSUMPTION : Kind.SOURCED;
        if (editing != null && editing.source() != null && !citation.changed() && !sameValue(v.getAsDouble())) {
            // The source's words still stand, but not for this value: the user's assumption, with what it was.
            kind = Kind.ASSUMPTION;
            if (why.isEmpty()) {
                why = messages.both("edit.why", EditorSupport.wasText(series, editing));
            }
        }
        return new Anchor(year.getValue(), v.getAsDouble(), kind, pinned.isSelected(), cited, why);
    }

    private boolean sameValue(double typed) {
        return series.unit().formatNumber(typed, messages.locale())
                .equals(series.unit().formatNumber(editing.value(), messages.locale()));
    }

    /** The projection with the point set, or null with the refusal shown at its field. */
    Projection build() {
        Anchor a = point();
        if (a == null) {
            return null;
        }
        try {
            return editing == null ? PointEdits.setKnownPoint(p, series.id(), a)
                    : PointEdits.replaceKnownPoint(p, series.id(), editing.year(), a);
        } catch (RuleViolation e) {
            // A year taken or outside the projection is named with the year; the rest concerns the value.
            FieldRefusal at = e.message(java.util.Locale.ENGLISH).contains(Integer.toString(a.year())) ? yearRefusal
                    : valueRefusal;
            at.refuse(e.message(messages.locale()));
            return null;
        }
    }
}
