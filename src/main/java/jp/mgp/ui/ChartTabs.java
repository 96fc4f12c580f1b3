package jp.mgp.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import jp.mgp.chart.ProjectionCharts;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;

/**
 * One tab per chart of the file. A new result of the same charts in the same language only swaps each chart's
 * data (one repaint per chart); a new file, scenario or language rebuilds the charts.
 */
final class ChartTabs {

    private final TabPane tabs;
    private final Messages messages;
    private final Consumer<ChartSpec> onExport;
    private final Consumer<ChartSpec> onCopy;
    private final List<JFreeChart> charts = new ArrayList<>();
    private List<ChartSpec> shownSpecs = List.of();
    private Locale shownLocale;
    private String shownScenario;

    /** {@code onExport} and {@code onCopy} run when a chart's own Export or Copy button is pressed. */
    ChartTabs(TabPane tabs, Messages messages, Consumer<ChartSpec> onExport, Consumer<ChartSpec> onCopy) {
        this.tabs = tabs;
        this.messages = messages;
        this.onExport = onExport;
        this.onCopy = onCopy;
    }

    void show(ProjectionResult result, Locale locale) {
        if (result == null) {
            tabs.getTabs().clear();
            charts.clear();
            shownSpecs = List.of();
            return;
        }
        List<ChartSpec> specs = result.effective().charts();
        if (specs.equals(shownSpecs) && locale.equals(shownLocale)
                && Objects.equals(result.scenarioId(), shownScenario)) {
            charts.forEach(c -> ProjectionCharts.dataset(c).setResult(result));
            return;
        }
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        List<Tab> newTabs = new ArrayList<>();
        charts.clear();
        for (ChartSpec spec : specs) {
            JFreeChart chart = ProjectionCharts.create(spec, result, locale);
            charts.add(chart);
            ChartViewer viewer = new ChartViewer(chart, false);
            viewer.setId("chart-" + spec.id());
            Tab tab = new Tab(spec.title().get(locale), framed(spec, viewer));
            tab.setId("tab-" + spec.id());
            newTabs.add(tab);
        }
        tabs.getTabs().setAll(newTabs);
        if (!newTabs.isEmpty()) {
            tabs.getSelectionModel().select(Math.min(selected, newTabs.size() - 1));
        }
        shownSpecs = specs;
        shownLocale = locale;
        shownScenario = result.scenarioId();
    }

    /** The chart with its own small toolbar: copy as an image, export. */
    private BorderPane framed(ChartSpec spec, ChartViewer viewer) {
        Button copy = new Button();
        copy.textProperty().bind(messages.text("chart.copy"));
        copy.setId("copy-" + spec.id());
        copy.setOnAction(e -> onCopy.accept(spec));
        Button export = new Button();
        export.textProperty().bind(messages.text("chart.export"));
        export.setId("export-" + spec.id());
        export.setOnAction(e -> onExport.accept(spec));
        HBox bar = new HBox(copy, export);
        bar.getStyleClass().add("chart-bar");
        BorderPane pane = new BorderPane(viewer);
        pane.setTop(bar);
        return pane;
    }

    /** The chart definition on the selected tab, or null when there is none. */
    ChartSpec selectedSpec() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        return i < 0 || i >= shownSpecs.size() ? null : shownSpecs.get(i);
    }

    /** The charts now shown, in tab order (for tests and exports). */
    List<JFreeChart> charts() {
        return List.copyOf(charts);
    }
}
