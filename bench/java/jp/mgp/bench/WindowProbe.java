package jp.mgp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.general.DatasetChangeListener;

import jp.mgp.chart.FanDataset;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.LocalizedText;
import jp.mgp.ui.MainWindow;
import jp.mgp.ui.Messages;
import jp.mgp.ui.ProjectionViewModel;
import jp.mgp.ui.RecoveryFile;
import jp.mgp.ui.UserPrefs;

/**
 * Measures the running window, which JMH cannot: {@code bare} times a JVM start to the first pulse of an empty
 * JavaFX window; {@code app} times a start to the first pulse with mgp's charts painted, then times 200 rate edits
 * from the edit to the end of the pulse that repaints chart and table (median, 95th percentile, worst); {@code fans}
 * does the same with the uncertainty fans shown (View, Uncertainty fans), timing each edit until the pulse after
 * its recomputed 10,000-path fan reached the charts. Run under a display (Xvfb on a server):
 * {@code java -cp target/classes:bench-classes:CLASSPATH jp.mgp.bench.WindowProbe app|fans|bare}.
 */
public final class WindowProbe {

    private static String mode;

    private WindowProbe() {
    }

    /** Not an Application itself: the java launcher refuses to start one from the classpath. */
    public static void main(String[] args) {
        mode = args.length == 0 ? "app" : args[0];
        Application.launch(Probe.class, args);
    }

    private static double sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The probing application. */
    public static final class Probe extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        if (mode.equals("bare")) {
            Scene scene = new Scene(new StackPane(), 1400, 880);
            // Timed as mgp times its first chart (-Dmgp.timing, MainWindow.onNextLayout): when the first frame has
            // been laid out. Written out here, as calling MainWindow would load mgp's classes into the bare start.
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis)
                        .orElse(-1L);
                System.out.printf(Locale.ROOT, "bare window: first frame %.0f ms after JVM start (%d ms of the"
                        + " process's CPU)%n", sinceJvmStartMs(), cpu);
                Platform.runLater(Platform::exit);
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.show();
            return;
        }
        System.out.printf(Locale.ROOT, "  start() entered %.0f ms after JVM start%n", sinceJvmStartMs());
        Messages messages = new Messages(Locale.JAPANESE);
        ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
        Path scratch = Files.createTempDirectory("mgp-probe");
        MainWindow window = MainWindow.show(stage, messages, model, Runnable::run,
                new UserPrefs(Preferences.userRoot().node("jp/mgp-probe")), new RecoveryFile(scratch));
        System.out.printf(Locale.ROOT, "  window built %.0f ms after JVM start%n", sinceJvmStartMs());
        var projection = ProjectionFiles.read(Path.of("projections", "japan-ai-2040.json"));
        System.out.printf(Locale.ROOT, "  file read %.0f ms after JVM start%n", sinceJvmStartMs());
        model.open(projection, null);
        System.out.printf(Locale.ROOT, "  charts built %.0f ms after JVM start%n", sinceJvmStartMs());
        firstPulse(stage.getScene(), () -> {
            System.out.printf(Locale.ROOT, "mgp window: first pulse with charts %.0f ms after JVM start (%d charts)%n",
                    sinceJvmStartMs(), window.charts().size());
            if (mode.equals("fans")) {
                showFans(stage.getScene());
                new Thread(() -> fanEdits(stage.getScene(), model, window)).start();
            } else {
                new Thread(() -> edits(stage.getScene(), model)).start();
            }
        });
    }
    }

    private static void firstPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Each edit on the FX thread, then wait for the pulse that lays out and paints its result. */
    private static void edits(Scene scene, ProjectionViewModel model) {
        int n = 200;
        double[] ms = new double[n];
        double[] work = new double[n];
        try {
            for (int i = 0; i < n + 20; i++) {
                double rate = 0.20 + (i % 40) * 0.001;
                CountDownLatch painted = new CountDownLatch(1);
                long[] start = new long[1];
                long[] handled = new long[1];
                Platform.runLater(() -> {
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        painted.countDown();
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                    start[0] = System.nanoTime();
                    model.edit("probe", p -> ProjectionEdits.setParameter(p, "base", "vertical-ai", 1, "rate", rate,
                            LocalizedText.of("probe")));
                    handled[0] = System.nanoTime() - start[0];
                });
                painted.await();
                if (i >= 20) {
                    ms[i - 20] = (System.nanoTime() - start[0]) / 1e6;
                    work[i - 20] = handled[0] / 1e6;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Arrays.sort(ms);
        Arrays.sort(work);
        System.out.printf(Locale.ROOT, "edit handled on the FX thread (recompute, the chart on screen redrawn, table and editor): median"
                + " %.1f ms, 95th %.1f ms, worst %.1f ms%n", work[n / 2], work[(int) (n * 0.95)], work[n - 1]);
        System.out.printf(Locale.ROOT, "edit to painted (%d edits after 20 warm-up): median %.1f ms, 95th %.1f ms,"
                + " worst %.1f ms%n", n, ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1]);
        Platform.exit();
    }

    /**
     * The CPU time so far of the threads that simulate fans: the fans' own thread and the simulation's shared
     * pool, which takes the blocks the fans' thread does not (JVM time, so the load of other processes does not
     * count).
     */
    private static long simulationCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && (t.getThreadName().equals("mgp-simulation")
                    || t.getThreadName().startsWith("ForkJoinPool-"))) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }

    /** Ticks View, Uncertainty fans, as a user does (the menu item with id fansItem). */
    private static void showFans(Scene scene) {
        for (Node bar : scene.getRoot().lookupAll(".menu-bar")) {
            for (Menu menu : ((MenuBar) bar).getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if ("fansItem".equals(item.getId())) {
                        ((CheckMenuItem) item).setSelected(true);
                        return;
                    }
                }
            }
        }
        throw new IllegalStateException("no menu item fansItem");
    }

    /** The inner band (P10 to P90 and the median) of the first chart that carries fans, or null before any. */
    private static FanDataset innerBand(MainWindow window) {
        for (JFreeChart chart : window.charts()) {
            if (chart.getPlot() instanceof XYPlot plot) {
                for (int i = 0; i < plot.getDatasetCount(); i++) {
                    if (plot.getDataset(i) instanceof FanDataset band && band.bands() != null
                            && !(plot.getDataset(i + 1) instanceof FanDataset)) {
                        return band;
                    }
                }
            }
        }
        return null;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> what) throws InterruptedException {
        Object[] out = new Object[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out[0] = what.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    /**
     * With the fans shown: each edit on the FX thread, then the wait until its 10,000-path fan (simulated on the
     * fans' own thread) reaches the charts' band datasets, and until the pulse after that ends, when it is on
     * screen. The edits come one at a time, so no edit's fan is dropped for a later one's.
     */
    private static void fanEdits(Scene scene, ProjectionViewModel model, MainWindow window) {
        int n = 200;
        double[] painted = new double[n];
        double[] arrived = new double[n];
        double[] work = new double[n];
        double[] cpu = new double[n];
        int inHandler = 0;
        try {
            while (onFx(() -> innerBand(window)) == null) {
                Thread.sleep(20);
            }
            for (int i = 0; i < n + 20; i++) {
                double rate = 0.20 + (i % 40) * 0.001;
                CountDownLatch shown = new CountDownLatch(1);
                long[] start = new long[1];
                long[] handled = new long[1];
                long[] changed = new long[1];
                long[] simulating = new long[2];
                Platform.runLater(() -> {
                    FanDataset band = innerBand(window);
                    DatasetChangeListener[] once = new DatasetChangeListener[1];
                    once[0] = e -> {
                        band.removeChangeListener(once[0]);
                        changed[0] = System.nanoTime();
                        simulating[1] = simulationCpu();
                        Runnable[] pulse = new Runnable[1];
                        pulse[0] = () -> {
                            scene.removePostLayoutPulseListener(pulse[0]);
                            shown.countDown();
                        };
                        scene.addPostLayoutPulseListener(pulse[0]);
                    };
                    band.addChangeListener(once[0]);
                    simulating[0] = simulationCpu();
                    start[0] = System.nanoTime();
                    model.edit("probe", p -> ProjectionEdits.setParameter(p, "base", "vertical-ai", 1, "rate", rate,
                            LocalizedText.of("probe")));
                    handled[0] = System.nanoTime() - start[0];
                });
                shown.await();
                if (i >= 20) {
                    painted[i - 20] = (System.nanoTime() - start[0]) / 1e6;
                    arrived[i - 20] = (changed[0] - start[0]) / 1e6;
                    work[i - 20] = handled[0] / 1e6;
                    cpu[i - 20] = (simulating[1] - simulating[0]) / 1e6;
                    // The fan reached the chart before the edit's handler returned: the next pulse draws the line
                    // and its fan together.
                    inHandler += changed[0] - start[0] <= handled[0] ? 1 : 0;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Arrays.sort(cpu);
        Arrays.sort(painted);
        Arrays.sort(arrived);
        Arrays.sort(work);
        System.out.printf(Locale.ROOT, "fans shown, %d edits after 20 warm-up (median, 95th, worst):%n", n);
        System.out.printf(Locale.ROOT, "  edit handled on the FX thread: %.1f / %.1f / %.1f ms%n", work[n / 2],
                work[(int) (n * 0.95)], work[n - 1]);
        System.out.printf(Locale.ROOT, "  CPU of the simulating threads per fan (simulation and bands): %.1f / %.1f / %.1f ms%n",
                cpu[n / 2], cpu[(int) (n * 0.95)], cpu[n - 1]);
        System.out.printf(Locale.ROOT, "  edit to its 10,000-path fan in the charts' datasets: %.1f / %.1f / %.1f ms%n",
                arrived[n / 2], arrived[(int) (n * 0.95)], arrived[n - 1]);
        System.out.printf(Locale.ROOT, "  edit to the end of the pulse that shows that fan: %.1f / %.1f / %.1f ms%n",
                painted[n / 2], painted[(int) (n * 0.95)], painted[n - 1]);
        System.out.printf(Locale.ROOT, "  fans in the chart before the edit's handler returned (drawn with its line): "
                + "%d of %d%n", inHandler, n);
        Platform.exit();
    }
}
