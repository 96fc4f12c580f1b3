package jp.mgp.ui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.util.Duration;

import org.jfree.chart.JFreeChart;

import jp.mgp.chart.FanBands;
import jp.mgp.chart.FanLayer;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.Projection;

/**
 * The fans on the window's charts. While they are shown, every edit (a slider step too) simulates 10,000 paths
 * at once on a thread of its own, the latest edit winning; when the edits pause, 100,000 paths refine the fans in
 * the background, with their progress in the status bar, and the next edit cancels them. The FX thread only
 * hands each result to the charts' band datasets, so the window never waits for a simulation.
 */
final class FanView {

    static final int QUICK_PATHS = 10_000;
    static final int REFINED_PATHS = 100_000;

    private final Messages messages;
    private final ProjectionViewModel model;
    private final ChartTabs tabs;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final StringProperty doing = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObjectProperty<FanBands> bands = new SimpleObjectProperty<>();
    private final Map<JFreeChart, FanLayer> layers = new IdentityHashMap<>();
    private final ExecutorService simulations = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mgp-simulation");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition pause = new PauseTransition(Duration.millis(350));
    private long generation;
    private Task<FanBands> refining;

    FanView(Messages messages, ProjectionViewModel model, ChartTabs tabs) {
        this.messages = messages;
        this.model = model;
        this.tabs = tabs;
        shown.addListener((obs, was, now) -> {
            if (now) {
                recompute();
            } else {
                stop();
                bands.set(null);
                layers.values().stream().filter(java.util.Objects::nonNull).forEach(l -> l.show(null));
            }
        });
        model.resultProperty().addListener((obs, old, now) -> {
            if (shown.get()) {
                recompute();
            }
        });
        tabs.whenRebuilt(() -> {
            layers.clear();
            // The charts made anew take the fans at once when they are of the same series (a language, a
            // chart's definition); another file's wait for its own simulation, which its result has asked for.
            FanBands now = bands.get();
            if (shown.get() && now != null && model.result() != null
                    && now.fan().effective().series().equals(model.result().effective().series())) {
                apply(now);
            }
        });
    }

    BooleanProperty shownProperty() {
        return shown;
    }

    /** What the background refinement is doing, for the status bar; empty when idle. */
    StringProperty doingProperty() {
        return doing;
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    /** The bands on the charts now (10,000 or 100,000 paths), null while the fans are hidden. */
    ObjectProperty<FanBands> bandsProperty() {
        return bands;
    }

    private void recompute() {
        ProjectionResult result = model.result();
        stop();
        if (result == null) {
            return;
        }
        long mine = ++generation;
        Projection p = model.projection();
        String scenario = result.scenarioId();
        simulations.execute(() -> {
            FanBands quick = simulate(p, scenario, QUICK_PATHS, SimulationMonitor.NONE);
            Platform.runLater(() -> {
                if (mine == generation && shown.get()) {
                    apply(quick);
                    pause.setOnFinished(e -> refine(mine, p, scenario));
                    pause.playFromStart();
                }
            });
        });
    }

    private void refine(long mine, Projection p, String scenario) {
        Task<FanBands> task = new Task<>() {
            @Override
            protected FanBands call() {
                Task<FanBands> self = this;
                SimulationMonitor monitor = new SimulationMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                };
                return simulate(p, scenario, REFINED_PATHS, monitor);
            }
        };
        refining = task;
        doing.set(messages.get("fan.refining", String.format(messages.locale(), "%,d", REFINED_PATHS)));
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            idle();
            if (mine == generation && shown.get() && task.getValue() != null) {
                apply(task.getValue());
            }
        });
        task.setOnFailed(e -> idle());
        task.setOnCancelled(e -> idle());
        simulations.execute(task);
    }

    private void idle() {
        progress.unbind();
        progress.set(0);
        doing.set("");
    }

    /** Null when the projection cannot be simulated (a scenario that does not apply): the fans then stay as they were. */
    private static FanBands simulate(Projection p, String scenario, int paths, SimulationMonitor monitor) {
        try {
            return FanBands.of(Simulation.run(p, scenario, SimulationSettings.of(p).withPaths(paths), monitor));
        } catch (java.util.concurrent.CancellationException | IllegalArgumentException e) {
            return null;
        }
    }

    private void stop() {
        pause.stop();
        if (refining != null) {
            refining.cancel(false);
            refining = null;
        }
    }

    private void apply(FanBands now) {
        if (now == null) {
            return;
        }
        bands.set(now);
        List<JFreeChart> charts = tabs.charts();
        List<jp.mgp.model.ChartSpec> specs = tabs.specs();
        for (int c = 0; c < charts.size() && c < specs.size(); c++) {
            JFreeChart chart = charts.get(c);
            if (!layers.containsKey(chart)) {
                // Null for a stacked chart, which has no fans; kept so that it is not asked again.
                FanLayer layer = FanLayer.attach(chart, specs.get(c), model.result());
                if (layer != null) {
                    // A hidden series' line is not drawn; nor is its band.
                    for (String id : model.hiddenSeries()) {
                        layer.outer().setVisible(id, false);
                        layer.inner().setVisible(id, false);
                    }
                }
                layers.put(chart, layer);
            }
            if (layers.get(chart) != null) {
                layers.get(chart).show(now);
            }
        }
    }
}
