package jp.mgp.ui;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import jp.mgp.edit.StructureEdits;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Scenario;

/** A scenario's name and description in both languages; its id, which files and the command line use, stays. */
final class ScenarioDialog {

    private final Messages messages;
    private final Projection p;
    private final Scenario editing;
    private final FormRows rows;
    final TextField nameJa;
    final TextField nameEn;
    final TextArea describeJa = new TextArea();
    final TextArea describeEn = new TextArea();
    private final FieldRefusal nameRefusal;

    ScenarioDialog(Messages messages, Projection p, Scenario editing) {
        this.messages = messages;
        this.p = p;
        this.editing = editing;
        rows = new FormRows(messages);
        nameJa = FormRows.field("scenarioNameJa", editing.name().ja());
        nameEn = FormRows.field("scenarioNameEn", editing.name().en());
        nameRefusal = FormRows.refusal(nameJa);
        describeJa.setId("scenarioDescriptionJa");
        describeEn.setId("scenarioDescriptionEn");
        for (TextArea a : new TextArea[] {describeJa, describeEn}) {
            a.setPrefRowCount(3);
            a.setWrapText(true);
        }
        describeJa.setText(editing.description().ja());
        describeEn.setText(editing.description().en());
        rows.add("derived.nameJa", nameJa, nameRefusal);
        rows.add("derived.nameEn", nameEn, null);
        rows.add("scenario.descriptionJa", describeJa, null);
        rows.add("scenario.descriptionEn", describeEn, null);
    }

    static void show(Messages messages, ProjectionViewModel model, Scenario s, Window owner) {
        ScenarioDialog form = new ScenarioDialog(messages, model.projection(), s);
        String what = messages.get("edit.describeScenario", s.name().get(messages.locale()));
        FormDialogs.dialog(owner, messages.get("menu.scenario.rename").replace("\u2026", ""), form.rows.grid(),
                messages.get("chart.apply"), messages.get("button.cancel"), form::build)
                .showAndWait().ifPresent(next -> model.edit(what, q -> next));
    }

    Projection build() {
        nameRefusal.clear();
        try {
            return StructureEdits.describeScenario(p, editing.id(), new LocalizedText(nameJa.getText().strip(),
                    nameEn.getText().strip()), new LocalizedText(describeJa.getText().strip(),
                    describeEn.getText().strip()));
        } catch (RuleViolation e) {
            nameRefusal.refuse(e.message(messages.locale()));
            return null;
        }
    }
}
