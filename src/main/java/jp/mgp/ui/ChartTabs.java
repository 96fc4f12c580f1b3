package jp.mgp.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import jp.mgp.chart.ProjectionCharts;
import jp.mgp.chart.ResultDataset;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/**
 * One tab per chart of the file. An edit that keeps the same charts, language and scenarios only swaps each
 * chart's data (one repaint per chart): everything a chart draws from the data (points, growth labels, reported
 * figures, reference lines, the scenario's name) follows its dataset; a new file, scenario, language or chart
 * definition rebuilds them. A chart
 * is put on screen (its view, toolbar and first drawing) when its tab is first shown, and the charts on hidden
 * tabs take an edit's data when they are shown again. In compare mode every other scenario is laid over each
 * chart.
 */
final class ChartTabs {

    private final TabPane tabs;
    private final Messages messages;
    private final ProjectionViewModel model;
    private final Consumer<ChartSpec> onExport;
    private final Consumer<ChartSpec> onCopy;
    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<ResultDataset> overlays = new ArrayList<>();
    private final List<String> overlayScenarios = new ArrayList<>();
    private final java.util.Set<Integer> stale = new java.util.HashSet<>();
    /** Each tab's content; the chart view inside is made when the tab is first shown. */
    private final List<BorderPane> frames = new ArrayList<>();
    private PreparedCharts prepared;
    private List<ChartSpec> shownSpecs = List.of();
    private Locale shownLocale;
    private String shownScenario;
    private boolean shownCompare;
    private List<Scenario> shownScenarios = List.of();
    private final List<Runnable> rebuilt = new ArrayList<>();
    private final List<java.util.function.IntConsumer> upToDate = new ArrayList<>();

    /** {@code onExport} and {@code onCopy} run when a chart's own Export or Copy button is pressed. */
    ChartTabs(TabPane tabs, Messages messages, ProjectionViewModel model, Consumer<ChartSpec> onExport,
              Consumer<ChartSpec> onCopy) {
        this.tabs = tabs;
        this.messages = messages;
        this.model = model;
        this.onExport = onExport;
        this.onCopy = onCopy;
        model.resultProperty().addListener((obs, old, now) -> refresh());
        model.compareProperty().addListener((obs, old, now) -> refresh());
        messages.localeProperty().addListener((obs, old, now) -> refresh());
        model.hiddenSeries().addListener((javafx.collections.SetChangeListener<String>) c -> applyVisibility());
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> updateSelected());
        model.selectedSeriesProperty().addListener((obs, old, now) -> showChartOf(now));
    }

    void refresh() {
        ProjectionResult result = model.result();
        if (result == null) {
            tabs.getTabs().clear();
            charts.clear();
            shownSpecs = List.of();
            return;
        }
        Locale locale = messages.locale();
        Projection p = result.effective();
        boolean compare = model.compareProperty().get();
        if (p.charts().equals(shownSpecs) && locale.equals(shownLocale) && compare == shownCompare
                && Objects.equals(result.scenarioId(), shownScenario) && p.scenarios().equals(shownScenarios)) {
            // Only the chart on screen is redrawn now; the others catch up when their tab is chosen.
            stale.clear();
            for (int c = 0; c < charts.size(); c++) {
                stale.add(c);
            }
            updateSelected();
            return;
        }
        rebuild(result, locale, compare);
    }

    /**
     * Charts made before the window was: the next rebuild takes them instead of making its own when they were made
     * for the projection, scenario and language it shows.
     */
    void prepare(PreparedCharts charts) {
        this.prepared = charts;
    }

    private static boolean fits(PreparedCharts made, Projection shown, ProjectionResult result, Locale locale,
                                boolean compare) {
        return shown == made.projection() && Objects.equals(result.scenarioId(), made.result().scenarioId())
                && locale.equals(made.locale()) && !compare;
    }

    private void updateSelected() {
        int c = tabs.getSelectionModel().getSelectedIndex();
        if (c < 0 || c >= frames.size()) {
            return;
        }
        // The chart is drawn once, when all of it is up to date (its lines, and the fans that follow them).
        JFreeChart chart = charts.get(c);
        chart.setNotify(false);
        try {
            if (stale.contains(c)) {
                update(c);
            }
            upToDate.forEach(h -> h.accept(c));
        } finally {
            chart.setNotify(true);
        }
        if (frames.get(c).getCenter() == null) {
            frame(c, new ChartViewer(charts.get(c), false));
        }
    }

    private void update(int c) {
        stale.remove(c);
        ProjectionCharts.dataset(charts.get(c)).setResult(model.result());
        int per = overlayScenarios.size();
        for (int i = 0; i < per; i++) {
            overlays.get(c * per + i).setResult(model.resultFor(overlayScenarios.get(i)));
        }
    }

    private void rebuild(ProjectionResult result, Locale locale, boolean compare) {
        stale.clear();
        Projection p = result.effective();
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        List<Tab> newTabs = new ArrayList<>();
        charts.clear();
        overlays.clear();
        overlayScenarios.clear();
        if (compare) {
            p.scenarios().stream().map(Scenario::id).filter(id -> !id.equals(result.scenarioId()))
                    .forEach(overlayScenarios::add);
        }
        PreparedCharts ready = prepared != null && fits(prepared, model.projection(), result, locale, compare)
                ? prepared : null;
        prepared = null;
        frames.clear();
        for (int c = 0; c < p.charts().size(); c++) {
            ChartSpec spec = p.charts().get(c);
            JFreeChart chart;
            if (ready != null) {
                chart = ready.charts().get(c);
                ProjectionCharts.dataset(chart).setResult(result);
            } else {
                chart = ProjectionCharts.create(spec, result, locale);
            }
            for (String id : overlayScenarios) {
                String name = p.scenario(id).map(s -> s.name().get(locale)).orElse(id);
                overlays.add(ProjectionCharts.overlay(chart, spec, model.resultFor(id), locale, name));
            }
            charts.add(chart);
            BorderPane frame = new BorderPane();
            frames.add(frame);
            Tab tab = new Tab(spec.title().get(locale), frame);
            tab.setId("tab-" + spec.id());
            newTabs.add(tab);
        }
        shownSpecs = p.charts();
        tabs.getTabs().setAll(newTabs);
        if (!newTabs.isEmpty()) {
            tabs.getSelectionModel().select(Math.min(selected, newTabs.size() - 1));
        }
        updateSelected();
        shownLocale = locale;
        shownScenario = result.scenarioId();
        shownCompare = compare;
        shownScenarios = p.scenarios();
        applyVisibility();
        rebuilt.forEach(Runnable::run);
    }

    /**
     * Runs {@code hook} with a chart's index each time that chart is brought up to date: the chart on screen after
     * an edit or when its tab is chosen (its drawing held until the hooks have run), and every chart when all are
     * asked for ({@link #charts()}).
     */
    void whenUpToDate(java.util.function.IntConsumer hook) {
        upToDate.add(hook);
    }

    /** Chart {@code c} as it is, not brought up to date, or null when there is none. */
    JFreeChart chartAt(int c) {
        return c >= 0 && c < charts.size() ? charts.get(c) : null;
    }

    /** The index of the chart on screen, or -1. */
    int selectedIndex() {
        int c = tabs.getSelectionModel().getSelectedIndex();
        return c < charts.size() ? c : -1;
    }

    /** Runs {@code r} each time the charts are made anew (a new file, scenario, language or chart definition). */
    void whenRebuilt(Runnable r) {
        rebuilt.add(r);
    }

    /** The chart definitions shown, in tab order (as {@link #charts()}). */
    List<ChartSpec> specs() {
        return shownSpecs;
    }

    private void applyVisibility() {
        for (JFreeChart chart : charts) {
            ResultDataset data = ProjectionCharts.dataset(chart);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                String id = data.series(s).id();
                ProjectionCharts.setSeriesVisible(chart, id, !model.hiddenSeries().contains(id));
            }
        }
    }

    /** Puts chart {@code c} on its tab with its own small toolbar: reset zoom, copy as an image, export. */
    private void frame(int c, ChartViewer viewer) {
        ChartSpec spec = shownSpecs.get(c);
        viewer.setId("chart-" + spec.id());
        Button copy = new Button();
        copy.textProperty().bind(messages.text("chart.copy"));
        copy.setId("copy-" + spec.id());
        copy.setOnAction(e -> onCopy.accept(spec));
        Button export = new Button();
        export.textProperty().bind(messages.text("chart.export"));
        export.setId("export-" + spec.id());
        export.setOnAction(e -> onExport.accept(spec));
        Button reset = new Button();
        reset.textProperty().bind(messages.text("chart.resetZoom"));
        reset.setId("reset-" + spec.id());
        reset.setOnAction(e -> {
            viewer.getChart().getXYPlot().getDomainAxis().setAutoRange(true);
            viewer.getChart().getXYPlot().getRangeAxis().setAutoRange(true);
        });
        Label readout = new Label();
        readout.setId("readout-" + spec.id());
        readout.getStyleClass().add("chart-readout");
        new ChartReadout(viewer, readout, messages::locale);
        for (Button b : new Button[] {reset, copy, export}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(reset, copy, export);
        bar.getStyleClass().add("chart-bar");
        BorderPane pane = frames.get(c);
        pane.setCenter(viewer);
        pane.setTop(bar);
        // Over the chart, below the toolbar: the read-out places itself (unmanaged), drawn above the chart.
        pane.getChildren().add(readout);
    }

    /** Brings up a chart that draws {@code seriesId} when the chart on screen does not. */
    private void showChartOf(String seriesId) {
        ChartSpec shown = selectedSpec();
        if (seriesId == null || shown == null || shown.series().contains(seriesId)) {
            return;
        }
        for (int i = 0; i < shownSpecs.size(); i++) {
            if (shownSpecs.get(i).series().contains(seriesId)) {
                tabs.getSelectionModel().select(i);
                return;
            }
        }
    }

    /** The chart definition on the selected tab, or null when there is none. */
    ChartSpec selectedSpec() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        return i < 0 || i >= shownSpecs.size() ? null : shownSpecs.get(i);
    }

    /** The charts, in tab order, each brought up to date (for exports and tests). */
    List<JFreeChart> charts() {
        for (Integer c : List.copyOf(stale)) {
            update(c);
        }
        for (int c = 0; c < charts.size(); c++) {
            int at = c;
            upToDate.forEach(h -> h.accept(at));
        }
        return List.copyOf(charts);
    }
}
