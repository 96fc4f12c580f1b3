package jp.mgp.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import jp.mgp.chart.ChartFonts;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
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

    static void launchWith(String[] args) {
        launch(MgpApplication.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        registerFonts();
        UserPrefs prefs = UserPrefs.forUser();
        RecoveryFile recovery = RecoveryFile.forUser();
        Messages messages = new Messages(initialLocale(prefs));
        ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = MainWindow.show(stage, messages, model, background, prefs, recovery);
        Optional<RecoveryFile.Recovered> left = recovery.read();
        if (left.isPresent() && offerRecovery(stage, messages, left.get())) {
            model.openUnsaved(left.get().projection(), left.get().origin());
            return;
        }
        recovery.delete();
        List<String> args = getParameters().getUnnamed();
        Path file = Path.of(args.isEmpty() ? DEFAULT_FILE : args.get(0));
        if (!args.isEmpty() || Files.exists(file)) {
            window.controller().open(file);
        } else {
            model.open(bundledDefault(), null);
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

    /** Asks whether to restore the work a crashed session left; true to restore. */
    private static boolean offerRecovery(Stage owner, Messages messages, RecoveryFile.Recovered left) {
        ButtonType restore = new ButtonType(messages.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("recovery.body"), restore, discard);
        ask.initOwner(owner);
        ask.setTitle(messages.get("recovery.title"));
        ask.setHeaderText(messages.get("recovery.header", left.origin() == null ? messages.get("status.untitled")
                : left.origin().getFileName()));
        return ask.showAndWait().filter(b -> b == restore).isPresent();
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
