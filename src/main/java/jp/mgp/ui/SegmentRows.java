package jp.mgp.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.ProvenanceText;
import jp.mgp.model.GrowthModel;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.presentation.NumberText;

/**
 * The controls of one series' growth segments: end year, growth model, each parameter as slider and spinner,
 * and why the rule is what it is.
 */
final class SegmentRows {

    private final EditorSupport support;
    private final Messages messages;
    private final ProjectionViewModel model;

    SegmentRows(EditorSupport support) {
        this.support = support;
        this.messages = support.messages();
        this.model = support.model();
    }

    VBox segmentRow(Series series, int index, ProvenanceText words) {
        Segment g = series.segments().get(index);
        Label head = new Label(words.segment(g, series, model.result()));
        head.getStyleClass().add("segment-head");
        head.setWrapText(true);
        Label badge = support.badge(g.basis().kind());
        Label why = new Label(g.basis().rationale().get(messages.locale())
                + (g.basis().source() == null ? "" : "\n" + g.basis().source().shortCitation(messages.locale())));
        why.setWrapText(true);
        why.getStyleClass().add("editor-note");
        Label from = new Label(g.from() + "\u2013");
        from.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox refusals = new VBox();
        // Years, model and badge keep their width and wrap onto a second line in a narrow panel.
        javafx.scene.layout.FlowPane years = new javafx.scene.layout.FlowPane(4, 4, from,
                endOf(series, index, refusals), modelChoice(series, index, refusals), badge);
        years.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox row = new VBox(4, years, refusals, head);
        support.refreshers().add(() -> {
            Segment now = support.current(series.id()).segments().get(index);
            head.setText(words.segment(now, support.current(series.id()), model.result()));
            support.setBadge(badge, now.basis().kind());
            why.setText(now.basis().rationale().get(messages.locale())
                    + (now.basis().source() == null ? "" : "\n" + now.basis().source().shortCitation(messages.locale())));
        });
        for (String parameter : g.parameterNames()) {
            // A target without a value aims at the series' own figure in its last year: nothing to set.
            if (Double.isFinite(g.parameter(parameter))) {
                row.getChildren().add(parameterControl(series, index, parameter).node());
            }
        }
        javafx.scene.Node range = RangeRow.of(series, index, support);
        if (range != null) {
            row.getChildren().add(range);
        }
        row.getChildren().add(why);
        row.getChildren().add(new ReasonField(support, series, index).node());
        row.getStyleClass().add("segment-row");
        return row;
    }

    /**
     * The segment's last year: a spinner moving its boundary with the next segment, or fixed for the last. A
     * refusal goes into {@code refusals}, under the years.
     */
    private javafx.scene.Node endOf(Series series, int index, VBox refusals) {
        Segment g = series.segments().get(index);
        if (index + 1 >= series.segments().size()) {
            return new Label(Integer.toString(g.to()));
        }
        int max = series.segments().get(index + 1).to() - 1;
        javafx.scene.control.Spinner<Integer> end = new javafx.scene.control.Spinner<>(g.from() + 1, max, g.to());
        String fieldId = "end-" + series.id() + "-" + index;
        end.setId(fieldId);
        end.setPrefWidth(84);
        end.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        end.setEditable(true);
        String place = support.segmentPlace(series, index, messages.get("param.endYear"));
        FieldRefusal refusal = support.refusalAt(end, fieldId);
        refusals.getChildren().add(refusal.message());
        support.refreshers().add(() -> {
            if (refusal.shown()) {
                refusal.clear();
                end.getEditor().setText(Integer.toString(end.getValue()));
            }
        });
        end.getValueFactory().setConverter(YearField.converter(messages, end, refusal, place));
        end.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(support.current(series.id()).segments().get(index).to())) {
                support.structural(messages.get("edit.boundary", series.name().get(messages.locale())),
                        p -> ProjectionEdits.moveBoundary(p, series.id(), index, now,
                                messages.both("edit.why", EditorSupport.wasText(support.current(series.id()), index, model.result()))),
                        fieldId, place);
            }
        });
        return end;
    }

    /** The segment's growth model, replaceable by another that starts from the values the series has now. */
    private javafx.scene.Node modelChoice(Series series, int index, VBox refusals) {
        javafx.scene.control.ComboBox<String> choice = new javafx.scene.control.ComboBox<>();
        choice.setId("model-" + series.id() + "-" + index);
        choice.getItems().setAll(java.util.Arrays.stream(GrowthModel.values()).map(GrowthModel::id).toList());
        choice.setConverter(Converters.of(t -> GrowthModel.byId(t).orElseThrow().label(messages.locale())));
        choice.setValue(series.segments().get(index).type());
        String fieldId = choice.getId();
        choice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FieldRefusal refusal = support.refusalAt(choice, fieldId);
        refusals.getChildren().add(refusal.message());
        support.refreshers().add(refusal::clear);
        choice.valueProperty().addListener((obs, old, now) -> {
            ProjectionResult r = model.result();
            double[] values = r.values(r.seriesIndex(series.id()));
            support.structural(messages.get("edit.model", series.name().get(messages.locale())),
                    p -> ProjectionEdits.setModel(p, series.id(), index, now, values,
                            messages.both("edit.why", EditorSupport.wasText(support.current(series.id()), index, r))),
                    fieldId, support.segmentPlace(series, index, messages.get("param.model")));
        });
        return choice;
    }

    private ParameterControl parameterControl(Series series, int index, String parameter) {
        Segment g = series.segments().get(index);
        boolean rate = parameter.equals("rate");
        GrowthModel.Parameter bounds = GrowthModel.Parameter.byId(parameter).orElseThrow();
        double scale = bounds.measure().displayScale();
        double value = g.parameter(parameter) * scale;
        double span = rate ? 20 : parameter.equals("midpoint") ? 10 : Math.max(Math.abs(value), 1);
        double step = rate ? 0.1 : parameter.equals("midpoint") ? 1 : parameter.equals("steepness") ? 0.01
                : niceStep(Math.abs(value));
        double min = bounds.lowestUsable() * scale;
        double max = bounds.upper() * scale;
        String unit = rate ? messages.get("unit.ratePerYear") : parameter.equals("midpoint") ? ""
                // Steepness is the curve's rate per year, not an amount in the series' unit.
                : parameter.equals("steepness") ? messages.get("unit.perYear").strip()
                : series.unit().label(messages.locale()) + (parameter.equals("increment") ? messages.get("unit.perYear")
                : "");
        NumberText text = NumberText.of(messages.locale()).withFractionDigits(step < 1 ? 1 : 0,
                step < 0.01 ? 4 : step < 0.1 ? 2 : 1);
        text = rate ? text.withPercentSign() : parameter.equals("midpoint") ? text.withoutGrouping() : text;
        String id = series.id() + "-" + index + "-" + parameter;
        String name = messages.get(switch (parameter) {
            case "rate" -> "param.rate";
            case "increment" -> "param.increment";
            case "capacity" -> "param.capacity";
            case "steepness" -> "param.steepness";
            case "midpoint" -> "param.midpoint";
            default -> "param.value";
        });
        ParameterControl.Spec spec = new ParameterControl.Spec(id, name, g.parameterNames().size() > 1, unit,
                support.segmentPlace(series, index, name), value, min, max, span, step, text);
        ParameterControl control = new ParameterControl(spec, new ParameterControl.Target() {
                    @Override
                    public void set(double display) {
                        setParameter(series.id(), index, parameter, display / scale);
                    }

                    @Override
                    public void beginGesture() {
                        model.beginGesture();
                    }

                    @Override
                    public void endGesture() {
                        model.endGesture();
                    }
                }, e -> support.refusal(e, spec.place()), messages);
        support.refreshers().add(() -> control.show(support.current(series.id()).segments().get(index).parameter(parameter) * scale));
        return control;
    }

    private static double niceStep(double magnitude) {
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(magnitude, 1e-9))) - 1);
        return step <= 0 ? 0.1 : step;
    }

    /** @throws IllegalArgumentException when the model refuses the value (shown at its field) */
    private void setParameter(String seriesId, int segment, String parameter, double value) {
        Series before = support.current(seriesId);
        LocalizedText was = EditorSupport.wasText(before, segment, model.result());
        String label = messages.get("edit.parameter", before.name().get(messages.locale()));
        // A rate carries its range along (RangeEdits), so the fan stays around the line being dragged.
        model.edit(label, p -> parameter.equals("rate") && p.series(seriesId).orElseThrow().segments().get(segment)
                instanceof jp.mgp.model.Segment.Compound
                ? jp.mgp.edit.RangeEdits.setRate(p, model.scenarioProperty().get(), seriesId, segment, value,
                messages.both("edit.why", was))
                : ProjectionEdits.setParameter(p, model.scenarioProperty().get(), seriesId, segment,
                parameter, value, messages.both("edit.why", was)));
    }
}
