package jp.mgp.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;

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
import jp.mgp.ui.PreparedCharts;
import jp.mgp.ui.ProjectionViewModel;
import jp.mgp.ui.RecoveryFile;
import jp.mgp.ui.UserPrefs;

/**
 * Wires the window: fonts, language, engine, a background thread for file work, and the projection to show
 * first (the file named on the command line, else the shipped default).
 *
 * <p>Starting is mostly class loading, and the machine has more than one core, so the work is spread out: while
 * JavaFX starts on the main thread, a second thread reads the preferences and the file, projects it and makes
 * its charts; a third loads the window's font as soon as JavaFX can take it. The window then shows the first
 * chart alone and builds the rest around it ({@link MainWindow#showChartFirst}). docs/PERFORMANCE.md has the
 * figures; {@code -Dmgp.timing=true} prints them, {@code -Dmgp.timing=exit} prints them and quits.
 */
public final class MgpApplication extends Application {

    static final String DEFAULT_FILE = "projections/japan-ai-2040.json";

    private static final CountDownLatch TOOLKIT_STARTED = new CountDownLatch(1);

    /** What the window needs first, made on a second thread while JavaFX starts (see {@link #prepare}). */
    private static CompletableFuture<Prepared> preparing = CompletableFuture.failedFuture(
            new IllegalStateException("mgp was not started through launchWith"));
    private static CompletableFuture<Void> fontLoaded = CompletableFuture.failedFuture(
            new IllegalStateException("mgp was not started through launchWith"));

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> daemon(r, "mgp-io"));

    /**
     * @param charts null when the window must start the slow way: unsaved work to offer back first, or a file
     *               that cannot be read (the window then says why), or a file without charts
     */
    record Prepared(UserPrefs prefs, RecoveryFile recovery, Locale locale, Path file, boolean onDisk,
                    PreparedCharts charts) {
    }

    static void launchWith(String[] args) {
        Path named = args.length == 0 ? null : Path.of(args[0]);
        preparing = CompletableFuture.supplyAsync(() -> prepare(named), r -> daemon(r, "mgp-start").start());
        fontLoaded = CompletableFuture.runAsync(() -> {
            awaitToolkit();
            loadFont();
        }, r -> daemon(r, "mgp-font").start());
        launch(MgpApplication.class, args);
    }

    private static Thread daemon(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }

    static Prepared prepare(Path named) {
        return prepare(named, UserPrefs.forUser(), RecoveryFile.forUser());
    }

    /**
     * Reads the preferences, then the file ({@code named}, else the shipped default), projects it and makes its
     * charts in the language to be shown.
     */
    static Prepared prepare(Path named, UserPrefs prefs, RecoveryFile recovery) {
        Locale locale = initialLocale(prefs);
        Path file = named != null ? named : Path.of(DEFAULT_FILE);
        boolean onDisk = named != null || Files.exists(file);
        PreparedCharts charts = null;
        if (!Files.exists(recovery.path())) {
            try {
                Projection p = onDisk ? ProjectionFiles.read(file) : bundledDefault();
                ProjectionResult r = new ProjectionEngine().project(p);
                List<JFreeChart> made = new ArrayList<>();
                for (ChartSpec spec : r.effective().charts()) {
                    made.add(ProjectionCharts.create(spec, r, locale));
                }
                charts = made.isEmpty() ? null : new PreparedCharts(p, onDisk ? file : null, r, locale, made);
            } catch (IOException | InvalidProjectionException | RuntimeException e) {
                // The window reads the file again and explains what is wrong with it.
                charts = null;
            }
        }
        return new Prepared(prefs, recovery, locale, file, onDisk, charts);
    }

    @Override
    public void init() {
        TOOLKIT_STARTED.countDown();
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getUnnamed();
        Prepared ready = preparing.exceptionally(e -> prepare(args.isEmpty() ? null : Path.of(args.get(0)))).join();
        Messages messages = new Messages(ready.locale());
        ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
        UserPrefs prefs = ready.prefs();
        fontLoaded.exceptionally(e -> {
            loadFont();
            return null;
        }).join();
        if (ready.charts() != null) {
            MainWindow.showChartFirst(stage, messages, model, background, prefs, ready.recovery(), ready.charts(),
                    window -> {
                        if (ready.onDisk()) {
                            prefs.addRecent(ready.file());
                        }
                        afterStart(stage.getScene());
                    });
            time(stage.getScene(), "first chart painted", false);
            return;
        }
        MainWindow window = MainWindow.show(stage, messages, model, background, prefs, ready.recovery());
        afterStart(stage.getScene());
        if (window.controller().offerRecovery()) {
            return;
        }
        if (ready.onDisk()) {
            // Read again, this time through the window, so a broken file is explained there.
            window.controller().open(ready.file());
        } else {
            model.open(bundledDefault(), null);
        }
    }

    /** Once the whole window is up: the font for exports is read in the background, before anyone exports. */
    private void afterStart(Scene scene) {
        time(scene, "whole window laid out", true);
        background.execute(ChartFonts::registerWithAwt);
    }

    /**
     * With {@code -Dmgp.timing=true} or {@code exit}: prints when the scene's next frame has been laid out (its
     * charts drawn, the frame handed to the renderer), counted from the JVM's start as {@code WindowProbe bare}
     * counts for an empty window; with {@code exit}, the last such frame also ends the program.
     */
    private static void time(Scene scene, String what, boolean last) {
        String timing = System.getProperty("mgp.timing", "false");
        if (timing.equals("false")) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println(what + " " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start");
            if (last && timing.equals("exit")) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    private static void awaitToolkit() {
        try {
            TOOLKIT_STARTED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX started", e);
        }
    }

    /** Loads the bundled CJK font into JavaFX (controls and charts on screen; exports load it into AWT). */
    private static void loadFont() {
        try (InputStream in = ChartFonts.open()) {
            javafx.scene.text.Font.loadFont(in, 13);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
    static Projection bundledDefault() throws IOException, InvalidProjectionException {
        try (InputStream in = MgpApplication.class.getResourceAsStream("/" + DEFAULT_FILE)) {
            if (in == null) {
                throw new IOException("the default projection is missing from the build");
            }
            return ProjectionFiles.parse(in.readAllBytes(), DEFAULT_FILE);
        }
    }
}
