package jp.mgp.ui;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
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
import jp.mgp.engine.FanResult;
import jp.mgp.engine.LiveFan;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.Projection;

/**
 * The fans on the window's charts. While they are shown, every edit (a slider step too) gives a 10,000-path fan
 * in the same frame as its line: the fan follows the edit ({@link LiveFan}: only the series the edit changed are
 * stepped again, from the paths' own draws, a few milliseconds on the FX thread), and the chart on screen takes it
 * before it is drawn, the others when their tab is chosen. An edit the paths cannot follow (another seed, a shock
 * or series added) simulates 10,000 paths afresh on a thread of its own, the latest edit winning. When the edits
 * pause, 100,000 paths refine the fans in the background, with their progress in the status bar, and the next
 * edit cancels them; the window never waits for them.
 */
final class FanView {

    static final int QUICK_PATHS = 10_000;
    static final int REFINED_PATHS = 100_000;
    /** The most the quick fan's paths may hold to follow the edits (LiveFan.keptBytes). */
    static final long FOLLOW_BYTES = 64L << 20;

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
    /** The 10,000 paths that follow the edits (FX thread only), and the result their fan is of; null before. */
    private LiveFan live;
    private ProjectionResult fannedFor;
    /** The charts (by index) whose bands are not yet the ones shown: hidden tabs, brought up to date when chosen. */
    private final BitSet behind = new BitSet();

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
                live = null;
                fannedFor = null;
                behind.clear();
                layers.values().stream().filter(java.util.Objects::nonNull).forEach(l -> l.show(null));
            }
        });
        tabs.whenUpToDate(this::upToDate);
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
        if (result != null && result == fannedFor) {
            return; // followed already, when the chart on screen was brought up to date
        }
        stop();
        if (result == null) {
            return;
        }
        long mine = ++generation;
        Projection p = model.projection();
        String scenario = result.scenarioId();
        SimulationSettings quick = SimulationSettings.of(p).withPaths(QUICK_PATHS);
        FanResult followed = follow(p, scenario, quick);
        if (followed != null) {
            fannedFor = result;
            apply(FanBands.of(followed));
            refineAfterPause(mine, p, scenario);
            return;
        }
        live = null;
        fannedFor = null;
        simulations.execute(() -> {
            Quick fresh = simulate(p, scenario, quick);
            Platform.runLater(() -> {
                if (mine == generation && shown.get() && fresh != null) {
                    live = fresh.live();
                    fannedFor = result;
                    apply(fresh.bands());
                    refineAfterPause(mine, p, scenario);
                }
            });
        });
    }

    /** The fan of the edited projection from the paths that follow the edits, or null when they cannot follow it. */
    private FanResult follow(Projection p, String scenario, SimulationSettings quick) {
        if (live == null) {
            return null;
        }
        try {
            return live.update(p, scenario, quick);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void refineAfterPause(long mine, Projection p, String scenario) {
        pause.setOnFinished(e -> refine(mine, p, scenario));
        pause.playFromStart();
    }

    /**
     * Chart {@code c} is being brought up to date (ChartTabs): the fans follow the edit first when they have not
     * yet, so that the chart is drawn once with its line and its fan, then the chart takes them.
     */
    private void upToDate(int c) {
        if (!shown.get()) {
            return;
        }
        if (live != null && model.result() != fannedFor) {
            recompute();
        }
        bringUp(c);
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
                try {
                    return FanBands.of(Simulation.run(p, scenario,
                            SimulationSettings.of(p).withPaths(REFINED_PATHS), monitor));
                } catch (CancellationException | IllegalArgumentException e) {
                    return null;
                }
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

    /**
     * The quick fan, kept to follow the edits unless that would hold more than {@link #FOLLOW_BYTES} (a file of
     * some forty series): then simulated afresh for every edit. Null when the projection cannot be simulated (a
     * scenario that does not apply): the fans then stay as they were.
     */
    private static Quick simulate(Projection p, String scenario, SimulationSettings settings) {
        try {
            if (LiveFan.keptBytes(p, scenario, settings.paths()) <= FOLLOW_BYTES) {
                LiveFan live = LiveFan.run(p, scenario, settings, SimulationMonitor.NONE);
                return new Quick(live, FanBands.of(live.result()));
            }
            return new Quick(null, FanBands.of(Simulation.run(p, scenario, settings, SimulationMonitor.NONE)));
        } catch (CancellationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A quick fan's bands, and the paths that follow the edits (null when they are not kept). */
    private record Quick(LiveFan live, FanBands bands) {
    }

    private void stop() {
        pause.stop();
        if (refining != null) {
            refining.cancel(false);
            refining = null;
        }
    }

    /** Shows {@code now}: on the chart on screen at once, on the others when they are brought up to date. */
    private void apply(FanBands now) {
        if (now == null) {
            return;
        }
        bands.set(now);
        behind.set(0, tabs.specs().size());
        int c = tabs.selectedIndex();
        if (c >= 0) {
            bringUp(c);
        }
    }

    /** Gives chart {@code c} the bands shown, when it does not have them yet; the chart is drawn once for both. */
    private void bringUp(int c) {
        FanBands now = bands.get();
        JFreeChart chart = tabs.chartAt(c);
        if (now == null || chart == null || !behind.get(c) || c >= tabs.specs().size()) {
            return;
        }
        behind.clear(c);
        if (!layers.containsKey(chart)) {
            // Null for a stacked chart, which has no fans; kept so that it is not asked again.
            FanLayer layer = FanLayer.attach(chart, tabs.specs().get(c), model.result());
            if (layer != null) {
                // A hidden series' line is not drawn; nor is its band.
                for (String id : model.hiddenSeries()) {
                    layer.outer().setVisible(id, false);
                    layer.inner().setVisible(id, false);
                }
            }
            layers.put(chart, layer);
        }
        FanLayer layer = layers.get(chart);
        if (layer != null) {
            boolean drawing = chart.isNotify();
            chart.setNotify(false);
            layer.show(now);
            chart.setNotify(drawing);
        }
    }
}
