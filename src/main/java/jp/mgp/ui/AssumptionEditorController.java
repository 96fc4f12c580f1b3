package jp.mgp.ui;

import java.util.Locale;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.ProvenanceText;
import jp.mgp.model.Scenario;
import jp.mgp.model.Series;

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

    private final Messages messages;
    private final ProjectionViewModel model;
    private EditorSupport support;
    private SegmentRows segments;
    private AnchorRows anchors;
    private KnownPointActions points;
    private String shownKey = "";

    public AssumptionEditorController(Messages messages, ProjectionViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    @FXML
    private void initialize() {
        support = new EditorSupport(messages, model, () -> {
            shownKey = "";
            refresh();
        });
        segments = new SegmentRows(support);
        Alerts alerts = new Alerts(messages, () -> anchorsGrid.getScene() == null ? null
                : anchorsGrid.getScene().getWindow());
        points = new KnownPointActions(support, alerts);
        anchors = new AnchorRows(support, points);
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
            support.refreshers().forEach(Runnable::run);
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
        support.refreshers().clear();
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
            segmentsBox.getChildren().add(segments.segmentRow(series, i, words));
        }
        anchorsGrid.getChildren().clear();
        for (int i = 0; i < series.anchors().size(); i++) {
            anchors.anchorRow(anchorsGrid, series, i, 2 * i);
        }
        if (!series.isDerived()) {
            anchorsGrid.add(points.add(series), 0, 2 * series.anchors().size(), 4, 1);
        }
    }
}
