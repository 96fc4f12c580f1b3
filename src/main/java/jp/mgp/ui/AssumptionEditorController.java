package jp.mgp.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.ProvenanceText;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Scenario;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * The selected series' assumptions: each growth segment's parameters as slider and spinner, and its anchors with
 * their citations. Every change recomputes at once. The controls are rebuilt only when the series, scenario,
 * language or the shape of its rules changes; otherwise they are updated in place, so a drag is never cut off.
 */
public final class AssumptionEditorController {

    @FXML private Label title;
    @FXML private Label scenarioNote;
    @FXML private Label growthHeading;
    @FXML private VBox segmentsBox;
    @FXML private Label anchorsHeading;
    @FXML private GridPane anchorsGrid;
    @FXML private Label problem;

    private final Messages messages;
    private final ProjectionViewModel model;
    private final List<Runnable> refreshers = new ArrayList<>();
    private String shownKey = "";

    public AssumptionEditorController(Messages messages, ProjectionViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    @FXML
    private void initialize() {
        growthHeading.textProperty().bind(messages.text("editor.growth"));
        anchorsHeading.textProperty().bind(messages.text("editor.anchors"));
        model.resultProperty().addListener((obs, old, now) -> refresh());
        model.selectedSeriesProperty().addListener((obs, old, now) -> refresh());
        messages.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        ProjectionResult r = model.result();
        String id = model.selectedSeriesProperty().get();
        int s = r == null || id == null ? -1 : r.seriesIndex(id);
        if (s < 0) {
            shownKey = "";
            title.setText("");
            scenarioNote.setText("");
            segmentsBox.getChildren().clear();
            anchorsGrid.getChildren().clear();
            return;
        }
        Series series = r.series(s);
        String key = id + "|" + r.scenarioId() + "|" + messages.locale() + "|" + shape(series);
        if (key.equals(shownKey)) {
            refreshers.forEach(Runnable::run);
            return;
        }
        shownKey = key;
        rebuild(r, series);
    }

    /**
     * What decides which controls there are: segment models and years, anchor years. Kinds are left out: the
     * first move of a sourced rate makes it an assumption, and that must not rebuild the slider being dragged.
     */
    private static String shape(Series s) {
        StringBuilder b = new StringBuilder(String.valueOf(s.isDerived()));
        s.segments().forEach(g -> b.append(g.type()).append(g.from()).append(g.to()).append(';'));
        s.anchors().forEach(a -> b.append(a.year()).append(a.pinned()).append(';'));
        return b.toString();
    }

    private void rebuild(ProjectionResult r, Series series) {
        Locale locale = messages.locale();
        ProvenanceText words = new ProvenanceText(locale);
        refreshers.clear();
        problem.setText("");
        title.setText(series.name().get(locale) + " (" + series.unit().label(locale) + ")");
        String scenario = r.scenarioId();
        boolean base = scenario == null || Scenario.BASE.equals(scenario);
        scenarioNote.setText(base ? messages.get("editor.editsBase")
                : messages.get("editor.editsScenario", r.effective().scenario(scenario).map(x -> x.name().get(locale))
                .orElse(scenario)));
        segmentsBox.getChildren().clear();
        if (series.isDerived()) {
            segmentsBox.getChildren().add(new Label(words.derivation(series, r)));
        }
        for (int i = 0; i < series.segments().size(); i++) {
            segmentsBox.getChildren().add(segmentRow(series, i, words));
        }
        anchorsGrid.getChildren().clear();
        for (int i = 0; i < series.anchors().size(); i++) {
            anchorRow(series, i, i, words);
        }
    }

    private VBox segmentRow(Series series, int index, ProvenanceText words) {
        Segment g = series.segments().get(index);
        Label head = new Label(words.segment(g, series, model.result()));
        head.getStyleClass().add("segment-head");
        head.setWrapText(true);
        Label badge = badge(g.basis().kind());
        Label why = new Label(g.basis().rationale().get(messages.locale())
                + (g.basis().source() == null ? "" : "\n" + g.basis().source().shortCitation()));
        why.setWrapText(true);
        why.getStyleClass().add("editor-note");
        javafx.scene.layout.HBox years = new javafx.scene.layout.HBox(4, new Label(g.from() + "\u2013"),
                endOf(series, index), modelChoice(series, index), badge);
        years.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox row = new VBox(4, years, head);
        refreshers.add(() -> {
            Segment now = current(series.id()).segments().get(index);
            head.setText(words.segment(now, current(series.id()), model.result()));
            setBadge(badge, now.basis().kind());
            why.setText(now.basis().rationale().get(messages.locale())
                    + (now.basis().source() == null ? "" : "\n" + now.basis().source().shortCitation()));
        });
        for (String parameter : g.parameterNames()) {
            // A target without a value aims at the series' own figure in its last year: nothing to set.
            if (Double.isFinite(g.parameter(parameter))) {
                row.getChildren().add(parameterControl(series, index, parameter).node());
            }
        }
        row.getChildren().add(why);
        row.getStyleClass().add("segment-row");
        return row;
    }

    /** The segment's last year: a spinner moving its boundary with the next segment, or fixed for the last. */
    private javafx.scene.Node endOf(Series series, int index) {
        Segment g = series.segments().get(index);
        if (index + 1 >= series.segments().size()) {
            return new Label(Integer.toString(g.to()));
        }
        int max = series.segments().get(index + 1).to() - 1;
        javafx.scene.control.Spinner<Integer> end = new javafx.scene.control.Spinner<>(g.from() + 1, max, g.to());
        end.setId("end-" + series.id() + "-" + index);
        end.setPrefWidth(84);
        end.setEditable(true);
        end.getValueFactory().setConverter(new javafx.util.converter.IntegerStringConverter() {
            @Override
            public Integer fromString(String text) {
                try {
                    return super.fromString(text.trim());
                } catch (NumberFormatException e) {
                    problem.setText(messages.get("field.notNumber", text));
                    return end.getValue();
                }
            }
        });
        end.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(current(series.id()).segments().get(index).to())) {
                structural(messages.get("edit.boundary", series.name().get(messages.locale())),
                        p -> ProjectionEdits.moveBoundary(p, series.id(), index, now,
                                messages.both("edit.why", wasText(current(series.id()), index, model.result()))));
            }
        });
        return end;
    }

    /** The segment's growth model, replaceable by another that starts from the values the series has now. */
    private javafx.scene.Node modelChoice(Series series, int index) {
        javafx.scene.control.ComboBox<String> choice = new javafx.scene.control.ComboBox<>();
        choice.setId("model-" + series.id() + "-" + index);
        choice.getItems().setAll("compound", "linear", "logistic", "hold", "target");
        choice.setConverter(Converters.of(t -> messages.get(switch (t) {
            case "compound" -> "model.compound";
            case "linear" -> "model.linear";
            case "logistic" -> "model.logistic";
            case "hold" -> "model.hold";
            default -> "model.target";
        })));
        choice.setValue(series.segments().get(index).type());
        choice.valueProperty().addListener((obs, old, now) -> {
            ProjectionResult r = model.result();
            double[] values = r.values(r.seriesIndex(series.id()));
            structural(messages.get("edit.model", series.name().get(messages.locale())),
                    p -> ProjectionEdits.setModel(p, series.id(), index, now, values,
                            messages.both("edit.why", wasText(current(series.id()), index, r))));
        });
        return choice;
    }

    /** An edit that changes which controls there are: run after the current event, as the controls are rebuilt. */
    private void structural(String label, java.util.function.UnaryOperator<jp.mgp.model.Projection> change) {
        javafx.application.Platform.runLater(() -> {
            try {
                model.edit(label, change);
                problem.setText("");
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                shownKey = "";
                refresh();
            }
        });
    }

    private ParameterControl parameterControl(Series series, int index, String parameter) {
        Segment g = series.segments().get(index);
        boolean rate = parameter.equals("rate");
        double scale = rate ? 100 : 1;
        double value = g.parameter(parameter) * scale;
        double span = rate ? 20 : parameter.equals("midpoint") ? 10 : Math.max(Math.abs(value), 1);
        double step = rate ? 0.1 : parameter.equals("midpoint") ? 1 : parameter.equals("steepness") ? 0.01
                : niceStep(Math.abs(value));
        double min = rate ? -99.9 : parameter.equals("capacity") || parameter.equals("steepness") ? 0 : -1e12;
        double max = rate ? 1000 : 1e12;
        String unit = rate ? messages.get("unit.ratePerYear") : parameter.equals("midpoint") ? ""
                : series.unit().label(messages.locale()) + (parameter.equals("increment") ? messages.get("unit.perYear")
                : "");
        String id = series.id() + "-" + index + "-" + parameter;
        ParameterControl control = new ParameterControl(id, unit, value, min, max, span, step, messages.locale(),
                new ParameterControl.Target() {
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
                }, problem::setText, messages);
        refreshers.add(() -> control.show(current(series.id()).segments().get(index).parameter(parameter) * scale));
        return control;
    }

    private static double niceStep(double magnitude) {
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(magnitude, 1e-9))) - 1);
        return step <= 0 ? 0.1 : step;
    }

    private void setParameter(String seriesId, int segment, String parameter, double value) {
        Series before = current(seriesId);
        LocalizedText was = wasText(before, segment, model.result());
        String label = messages.get("edit.parameter", before.name().get(messages.locale()));
        try {
            model.edit(label, p -> ProjectionEdits.setParameter(p, model.scenarioProperty().get(), seriesId, segment,
                    parameter, value, messages.both("edit.why", was)));
            problem.setText("");
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    /** A segment's rule and kind in both languages, to record what an edit replaced. */
    static LocalizedText wasText(Series series, int segment, ProjectionResult result) {
        Segment g = series.segments().get(segment);
        ProvenanceText ja = new ProvenanceText(Messages.JAPANESE);
        ProvenanceText en = new ProvenanceText(Messages.ENGLISH);
        return new LocalizedText(ja.segment(g, series, result) + "（" + ja.kind(g.basis().kind()) + "）",
                en.segment(g, series, result) + " (" + en.kind(g.basis().kind()) + ")");
    }

    /** The series as the current scenario sees it. */
    private Series current(String id) {
        ProjectionResult r = model.result();
        return r.series(r.seriesIndex(id));
    }

    private void anchorRow(Series series, int index, int row, ProvenanceText words) {
        Anchor a = series.anchors().get(index);
        Locale locale = messages.locale();
        javafx.scene.control.Spinner<Integer> year = new javafx.scene.control.Spinner<>(
                model.projection().firstYear(), model.projection().lastYear(), a.year());
        year.setId("anchor-year-" + series.id() + "-" + a.year());
        year.setPrefWidth(84);
        year.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != current(series.id()).anchors().get(index).year()) {
                LocalizedText before = new LocalizedText(a.year() + "年", Integer.toString(a.year()));
                structural(messages.get("edit.anchorYear", series.name().get(messages.locale())),
                        p -> ProjectionEdits.setAnchorYear(p, series.id(), index, now,
                                messages.both("edit.why", before)));
            }
        });
        TextField value = new TextField(series.unit().formatNumber(a.value(), locale));
        value.setId("anchor-" + series.id() + "-" + a.year());
        value.setPrefColumnCount(7);
        Label badge = badge(a.kind());
        String cited = a.source() == null ? a.note().get(locale)
                : a.source().shortCitation() + (a.pinned() ? "" : " " + messages.get("editor.reported"));
        Label citation = new Label(cited);
        citation.setWrapText(true);
        citation.getStyleClass().add("editor-note");
        if (a.source() != null && !a.source().quote().isEmpty()) {
            citation.setTooltip(new Tooltip("\u201c" + a.source().quote() + "\u201d\n" + a.source().citation()));
        }
        Runnable commit = () -> commitAnchor(series, index, value);
        value.setOnAction(e -> commit.run());
        value.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        refreshers.add(() -> {
            Anchor now = current(series.id()).anchors().get(index);
            if (!value.isFocused()) {
                value.setText(series.unit().formatNumber(now.value(), messages.locale()));
            }
            setBadge(badge, now.kind());
        });
        year.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.setMinWidth(90);
        javafx.scene.layout.GridPane.setHgrow(citation, javafx.scene.layout.Priority.ALWAYS);
        anchorsGrid.addRow(row, year, value, badge, citation);
    }

    private void commitAnchor(Series series, int index, TextField field) {
        Anchor a = current(series.id()).anchors().get(index);
        double typed;
        try {
            typed = ParameterControl.parse(field.getText(), messages.locale());
        } catch (java.text.ParseException e) {
            field.getStyleClass().add("field-invalid");
            problem.setText(messages.get("field.notNumber", field.getText()));
            return;
        }
        field.getStyleClass().remove("field-invalid");
        Unit unit = series.unit();
        if (unit.formatNumber(typed, messages.locale()).equals(unit.formatNumber(a.value(), messages.locale()))) {
            return;
        }
        LocalizedText was = new LocalizedText(unit.format(a.value(), Messages.JAPANESE) + "（"
                + new ProvenanceText(Messages.JAPANESE).kind(a.kind()) + "）", unit.format(a.value(), Messages.ENGLISH)
                + " (" + new ProvenanceText(Messages.ENGLISH).kind(a.kind()) + ")");
        try {
            model.edit(messages.get("edit.anchor", series.name().get(messages.locale()), a.year()),
                    p -> ProjectionEdits.setAnchorValue(p, series.id(), index, typed, messages.both("edit.why", was)));
            problem.setText("");
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private Label badge(Kind kind) {
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        setBadge(badge, kind);
        return badge;
    }

    private void setBadge(Label badge, Kind kind) {
        badge.setText(messages.get(KindText.key(kind)));
        badge.getStyleClass().removeAll("badge-sourced", "badge-derived", "badge-assumption");
        badge.getStyleClass().add("badge-" + kind.id());
    }
}
