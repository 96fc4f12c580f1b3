package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javafx.concurrent.Task;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.ZipParts;
import jp.mgp.cli.MgpCliTest;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;

/** Exporting from the window: the form, the same deck as the CLI, and a failure that keeps the old file. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ExportFxTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private ProjectionViewModel model;

    private final Scratch scratch = TestWindows.scratch();

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.show(stage, new Messages(Messages.ENGLISH), model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    private Task<List<Path>> export(FxRobot robot, Exporter.Request request, Path target) {
        AtomicReference<Task<List<Path>>> task = new AtomicReference<>();
        robot.interact(() -> task.set(window.controller().exports().export(request, target)));
        WaitForAsyncUtils.waitForFxEvents();
        return task.get();
    }


    @Test
    void theWindowWritesTheSameDeckAsTheCli(FxRobot robot) throws Exception {
        robot.interact(() -> model.scenarioProperty().set("optimistic"));
        Path fromWindow = dir.resolve("window.pptx");
        Task<List<Path>> task = export(robot, Exporter.Request.of(ExportFormat.PPTX, Locale.JAPANESE), fromWindow);
        assertThat(onFx(robot, task::getValue)).containsExactly(fromWindow);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEqualTo("Wrote window.pptx");

        Path fromCli = dir.resolve("cli.pptx");
        MgpCliTest.Run run = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "pptx", "--scenario",
                "optimistic", "--lang", "ja", "--out", fromCli.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(ZipParts.of(fromWindow)).isEqualTo(ZipParts.of(fromCli));
    }

    @Test
    void withTheFansShownTheWindowsDeckCarriesThemAsTheClisFansDo(FxRobot robot) throws Exception {
        robot.interact(() -> window.controller().fans().shownProperty().set(true));
        Path fromWindow = dir.resolve("fans.pptx");
        assertThat(export(robot, Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH)
                .withCharts(List.of("digital-deficit")), fromWindow).get(60, java.util.concurrent.TimeUnit.SECONDS))
                .containsExactly(fromWindow);
        robot.interact(() -> window.controller().fans().shownProperty().set(false));
        Path fromCli = dir.resolve("fans-cli.pptx");
        MgpCliTest.Run run = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "pptx", "--fans",
                "--chart", "digital-deficit", "--out", fromCli.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(ZipParts.of(fromWindow)).isEqualTo(ZipParts.of(fromCli));
        // The deck's chart holds the fan's areas (PptxFansTest checks their figures).
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(fromWindow.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("ppt/charts/chart1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("<c:areaChart>");
        }
    }

    @Test
    void withTheFansShownTheWindowsTableCarriesThemAsTheClisFansDo(FxRobot robot) throws Exception {
        robot.interact(() -> model.scenarioProperty().set("optimistic"));
        Path plain = dir.resolve("plain.csv");
        // Waited for on this thread: the export runs in the background.
        assertThat(export(robot, Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH), plain)
                .get(60, java.util.concurrent.TimeUnit.SECONDS)).containsExactly(plain);
        assertThat(Files.readString(plain)).startsWith("series,year,value,unit,kind\n");

        robot.interact(() -> window.controller().fans().shownProperty().set(true));
        Path fanned = dir.resolve("fanned.csv");
        assertThat(export(robot, Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH), fanned)
                .get(60, java.util.concurrent.TimeUnit.SECONDS)).containsExactly(fanned);
        Path fromCli = dir.resolve("cli.csv");
        MgpCliTest.Run run = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "csv", "--fans",
                "--scenario", "optimistic", "--out", fromCli.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(fanned)).isEqualTo(Files.readString(fromCli)).contains(",p5,p10,p50,p90,p95,fan");
        robot.interact(() -> window.controller().fans().shownProperty().set(false));
    }

    @Test
    void aFailedExportSaysSoAndKeepsTheOldFile(FxRobot robot) throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a plain file where a folder should be");
        Task<List<Path>> task = export(robot, Exporter.Request.of(ExportFormat.XLSX, Locale.ENGLISH),
                blocker.resolve("book.xlsx"));
        assertThat(onFx(robot, task::getState)).isEqualTo(javafx.concurrent.Worker.State.FAILED);
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(alert.getHeaderText()).contains("mgp could not write").contains("book.xlsx");
        assertThat(Files.readString(blocker)).isEqualTo("a plain file where a folder should be");
        robot.interact(() -> alert.getScene().getWindow().hide());
    }

    @Test
    void eachChartsExportButtonOffersThatChart(FxRobot robot) {
        robot.interact(() -> robot.lookup("#chartTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        robot.clickOn("#export-digital-deficit");
        WaitForAsyncUtils.waitForFxEvents();
        RadioButton current = robot.lookup("#exportCurrentChart").queryAs(RadioButton.class);
        assertThat(current.isSelected()).isTrue();
        assertThat(current.getText()).isEqualTo("This chart: Digital deficit vs crude-oil imports (Japan)");
        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> format = robot.lookup("#exportFormat").queryAs(ComboBox.class);
        assertThat(format.getValue()).isEqualTo(ExportFormat.PPTX);
        robot.interact(() -> format.setValue(ExportFormat.CSV));
        assertThat(current.isDisabled()).as("a table has no charts to choose").isTrue();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void copyImagePutsTheSlideSizedChartOnTheClipboard(FxRobot robot) {
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.clickOn("#copy-markets");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image image = onFx(robot, () -> javafx.scene.input.Clipboard.getSystemClipboard()
                .getImage());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Copied \u201cAI and robot markets (global)\u201d to the clipboard");
    }

    /** File → Update Deck… runs this: the deck the CLI's --update makes, and the status bar says what changed. */
    @Test
    void updateDeckBringsADeckUpToDateAsTheCliDoes(FxRobot robot) throws Exception {
        Path deck = dir.resolve("board.pptx");
        Path viaCli = dir.resolve("board-cli.pptx");
        assertThat(MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "pptx", "--out", deck.toString())
                .code()).isZero();
        Files.copy(deck, viaCli);
        robot.interact(() -> model.scenarioProperty().set("optimistic"));

        AtomicReference<Task<Exporter.UpdateReport>> task = new AtomicReference<>();
        robot.interact(() -> task.set(window.controller().exports().updateDeck(deck)));
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> task.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(robot, task.get()::getValue).updated()).containsExactly("markets", "digital-deficit",
                "labour-gap", "labour-gap-filled", "robots-japan");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Updated board.pptx: 5 charts brought up to date");
        MgpCliTest.Run run = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "pptx", "--scenario",
                "optimistic", "--update", viaCli.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(ZipParts.of(deck)).isEqualTo(ZipParts.of(viaCli));
    }

    @Test
    void theFileMenuOffersUpdateDeckOnceAFileIsOpen(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = onFx(robot, () -> bar.getMenus().get(0).getItems().stream()
                .filter(i -> "Update Deck\u2026".equals(i.getText())).findFirst().orElseThrow());
        assertThat(item.isDisable()).isFalse();
        assertThat(item.getOnAction()).as("wired to the controller").isNotNull();
    }
}
