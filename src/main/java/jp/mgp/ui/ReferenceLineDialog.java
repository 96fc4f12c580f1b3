package jp.mgp.ui;

import java.util.OptionalDouble;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/**
 * A reference line: its label in both languages, its value and unit, and the citation that makes it sourced
 * (without one it is the user's assumption). Its id stays when it is edited, so every chart drawing it follows.
 */
final class ReferenceLineDialog {

    private final Messages messages;
    private final ReferenceLine editing;
    private final String newId;
    private final FormRows rows;
    final TextField labelJa;
    final TextField labelEn;
    final TextField value;
    final ComboBox<Unit> unit = new ComboBox<>();
    final CitationFields citation;
    private final FieldRefusal labelRefusal;
    private final FieldRefusal valueRefusal;

    ReferenceLineDialog(Messages messages, ReferenceLine editing, String newId, Unit chartUnit) {
        this.messages = messages;
        this.editing = editing;
        this.newId = newId;
        rows = new FormRows(messages);
        labelJa = FormRows.field("refLabelJa", editing == null ? "" : editing.label().ja());
        labelEn = FormRows.field("refLabelEn", editing == null ? "" : editing.label().en());
        Unit shown = editing == null ? chartUnit : editing.unit();
        value = FormRows.field("refValue", editing == null ? "" : shown.formatNumber(editing.value(),
                messages.locale()));
        unit.setId("refUnit");
        unit.getItems().setAll(UnitChoices.offered(SeriesDialog.UNITS, null, shown));
        unit.setConverter(Converters.of(u -> u.label(messages.locale())));
        unit.setValue(shown);
        citation = new CitationFields("ref", editing == null ? null : editing.source());
        labelRefusal = FormRows.refusal(labelJa);
        valueRefusal = FormRows.refusal(value);
        rows.add("ref.labelJa", labelJa, labelRefusal);
        rows.add("ref.labelEn", labelEn, null);
        rows.add("point.value", value, valueRefusal);
        rows.add("derived.unit", unit, null);
        citation.addTo(rows);
    }

    /** The line as filled in, or empty when cancelled. */
    static java.util.Optional<ReferenceLine> ask(Messages messages, ReferenceLine editing, String newId,
                                                 Unit chartUnit, Window owner) {
        ReferenceLineDialog form = new ReferenceLineDialog(messages, editing, newId, chartUnit);
        return FormDialogs.dialog(owner, messages.get(editing == null ? "ref.new" : "ref.edit"), form.rows.grid(),
                messages.get(editing == null ? "chart.add" : "chart.apply"), messages.get("button.cancel"),
                form::build).showAndWait();
    }

    /** The line, or null with the reason at its field. */
    ReferenceLine build() {
        labelRefusal.clear();
        valueRefusal.clear();
        citation.publisherRefusal.clear();
        LocalizedText label = new LocalizedText(labelJa.getText().strip(), labelEn.getText().strip());
        if (label.isEmpty()) {
            labelRefusal.refuse(jp.mgp.model.ModelText.get("edit.reference.noLabel", messages.locale()));
            return null;
        }
        OptionalDouble v = SeriesDialog.numbers(messages).parse(value.getText());
        if (v.isEmpty()) {
            valueRefusal.refuse(messages.get("form.notNumber", value.getText().strip()));
            return null;
        }
        SourceRef cited = citation.citation();
        if (cited != null && cited.publisher().isEmpty() && cited.document().isEmpty()) {
            citation.publisherRefusal.refuse(jp.mgp.model.ModelText.get("edit.reference.citation",
                    messages.locale(), label.get(messages.locale())));
            return null;
        }
        return new ReferenceLine(editing == null ? newId : editing.id(), label, v.getAsDouble(), unit.getValue(),
                cited == null ? Kind.ASSUMPTION : Kind.SOURCED, cited);
    }
}
