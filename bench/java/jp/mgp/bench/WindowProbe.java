package jp.mgp.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

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
 * from the edit to the end of the pulse that repaints chart and table (median, 95th percentile, worst). Run under
 * a display (Xvfb on a server): {@code java -cp target/classes:bench-classes:CLASSPATH jp.mgp.bench.WindowProbe app}.
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
                System.out.printf(Locale.ROOT, "bare window: first frame %.0f ms after JVM start%n",
                        sinceJvmStartMs());
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
            new Thread(() -> edits(stage.getScene(), model)).start();
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
}
