package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.LocalizedText;

/**
 * The window with its file work on a real background thread, as mgp runs it, held up where a test needs a slow
 * task in front (a first export takes over a second): late results, the order of writes, and the status bar.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkFxTest {

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-io");
        t.setDaemon(true);
        return t;
    });
    private final Scratch scratch = TestWindows.scratch();
    private final RecoveryFile recovery = TestWindows.recovery(scratch);
    private ProjectionViewModel model;
    private Messages messages;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ProjectionViewModel(new ProjectionEngine());
        messages = new Messages(Messages.ENGLISH);
        window = MainWindow.show(stage, messages, model, io, new UserPrefs(scratch.prefs()), recovery);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void stop(FxRobot robot) throws InterruptedException {
        // As mgp ends: the window's file work finishes, and its copy timer stops, before the thread does.
        robot.interact(() -> window.controller().closeCleanly());
        io.shutdown();
        io.awaitTermination(20, TimeUnit.SECONDS);
        scratch.close();
    }

    /** Holds the background thread until the returned latch is counted down: a slow task in front. */
    private CountDownLatch holdUp() {
        CountDownLatch gate = new CountDownLatch(1);
        io.execute(() -> {
            try {
                gate.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return gate;
    }

    /** Waits until everything queued so far has run and its results have reached the window. */
    private void drain() throws Exception {
        io.submit(() -> { }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }


    private void setRate(FxRobot robot, double rate) {
        robot.interact(() -> model.edit("rate", p -> ProjectionEdits.setParameter(p, "base", "vertical-ai", 1,
                "rate", rate, LocalizedText.of("test"))));
    }

    private static double savedRate(Path file) throws Exception {
        return ProjectionFiles.read(file).series("vertical-ai").orElseThrow().segments().get(1).parameter("rate");
    }

    @Test
    void aSaveThatFinishesAfterNewLeavesTheNewDocumentWithoutAFileAndTheOldFileHoldsTheWork(FxRobot robot)
            throws Exception {
        drain();
        setRate(robot, 0.30);
        Path saved = dir.resolve("mine.json");
        CountDownLatch gate = holdUp();
        robot.interact(() -> window.controller().documents().saveTo(saved));
        javafx.application.Platform.runLater(() -> window.controller().documents().newDocument());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Don't Save"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> model.projection().series())).as("the new document is open").isEmpty();

        gate.countDown();
        drain();

        assertThat(onFx(robot, () -> model.fileProperty().get())).as("the new document has no file yet").isNull();
        assertThat(onFx(robot, () -> model.isDirty())).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Untitled \u2013 mgp");
        assertThat(savedRate(saved)).as("the file holds the work that was saved").isEqualTo(0.30);
    }

    @Test
    void theUnsavedChangesQuestionSavesAfterTheSaveAlreadyWaiting(FxRobot robot) throws Exception {
        drain();
        Path saved = dir.resolve("mine.json");
        setRate(robot, 0.30);
        CountDownLatch gate = holdUp();
        robot.interact(() -> window.controller().documents().saveTo(saved));
        setRate(robot, 0.40);
        robot.interact(() -> model.fileProperty().set(saved));
        javafx.application.Platform.runLater(() -> window.controller().documents().newDocument());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Save")).queryButton());
        assertThat(Files.exists(saved)).as("nothing is written ahead of the save already waiting").isFalse();

        gate.countDown();
        drain();

        assertThat(savedRate(saved)).as("the later work is what the file keeps").isEqualTo(0.40);
        assertThat(onFx(robot, () -> model.projection().series())).as("then New went on").isEmpty();
    }

    @Test
    void aFinishedSaveDoesNotHideAnExportStillToRun(FxRobot robot) throws Exception {
        drain();
        setRate(robot, 0.30);
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        assertThat(onFx(robot, bar::getProgress)).as("idle: no progress shown").isEqualTo(0.0);
        // mgp.css fixes the status bar's height (26 px) so that the first frame, which leaves it empty, matches.
        double idle = bar.getHeight();
        assertThat(idle).isEqualTo(26.0);
        CountDownLatch first = holdUp();
        Task<Void> save = onFx(robot, () -> window.controller().documents().saveTo(dir.resolve("mine.json")));
        CountDownLatch second = holdUp();
        Path csv = dir.resolve("table.csv");
        Task<List<Path>> export = onFx(robot, () -> window.controller().exports().export(
                Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH), csv));
        assertThat(onFx(robot, () -> window.controller().work().count())).isEqualTo(2);
        assertThat(onFx(robot, bar::getText)).isEqualTo("Saving mine.json\u2026 (and 1 more)");

        first.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, save::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> model.isDirty())).as("the save is done").isFalse();
        assertThat(onFx(robot, export::isDone)).isFalse();
        assertThat(onFx(robot, () -> window.controller().work().count())).isEqualTo(1);
        assertThat(onFx(robot, bar::getText)).isEqualTo("Exporting table.csv\u2026");
        assertThat(onFx(robot, bar::getProgress)).as("still busy: an indeterminate bar").isEqualTo(-1.0);
        assertThat(bar.getHeight()).as("busy or not, the bar keeps the height the first frame leaves for it")
                .isEqualTo(idle);

        second.countDown();
        drain();
        assertThat(onFx(robot, bar::getProgress)).isEqualTo(0.0);
        assertThat(onFx(robot, bar::getText)).isEmpty();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEqualTo("Wrote table.csv");
        assertThat(Files.readString(csv)).startsWith("series,year,value,unit,kind");
    }

    @Test
    void aRecoveryCopyStillWaitingToBeWrittenDoesNotComeBackAfterACleanExit(FxRobot robot) throws Exception {
        drain();
        CountDownLatch gate = holdUp();
        setRate(robot, 0.30);
        Thread.sleep(3000); // the copy is written two seconds after the last edit: now it waits behind the gate
        robot.interact(() -> window.controller().closeCleanly());

        gate.countDown();
        drain();

        assertThat(Files.exists(recovery.path())).as("removed after the write that was waiting").isFalse();
    }

    @Test
    void aRecoveryFileThatCannotBeReadIsSetAsideAndTheBarSaysWhere(FxRobot robot) throws Exception {
        drain();
        Files.writeString(recovery.path(), "{ \"schemaVersion\": ");
        robot.interact(() -> window.controller().offerRecovery());
        drain();

        NotificationPane bar = robot.lookup("#notices").queryAs(NotificationPane.class);
        assertThat(bar.isShowing()).isTrue();
        assertThat(Files.exists(recovery.path())).isFalse();
        try (var left = Files.list(recovery.path().getParent())) {
            Path kept = left.filter(f -> f.getFileName().toString().startsWith("recovery-unreadable-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(kept)).isEqualTo("{ \"schemaVersion\": ");
            assertThat(bar.getText()).isEqualTo("mgp could not read the unsaved work it kept last time. It is set "
                    + "aside, not deleted: " + kept);
        }
        assertThat(onFx(robot, () -> model.projection().series())).as("the window goes on with its file").hasSize(Fixtures.defaultProjection().series().size());
    }

    @Test
    void aLeftoverOnOfferIsNeitherOverwrittenNorRemovedUntilTheUserAnswers(FxRobot robot) throws Exception {
        drain();
        recovery.write(ProjectionEdits.setParameter(Fixtures.defaultProjection(), "base", "vertical-ai", 1, "rate",
                0.25, LocalizedText.of("test")), Fixtures.DEFAULT);
        robot.interact(() -> window.controller().offerRecovery());
        drain();
        NotificationPane bar = robot.lookup("#notices").queryAs(NotificationPane.class);
        assertThat(bar.isShowing()).isTrue();

        setRate(robot, 0.40);
        Thread.sleep(3000); // past the moment a copy of this work would be written
        drain();
        assertThat(recovery.read().orElseThrow().projection().series("vertical-ai").orElseThrow().segments().get(1)
                .parameter("rate")).as("the work on offer is not overwritten").isEqualTo(0.25);
        robot.interact(() -> model.undo());
        drain();
        assertThat(Files.exists(recovery.path())).as("nor removed when the work here is clean again").isTrue();

        Button discard = robot.from(bar).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Discard".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(discard::fire);
        drain();
        assertThat(bar.isShowing()).isFalse();
        assertThat(Files.exists(recovery.path())).as("discarded: removed").isFalse();
    }

    @Test
    void aFailedSaveIsToldInTheWindowsLanguageWithoutTheSystemsWords(FxRobot robot) throws Exception {
        drain();
        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        Path missing = dir.resolve("no-such-folder");
        robot.interact(() -> window.controller().documents().saveTo(missing.resolve("mine.json")));
        drain();
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(robot.from(alert).lookup(".text-area").queryAs(TextArea.class).getText())
                .isEqualTo("\u30d5\u30a9\u30eb\u30c0\u30fc " + missing + " \u304c\u3042\u308a\u307e\u305b\u3093\u3002\n\n"
                        + messages.get("error.save.kept"));
        robot.interact(() -> alert.getScene().getWindow().hide());
    }
}
