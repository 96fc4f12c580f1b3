package jp.mgp.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.geometry.Insets;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import jp.mgp.edit.StructureEdits;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Palette;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;
import jp.mgp.presentation.NumberText;

/**
 * A series' name in both languages with an optional note, its unit, its colour and the charts it is drawn on; a
 * new series also gets the figure it starts from and how fast it grows (both the user's assumptions until a
 * cited figure replaces them). The result is checked by the model's rules, each refusal shown at its field.
 */
final class SeriesDialog {

    /** The units offered, in the order a strategist reaches for them. */
    static final List<Unit> UNITS = List.of(Unit.JPY_TRILLION, Unit.JPY_100M, Unit.JPY_MILLION, Unit.USD_BILLION,
            Unit.USD_MILLION, Unit.PEOPLE_10K, Unit.PEOPLE, Unit.PERCENT, Unit.INDEX, Unit.EFLOPS);

    private final Messages messages;
    private final Projection p;
    private final Series editing;
    private final FormRows rows;
    final TextField nameJa = FormRows.field("seriesNameJa", "");
    final TextField nameEn = FormRows.field("seriesNameEn", "");
    final TextField noteJa = FormRows.field("seriesNoteJa", "");
    final TextField noteEn = FormRows.field("seriesNoteEn", "");
    final ComboBox<Unit> unit = new ComboBox<>();
    final ColourChooser colour;
    final List<CheckBox> charts = new ArrayList<>();
    final SeriesStart start;
    final OwnUnitFields own;
    private final FieldRefusal nameRefusal = FormRows.refusal(nameJa);
    private final FieldRefusal unitRefusal;
    private String madeId;

    /** @param editing the series to change, or null for a new one */
    SeriesDialog(Messages messages, Projection p, Series editing) {
        this.messages = messages;
        this.p = p;
        this.editing = editing;
        this.rows = new FormRows(messages);
        unit.setId("seriesUnit");
        unitRefusal = FormRows.refusal(unit);
        Map<String, String> usedBy = new LinkedHashMap<>();
        for (int i = 0; i < p.series().size(); i++) {
            Series s = p.series().get(i);
            if (editing == null || !s.id().equals(editing.id())) {
                usedBy.putIfAbsent(Palette.colour(s, i).toLowerCase(Locale.ROOT), s.name().get(messages.locale()));
            }
        }
        String first = editing == null ? Palette.free(p) : Palette.colour(editing, p.seriesIndex(editing.id()));
        colour = new ColourChooser(messages, usedBy, first);
        start = editing == null ? new SeriesStart(messages, p) : null;
        own = new OwnUnitFields(messages, editing == null ? null : editing.unit());
        layOut();
    }

    /**
     * Opens the dialog over {@code owner} for series {@code seriesId} (or a new series when null); the change is one
     * undo step. Returns the id of the series made or changed, or null when cancelled.
     */
    static String show(Messages messages, ProjectionViewModel model, String seriesId, Window owner) {
        Series s = seriesId == null ? null : model.projection().series(seriesId).orElse(null);
        SeriesDialog form = new SeriesDialog(messages, model.projection(), s);
        String label = messages.get(s == null ? "edit.addSeries" : "edit.series", s == null ? ""
                : s.name().get(messages.locale()));
        return FormDialogs.dialog(owner, messages.get(s == null ? "seriesDialog.new" : "seriesDialog.edit"),
                form.rows.grid(), messages.get(s == null ? "chart.add" : "chart.apply"), messages.get("button.cancel"),
                form::build).showAndWait().map(next -> {
                    model.edit(label, q -> next);
                    return form.madeId;
                }).orElse(null);
    }

    private void layOut() {
        Locale locale = messages.locale();
        Unit first = editing != null ? editing.unit() : p.charts().isEmpty() ? Unit.JPY_TRILLION
                : p.charts().get(0).unit();
        unit.getItems().setAll(UnitChoices.offered(UNITS, p, first));
        unit.setConverter(Converters.of(u -> u.label(locale)));
        unit.setValue(first);
        // While the unit is the user's own, the list's unit is not the series' unit: out of sight.
        unit.visibleProperty().bind(own.toggle.selectedProperty().not());
        unit.managedProperty().bind(unit.visibleProperty());
        rows.add("derived.nameJa", nameJa, nameRefusal);
        rows.add("derived.nameEn", nameEn, null);
        rows.add("seriesDialog.noteJa", noteJa, null);
        rows.add("seriesDialog.noteEn", noteEn, null);
        rows.add("derived.unit", new HBox(8, unit, own.toggle), unitRefusal);
        rows.span(own.view());
        GridPane.setMargin(own.view(), new Insets(0, 0, 4, 142));
        rows.add("seriesDialog.colour", colour.view(), null);
        FlowPane chartBoxes = new FlowPane(12, 6);
        for (ChartSpec c : p.charts()) {
            CheckBox box = new CheckBox(c.title().get(locale));
            box.setId("seriesChart-" + c.id());
            box.setUserData(c.id());
            box.setSelected(editing == null ? c == p.charts().get(0) : c.series().contains(editing.id()));
            charts.add(box);
            chartBoxes.getChildren().add(box);
        }
        rows.add("seriesDialog.charts", chartBoxes, null);
        unit.valueProperty().addListener(o -> fitCharts());
        own.toggle.selectedProperty().addListener(o -> fitCharts());
        fitCharts();
        if (start != null) {
            start.addTo(rows);
        }
        if (editing != null) {
            nameJa.setText(editing.name().ja());
            nameEn.setText(editing.name().en());
            noteJa.setText(editing.note().ja());
            noteEn.setText(editing.note().en());
        }
    }

    /**
     * A chart shows the units of one dimension: one that cannot show the unit chosen is unticked and out of reach,
     * rather than ticked (a new series starts on the first chart) and refused when the user confirms. A unit of the
     * user's own is a dimension of its own, which only a chart in such a unit can show (the rules then judge which).
     */
    private void fitCharts() {
        for (CheckBox box : charts) {
            Unit shown = p.charts().stream().filter(c -> c.id().equals(box.getUserData())).map(ChartSpec::unit)
                    .findFirst().orElse(null);
            boolean fits = shown == null || (own.toggle.isSelected() ? shown.dimension() == Unit.Dimension.OWN
                    : unit.getValue() == null || unit.getValue().convertibleTo(shown));
            if (!fits) {
                box.setSelected(false);
            }
            box.setDisable(!fits);
        }
    }

    /** The projection with the series made or changed, or null with the reason shown at its field. */
    Projection build() {
        nameRefusal.clear();
        unitRefusal.clear();
        LocalizedText name = new LocalizedText(nameJa.getText().strip(), nameEn.getText().strip());
        if (name.ja().isEmpty() && name.en().isEmpty()) {
            nameRefusal.refuse(messages.get("derived.problem.name"));
            return null;
        }
        Unit chosen = own.chosen() ? own.unit() : unit.getValue();
        if (chosen == null) {
            return null;
        }
        LocalizedText note = new LocalizedText(noteJa.getText().strip(), noteEn.getText().strip());
        List<String> chartIds = charts.stream().filter(CheckBox::isSelected).map(b -> (String) b.getUserData())
                .toList();
        try {
            if (editing != null) {
                madeId = editing.id();
                return StructureEdits.changeSeries(p, editing.id(), name, chosen, colour.colour(), note,
                        chartIds);
            }
            OptionalDouble value = start.value();
            OptionalDouble rate = start.rate();
            if (value.isEmpty() || rate.isEmpty()) {
                return null;
            }
            String id = StructureEdits.idFromName(p, name.en().isEmpty() ? name.ja() : name.en(), "series");
            Series made = start.series(id, name, chosen, colour.colour(), note, value.getAsDouble(),
                    rate.getAsDouble());
            madeId = id;
            return StructureEdits.addSeries(p, made, chartIds);
        } catch (RuleViolation e) {
            unitRefusal.refuse(e.message(messages.locale()));
            return null;
        }
    }

    /** The form, for a test or a screenshot to reach its fields. */
    javafx.scene.Parent view() {
        return rows.grid();
    }

    static NumberText numbers(Messages messages) {
        return NumberText.of(messages.locale());
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("editor-note");
        return l;
    }
}
