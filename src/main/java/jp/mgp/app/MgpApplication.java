package jp.mgp.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.stage.Stage;

import jp.mgp.chart.ChartFonts;
import jp.mgp.chart.ProjectionCharts;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;
import jp.mgp.ui.MainWindow;
import jp.mgp.ui.Messages;
import jp.mgp.ui.ProjectionViewModel;
import jp.mgp.ui.RecoveryFile;
import jp.mgp.ui.UserPrefs;

/**
 * Wires the window: fonts, language, engine, a background thread for file work, and the projection to show
 * first (the file named on the command line, else the shipped default).
 */
public final class MgpApplication extends Application {

    static final String DEFAULT_FILE = "projections/japan-ai-2040.json";

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mgp-io");
        t.setDaemon(true);
        return t;
    });

    /** The file to show first, read while the toolkit starts (see {@link #preload}). */
    private static CompletableFuture<Projection> preloaded = CompletableFuture.failedFuture(
            new IllegalStateException("nothing preloaded"));

    static void launchWith(String[] args) {
        preloaded = preload(args.length == 0 ? null : Path.of(args[0]));
        launch(MgpApplication.class, args);
    }

    /**
     * Starting takes mostly class loading, so the file is read, projected and charted once on a second thread
     * while JavaFX starts on the first: the window then finds the parser, engine and chart classes ready.
     */
    static CompletableFuture<Projection> preload(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                ChartFonts.family();
                Projection p = file != null || Files.exists(Path.of(DEFAULT_FILE))
                        ? ProjectionFiles.read(file != null ? file : Path.of(DEFAULT_FILE)) : bundledDefault();
                ProjectionResult r = new ProjectionEngine().project(p);
                java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(64, 36,
                        java.awt.image.BufferedImage.TYPE_INT_ARGB);
                for (ChartSpec spec : p.charts()) {
                    java.awt.Graphics2D g = scratch.createGraphics();
                    ProjectionCharts.create(spec, r, Locale.JAPANESE).draw(g, new java.awt.geom.Rectangle2D.Double(0,
                            0, 64, 36));
                    g.dispose();
                }
                return p;
            } catch (IOException | InvalidProjectionException e) {
                throw new CompletionException(e);
            }
        });
    }

    @Override
    public void start(Stage stage) throws Exception {
        registerFonts();
        UserPrefs prefs = UserPrefs.forUser();
        RecoveryFile recovery = RecoveryFile.forUser();
        Messages messages = new Messages(initialLocale(prefs));
        ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = MainWindow.show(stage, messages, model, background, prefs, recovery);
        if (Boolean.getBoolean("mgp.timing")) {
            reportFirstFrame(stage.getScene(), model);
        }
        if (window.controller().offerRecovery()) {
            return;
        }
        List<String> args = getParameters().getUnnamed();
        Path file = Path.of(args.isEmpty() ? DEFAULT_FILE : args.get(0));
        boolean onDisk = !args.isEmpty() || Files.exists(file);
        Projection ready = preloadedOrNull();
        if (ready != null) {
            model.open(ready, onDisk ? file : null);
            if (onDisk) {
                prefs.addRecent(file);
            }
        } else if (onDisk) {
            // Read again, this time through the window, so a broken file is explained there.
            window.controller().open(file);
        } else {
            model.open(bundledDefault(), null);
        }
    }

    /** With {@code -Dmgp.timing=true}: prints when the first frame with the charts is laid out (docs/PERFORMANCE.md). */
    private static void reportFirstFrame(javafx.scene.Scene scene, ProjectionViewModel model) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (model.result() == null) {
                return;
            }
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("first frame " + (System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start");
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static Projection preloadedOrNull() {
        try {
            return preloaded.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    /** Registers the bundled CJK font with AWT (charts) and JavaFX (controls). */
    static void registerFonts() throws IOException {
        ChartFonts.family();
        try (InputStream in = ChartFonts.open()) {
            javafx.scene.text.Font.loadFont(in, 13);
        }
    }

    /** {@code -Dmgp.lang=ja|en} wins; then the language chosen last time; then the system's. */
    static Locale initialLocale(UserPrefs prefs) {
        String lang = System.getProperty("mgp.lang");
        if (lang != null) {
            return Locale.forLanguageTag(lang);
        }
        return prefs.language() != null ? prefs.language() : Locale.getDefault();
    }


    /** The default projection from inside the jar, for a start outside the project folder. */
    static jp.mgp.model.Projection bundledDefault() throws IOException, InvalidProjectionException {
        try (InputStream in = MgpApplication.class.getResourceAsStream("/" + DEFAULT_FILE)) {
            if (in == null) {
                throw new IOException("the default projection is missing from the build");
            }
            return ProjectionFiles.parse(in.readAllBytes(), DEFAULT_FILE);
        }
    }
}
