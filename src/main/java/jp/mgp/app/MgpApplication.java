package jp.mgp.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
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
import java.util.concurrent.TimeUnit;

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
 * chart in its skeleton and loads the panels into it ({@link MainWindow#showChartFirst}). docs/PERFORMANCE.md has
 * the figures; {@code -Dmgp.timing=true} prints them, {@code -Dmgp.timing=exit} prints them and quits.
 */
public final class MgpApplication extends Application {

    static final String DEFAULT_FILE = "projections/japan-ai-2040.json";


    private static final CountDownLatch TOOLKIT_STARTED = new CountDownLatch(1);

    /** The preferences and the file to open, read first on the second thread. */
    private static CompletableFuture<Settings> settings = notLaunched();
    /** The file read, projected and charted on the second thread next; null when the window must open it. */
    private static CompletableFuture<PreparedCharts> charts = notLaunched();
    private static CompletableFuture<Void> fontLoaded = notLaunched();

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> daemon(r, "mgp-io"));

    /** @param file the file named on the command line, else the shipped default; {@code onDisk} false: in the jar */
    record Settings(UserPrefs prefs, RecoveryFile recovery, Locale locale, Path file, boolean onDisk) {
    }

    private static <T> CompletableFuture<T> notLaunched() {
        return CompletableFuture.failedFuture(new IllegalStateException("mgp was not started through launchWith"));
    }

    static void launchWith(String[] args) {
        Path named = args.length == 0 ? null : Path.of(args[0]);
        settings = new CompletableFuture<>();
        charts = new CompletableFuture<>();
        daemon(() -> {
            try {
                Settings s = settings(named, UserPrefs.forUser(), RecoveryFile.forUser());
                settings.complete(s);
                charts.complete(charts(s));
            } catch (RuntimeException | Error e) {
                settings.completeExceptionally(e);
                charts.completeExceptionally(e);
            }
        }, "mgp-start").start();
        fontLoaded = CompletableFuture.runAsync(() -> {
            awaitToolkit();
            loadFont();
        }, r -> daemon(r, "mgp-font").start());
        launch(MgpApplication.class, args);
    }

    /** Looked up when first needed, not in this class's start-up, which is on the path to the first chart. */
    private static System.Logger log() {
        return System.getLogger(MgpApplication.class.getName());
    }

    private static Thread daemon(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }

    static Settings settings(Path named, UserPrefs prefs, RecoveryFile recovery) {
        Path file = named != null ? named : Path.of(DEFAULT_FILE);
        return new Settings(prefs, recovery, initialLocale(prefs), file, named != null || Files.exists(file));
    }

    /**
     * Reads the file, projects it and makes its charts in the language to be shown; null when the window must
     * start the slow way: a file that cannot be read (the window reads it again and explains), or a file without
     * charts. Unsaved work left by a crash does not change this: it is offered in a bar once the window is up.
     */
    static PreparedCharts charts(Settings settings) {
        try {
            Projection p = settings.onDisk() ? ProjectionFiles.read(settings.file()) : bundledDefault();
            ProjectionResult r = new ProjectionEngine().project(p);
            List<JFreeChart> made = new ArrayList<>();
            for (ChartSpec spec : r.effective().charts()) {
                made.add(ProjectionCharts.create(spec, r, settings.locale()));
            }
            return made.isEmpty() ? null
                    : new PreparedCharts(p, settings.onDisk() ? settings.file() : null, r, settings.locale(), made);
        } catch (IOException | InvalidProjectionException | RuntimeException e) {
            log().log(Level.INFO, "the first chart could not be prepared; the window opens the file itself", e);
            return null;
        }
    }

    @Override
    public void init() {
        TOOLKIT_STARTED.countDown();
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        Settings s = settings.exceptionally(e -> settings(args.isEmpty() ? null : Path.of(args.get(0)),
                UserPrefs.forUser(), RecoveryFile.forUser())).join();
        Messages messages = new Messages(s.locale());
        ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
        // JavaFX's font loader is not made for two threads at once: the window is shown after the font is in.
        fontLoaded.exceptionally(e -> {
            loadFont();
            return null;
        }).join();
        CompletableFuture<PreparedCharts> ready = charts.exceptionally(e -> null);
        String title = messages.get("app.titleWithFile", s.onDisk() ? s.file().getFileName()
                : messages.get("status.untitled"), "");
        MainWindow.showChartFirst(stage, messages, model, background, s.prefs(), s.recovery(), title, ready,
                () -> time(stage.getScene(), "first chart painted", false), window -> opened(s, model, window));
    }

    /**
     * The whole window is built and wired: whatever the start did not open yet is opened now. The frame that lays
     * this out is when the window is ready for input: every control it shows then (menus, scenario bar, charts and
     * their bars, series list, assumptions, year table, status bar) is built, styled and answers.
     */
    private void opened(Settings s, ProjectionViewModel model, MainWindow window) {
        time(window.scene(), "whole window ready for input", true);
        if (model.projection() != null) {
            if (s.onDisk()) {
                s.prefs().addRecent(s.file());
            }
        } else if (s.onDisk()) {
            window.controller().open(s.file());
        } else {
            try {
                model.open(bundledDefault(), null);
            } catch (IOException | InvalidProjectionException e) {
                throw new IllegalStateException("the build is broken: " + e.getMessage(), e);
            }
        }
        window.controller().offerRecovery();
        // Last in the file queue, once the window is up: the log's set-up (java.util.logging's class loading) and
        // the exports' fonts would otherwise compete with the first chart for the cores. Until then, messages go
        // to the console only.
        background.execute(MgpApplication::keepLog);
        background.execute(ChartFonts::registerWithAwt);
    }

    private static void keepLog() {
        try {
            Logging.toFolder(Logging.userFolder());
        } catch (IOException | RuntimeException e) {
            log().log(Level.WARNING, "no log file can be kept in " + Logging.userFolder(), e);
        }
    }

    /**
     * With {@code -Dmgp.timing=true} or {@code exit}: prints when the scene's next frame has been laid out (its
     * charts drawn, the frame handed to the renderer), counted from the JVM's start as {@code WindowProbe bare}
     * counts for an empty window, with the CPU the JavaFX thread and the whole process have used by then; with
     * {@code exit}, the last such frame also ends the program.
     */
    private static void time(Scene scene, String what, boolean last) {
        String timing = System.getProperty("mgp.timing", "false");
        if (timing.equals("false")) {
            return;
        }
        MainWindow.onNextLayout(scene, () -> {
            System.out.println(what + " " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start ("
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000
                    + " ms of the JavaFX thread's CPU, " + processCpuMs() + " ms of the process's)");
            if (last && timing.equals("exit")) {
                Platform.runLater(Platform::exit);
            }
        });
    }

    /**
     * The CPU time all of this JVM's threads have used so far (the compilers' and the finished threads' included):
     * on a machine with few cores it, not the order of the work, bounds how soon the window can be ready.
     */
    private static long processCpuMs() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** Lets the file work already asked for finish (a save, the recovery copy's removal), then ends. */
    @Override
    public void stop() {
        background.shutdown();
        try {
            if (!background.awaitTermination(20, TimeUnit.SECONDS)) {
                log().log(Level.WARNING, "file work was still running 20 s after the window closed; it is abandoned");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitToolkit() {
        try {
            TOOLKIT_STARTED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX started", e);
        }
    }

    /** The window's fonts into JavaFX ({@link WindowFonts}), read in place from copies kept in ~/.mgp/fonts. */
    private static void loadFont() {
        WindowFonts.load(Path.of(System.getProperty("user.home"), ".mgp", "fonts"));
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
