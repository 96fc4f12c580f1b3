package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipFile;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.io.table.CellReading;
import jp.mgp.model.Anchor;
import jp.mgp.model.Derivation;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * Issue 14's "done when": a projection built from nothing in the window, through paste: a series of the user's own
 * from pasted, cited figures and one derived from it; saved, reopened, and a deck whose footnote cites the figures.
 * The pasted series is made in the series dialog (its name, unit and the rate after its last figure).
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class OwnProjectionFxTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.showEnglish(stage, model, scratch);
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    private static void fireMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.isDisable()).as(id + " enabled").isFalse();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match(org.testfx.matcher.control.LabeledMatchers.hasText(text))
                .queryButton();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextField.class).setText(text));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProjectionFromNothingThroughPasteIsSavedReopenedAndCitedInTheDeck(FxRobot robot) throws Exception {
        robot.interact(() -> window.controller().documents().newDocument());
        assertThat(onFx(robot, () -> model.projection().series())).isEmpty();

        // The series dialog: its name, its unit, and a rate to carry it on after the last figure.
        FormDriver form = new FormDriver(robot);
        form.press("addSeries");
        form.type("seriesNameJa", "サービスロボット");
        form.type("seriesNameEn", "Service robots");
        ComboBox<Unit> units = robot.lookup("#seriesUnit").queryAs(ComboBox.class);
        robot.interact(() -> units.setValue(Unit.JPY_TRILLION));
        form.type("seriesStartValue", "1.0");
        form.type("seriesRate", "10");
        form.confirm();
        String id = onFx(robot, () -> model.selectedSeriesProperty().get());
        assertThat(id).isEqualTo("service-robots");

        // Excel's clipboard: a header row, years down, thousands grouped, a full-width figure and the unit in a cell.
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("年\t市場規模（兆円）\n2024\t1.0\n2026\t１．２１兆円\n2028\t1.4641\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        fireMenuItem(robot, "pasteIntoSeries");
        TableView<CellReading> preview = robot.lookup("#pastePreview").queryAs(TableView.class);
        assertThat(onFx(robot, () -> preview.getItems().stream().filter(c -> c.role() == CellReading.Role.VALUE)
                .map(CellReading::number).toList())).containsExactly(1.0, 1.21, 1.4641);
        assertThat(onFx(robot, () -> preview.getItems().get(5).how().en()))
                .isEqualTo("full-width characters read as their ordinary forms; the unit \u201c兆円\u201d dropped (the"
                        + " series\u2019 own)");
        type(robot, "pastePublisher", "Fuji Keizai");
        type(robot, "pasteDocument", "Service robot market outlook 2025, table 3");
        type(robot, "pasteQuote", "2028年：1.4641兆円");
        robot.clickOn(dialogButton(robot, "Set Known Points"));

        Series pasted = onFx(robot, () -> model.projection().series(id).orElseThrow());
        assertThat(pasted.anchors()).extracting(Anchor::year).containsExactly(2024, 2026, 2028);
        assertThat(pasted.anchors()).allMatch(a -> a.kind() == Kind.SOURCED && a.pinned());
        assertThat(onFx(robot, () -> model.undoLabelProperty().get())).isEqualTo("paste into Service robots");
        // Through 1.0, 1.21 and 1.4641: 10 % a year; after 2028 the dialog's 10 %, so 2040 is 1.4641 * 1.1^12.
        double at2040 = onFx(robot, () -> model.result().value(model.projection().seriesIndex(id), 2040));
        assertThat(at2040).isCloseTo(1.4641 * Math.pow(1.1, 12), within(1e-9));

        Platform.runLater(() -> robot.lookup("#addDerived").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#derivedOp").queryAs(ComboBox.class).setValue(Derivation.Op.SCALE));
        robot.clickOn("#derivedInputs-" + id);
        type(robot, "derivedFactor", "0.5");
        type(robot, "derivedNameEn", "Half of it");
        robot.clickOn(dialogButton(robot, "Add"));
        assertThat(onFx(robot, () -> model.projection().series()).stream().map(Series::id))
                .containsExactly("service-robots", "half-of-it");

        Path saved = dir.resolve("own.json");
        robot.interact(() -> window.controller().documents().saveTo(saved));
        WaitForAsyncUtils.waitForFxEvents();
        Projection built = onFx(robot, model::projection);
        robot.interact(() -> window.controller().documents().newDocument());
        robot.interact(() -> window.controller().open(saved));
        WaitForAsyncUtils.waitForFxEvents();
        Projection reopened = onFx(robot, model::projection);
        assertThat(reopened).isEqualTo(built).isEqualTo(ProjectionFiles.read(saved));
        assertThat(onFx(robot, () -> model.result().value(1, 2040))).isCloseTo(at2040 / 2, within(1e-9));

        Path deck = dir.resolve("own.pptx");
        AtomicReference<Task<List<Path>>> task = new AtomicReference<>();
        robot.interact(() -> task.set(window.controller().exports().export(
                Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH), deck)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(robot, () -> task.get().getValue())).containsExactly(deck);
        assertThat(slide(deck)).contains("<a:t>Sources: </a:t>").contains("[1] Fuji Keizai, \"Service robot market"
                + " outlook 2025, table 3\" \u2014 Service robots 2024: \u00a51.0 tn; Service robots 2026: \u00a51.2 tn;"
                + " Service robots 2028: \u00a51.5 tn").contains("Half of it = Service robots \u00d7 0.5");
    }

    private static String slide(Path deck) throws IOException {
        try (ZipFile zip = new ZipFile(deck.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("ppt/slides/slide1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
