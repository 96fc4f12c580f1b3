package jp.mgp.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import jp.mgp.edit.KnownPoints;
import jp.mgp.edit.NewSeries;
import jp.mgp.edit.StructureEdits;
import jp.mgp.io.table.Grid;
import jp.mgp.io.table.PastedPoints;
import jp.mgp.io.table.SeedFigures;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;
import jp.mgp.presentation.NumberText;

/**
 * Tools → New series from what you know: a series from a figure (or several) and how the user expects it to grow,
 * in a strategist's words: at a steady rate, at the rate that fits several figures (with how far each lies from
 * the line), towards a ceiling along an S-curve, or by the same amount each year. One undoable edit.
 */
final class GrowthDialog {

    enum Choice { COMPOUND, FITTED, SCURVE, LINEAR }

    private final Messages messages;
    private final ProjectionViewModel model;
    private final TextField nameJa = field("growthNameJa");
    private final TextField nameEn = field("growthNameEn");
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<Choice> choice = new ComboBox<>();
    private final TextField year = field("growthYear");
    private final TextField value = field("growthValue");
    private final TextField rate = field("growthRate");
    private final TextField amount = field("growthAmount");
    private final TextField ceiling = field("growthCeiling");
    private final TextField midpoint = field("growthMidpoint");
    private final TextField riseYears = field("growthRiseYears");
    private final TextArea figures = new TextArea();
    private final Label residuals = new Label();
    private final Label problem = new Label();
    private final ReadingViews.Citation citation = new ReadingViews.Citation("growth");
    private SourceRef preset;

    private GrowthDialog(Messages messages, ProjectionViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    /** Opens the form, filled from {@code figure} of the seed library when one is given. */
    static void show(Messages messages, ProjectionViewModel model, SeedFigures.Figure figure, Window owner) {
        GrowthDialog form = new GrowthDialog(messages, model);
        FormDialogs.dialog(owner, messages.get("growth.title"), form.layout(figure), messages.get("growth.ok"),
                messages.get("button.cancel"), form::build)
                .showAndWait().ifPresent(next -> model.edit(messages.get("edit.newSeries"), p -> next));
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private GridPane layout(SeedFigures.Figure figure) {
        Projection p = model.projection();
        unit.setId("growthUnit");
        unit.getItems().setAll(UnitChoices.offered(java.util.List.of(Unit.values()), p, null));
        unit.setConverter(Converters.of(u -> u.label(messages.locale())));
        unit.setValue(p.charts().isEmpty() ? Unit.JPY_TRILLION : p.charts().get(0).unit());
        choice.setId("growthChoice");
        choice.getItems().setAll(Choice.values());
        choice.setConverter(Converters.of(c -> messages.get(switch (c) {
            case COMPOUND -> "growth.choice.compound";
            case FITTED -> "growth.choice.fitted";
            case SCURVE -> "growth.choice.scurve";
            case LINEAR -> "growth.choice.linear";
        })));
        choice.setValue(Choice.COMPOUND);
        figures.setId("growthFigures");
        figures.setPrefRowCount(4);
        figures.setPromptText(messages.get("growth.figures.prompt"));
        residuals.setId("growthResiduals");
        ReadingViews.wrapping(residuals);
        problem.setId("growthProblem");
        problem.getStyleClass().add("field-error");
        ReadingViews.wrapping(problem);
        GridPane grid = ReadingViews.form();
        String[] keys = {"growth.nameJa", "growth.nameEn", "growth.unit", "growth.how", "growth.year", "growth.value",
            "growth.rate", "growth.amount", "growth.ceiling", "growth.midpoint", "growth.riseYears", "growth.figures"};
        Node[] nodes = {nameJa, nameEn, unit, choice, year, value, rate, amount, ceiling, midpoint, riseYears, figures};
        for (int i = 0; i < keys.length; i++) {
            grid.addRow(i, new Label(messages.get(keys[i])), nodes[i]);
        }
        grid.add(residuals, 1, keys.length);
        int next = citation.addTo(grid, keys.length + 1, messages);
        grid.add(problem, 1, next);
        Map<Choice, List<Node>> uses = Map.of(Choice.COMPOUND, List.of(year, value, rate),
                Choice.FITTED, List.of(figures), Choice.SCURVE, List.of(year, value, ceiling, midpoint, riseYears),
                Choice.LINEAR, List.of(year, value, amount));
        Runnable enable = () -> List.of(year, value, rate, amount, ceiling, midpoint, riseYears, figures)
                .forEach(n -> n.setDisable(!uses.get(choice.getValue()).contains(n)));
        choice.valueProperty().addListener((o, a, b) -> enable.run());
        enable.run();
        figures.textProperty().addListener((o, a, b) -> build());
        if (figure != null) {
            nameEn.setText(figure.series());
            unit.setValue(figure.unit());
            year.setText(Integer.toString(figure.year()));
            value.setText(NumberText.of(messages.locale()).format(figure.value()));
            citation.publisher.setText(figure.source().publisher());
            citation.document.setText(figure.source().document());
            citation.quote.setText(figure.source().quote());
            preset = figure.source();
        }
        grid.setPrefWidth(640);
        return grid;
    }

    /** The projection with the new series, or null with the reason shown. */
    private Projection build() {
        problem.setText("");
        Projection p = model.projection();
        String en = nameEn.getText().strip();
        String ja = nameJa.getText().strip();
        try {
            String id = StructureEdits.idFromName(p, en.isEmpty() ? ja : en, "series");
            LocalizedText name = new LocalizedText(ja, en);
            Series s = series(id, name, p.firstYear(), p.lastYear());
            if (s == null) {
                return null;
            }
            if (en.isEmpty() && ja.isEmpty()) {
                problem.setText(messages.get("derived.problem.name"));
                return null;
            }
            return KnownPoints.add(p, s);
        } catch (RuleViolation e) {
            problem.setText(e.message(messages.locale()));
            return null;
        }
    }

    private Series series(String id, LocalizedText name, int first, int last) {
        Unit u = unit.getValue();
        if (choice.getValue() == Choice.FITTED) {
            PastedPoints read = PastedPoints.read(Grid.ofPaste(figures.getText()), u);
            if (!read.ok()) {
                residuals.setText("");
                problem.setText(String.join("\n", read.refusals(messages.locale())));
                return null;
            }
            List<Anchor> anchors = new ArrayList<>();
            read.points().forEach(pt -> anchors.add(anchor(pt.year(), pt.value())));
            NewSeries.Made made = NewSeries.fitted(id, name, u, anchors, first, last);
            StringBuilder b = new StringBuilder(messages.get("growth.fitted", NumberText.of(messages.locale())
                    .withFractionDigits(1, 1).format(made.rate() * 100)));
            for (int i = 0; i < made.years().length; i++) {
                String r = NumberText.of(messages.locale()).withFractionDigits(0, 4).format(made.residuals()[i]);
                // A plus only where a figure lies visibly above the line, not on rounding noise.
                String signed = made.residuals()[i] > 0 && r.matches(".*[1-9].*") ? "+" + r : r;
                b.append('\n').append(messages.get("growth.residual", Integer.toString(made.years()[i]),
                        signed + " " + u.label(messages.locale())));
            }
            residuals.setText(b.toString());
            return made.series();
        }
        OptionalDouble y = number(year, "growth.year");
        OptionalDouble v = y.isPresent() ? number(value, "growth.value") : y;
        if (v.isEmpty() || y.getAsDouble() != Math.rint(y.getAsDouble())) {
            return null;
        }
        Anchor start = anchor((int) y.getAsDouble(), v.getAsDouble());
        return switch (choice.getValue()) {
            case COMPOUND -> number(rate, "growth.rate").stream().mapToObj(r -> NewSeries.compound(id, name, u, start,
                    r / 100, first, last)).findFirst().orElse(null);
            case LINEAR -> number(amount, "growth.amount").stream().mapToObj(a -> NewSeries.linear(id, name, u, start,
                    a, first, last)).findFirst().orElse(null);
            default -> {
                OptionalDouble c = number(ceiling, "growth.ceiling");
                OptionalDouble m = c.isPresent() ? number(midpoint, "growth.midpoint") : c;
                OptionalDouble r = m.isPresent() ? number(riseYears, "growth.riseYears") : m;
                yield r.isEmpty() || r.getAsDouble() < 1 ? null : NewSeries.sCurve(id, name, u, start, c.getAsDouble(),
                        (int) Math.round(m.getAsDouble()), (int) Math.round(r.getAsDouble()), first, last);
            }
        };
    }

    private Anchor anchor(int y, double v) {
        SourceRef typed = citation.source("", 0);
        SourceRef source = typed != null && preset != null && typed.publisher().equals(preset.publisher())
                && typed.document().equals(preset.document()) ? preset : typed;
        return source == null ? Anchor.assumption(y, v) : new Anchor(y, v, Kind.SOURCED, true, source,
                LocalizedText.EMPTY);
    }

    private OptionalDouble number(TextField f, String labelKey) {
        OptionalDouble read = NumberText.of(messages.locale()).parse(f.getText());
        if (read.isEmpty()) {
            problem.setText(messages.get("growth.problem.number", messages.get(labelKey), f.getText()));
        }
        return read;
    }
}
