package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.chart.ChartFonts;
import jp.mgp.engine.ProjectionEngine;

/**
 * The year table shows each figure's kind as the README says: sourced figures bold, assumptions in brown
 * italics, derived figures plain; with the bundled font loaded into JavaFX, as the application loads it. The
 * figures need a system face with bold and italic (DejaVu, Liberation, the system fonts of Windows and macOS).
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class YearTableFxTest {

    private final Scratch scratch = TestWindows.scratch();
    private TableView<?> table;
    private ProjectionViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        // The application loads the bundled font before its window; that font has neither a bold nor an italic face.
        try (InputStream in = ChartFonts.open()) {
            assertThat(Font.loadFont(in, 13)).isNotNull();
        }
        model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = TestWindows.show(stage, new Messages(Messages.ENGLISH), model, scratch);
        this.window = window;
        window.controller().open(Fixtures.DEFAULT);
        table = window.scene().lookup("#yearTable") instanceof TableView<?> t ? t : null;
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    /** The cell on screen for a year (row) and a series (column, 1 = the first series). */
    private TableCell<?, ?> cell(FxRobot robot, int year, int column) throws Exception {
        robot.interact(() -> table.scrollTo(year - 2024));
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> table.lookupAll(".value-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null && Integer.valueOf(year).equals(c.getTableRow().getItem())
                        && c.getTableColumn() == table.getColumns().get(column))
                .findFirst().orElseThrow());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /**
     * Whether the cell's figure is drawn unlike the same figure in the regular face of its family: a font asked for
     * bold or italic that the machine has no such face of is drawn regular (JavaFX does not slant or thicken).
     */
    private static boolean drawnUnlikeRegular(TableCell<?, ?> cell) throws Exception {
        return onFx(() -> {
            Font font = cell.getFont();
            Text asDrawn = new Text(cell.getText());
            asDrawn.setFont(font);
            Text regular = new Text(cell.getText());
            regular.setFont(Font.font(font.getFamily(), FontWeight.NORMAL, FontPosture.REGULAR, font.getSize()));
            Image a = asDrawn.snapshot(null, null);
            Image b = regular.snapshot(null, null);
            if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
                return true;
            }
            for (int x = 0; x < a.getWidth(); x++) {
                for (int y = 0; y < a.getHeight(); y++) {
                    if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private static boolean isBrown(Color c) {
        return c.getHue() >= 15 && c.getHue() <= 45 && c.getSaturation() > 0.5 && c.getBrightness() < 0.7;
    }

    @Test
    void aSourcedFigureIsBold(FxRobot robot) throws Exception {
        TableCell<?, ?> sourced = cell(robot, 2034, 1);
        assertThat(sourced.getText()).isEqualTo("10.8");
        assertThat(sourced.getStyleClass()).contains("kind-sourced");
        assertThat(sourced.getFont().getStyle()).as("the face asked for").contains("Bold").doesNotContain("Italic");
        assertThat(drawnUnlikeRegular(sourced)).as("drawn in a bold face").isTrue();
        assertThat(isBrown((Color) sourced.getTextFill())).isFalse();
    }

    @Test
    void anAssumptionIsInBrownItalics(FxRobot robot) throws Exception {
        TableCell<?, ?> assumption = cell(robot, 2030, 3);
        assertThat(table.getColumns().get(3).getText()).startsWith("Multipurpose robot market");
        assertThat(assumption.getText()).isEqualTo("4.4");
        assertThat(assumption.getStyleClass()).contains("kind-assumption");
        assertThat(assumption.getFont().getStyle()).as("the face asked for").contains("Italic").doesNotContain("Bold");
        assertThat(drawnUnlikeRegular(assumption)).as("drawn in an italic face").isTrue();
        assertThat(isBrown((Color) assumption.getTextFill())).as("brown: %s", assumption.getTextFill()).isTrue();
    }

    @Test
    void aDerivedFigureIsPlain(FxRobot robot) throws Exception {
        TableCell<?, ?> derived = cell(robot, 2040, 1);
        assertThat(derived.getText()).isEqualTo("34.9");
        assertThat(derived.getStyleClass()).contains("kind-derived");
        assertThat(derived.getFont().getStyle()).isEqualTo("Regular");
        assertThat(drawnUnlikeRegular(derived)).isFalse();
        assertThat(isBrown((Color) derived.getTextFill())).isFalse();
    }

    @Test
    void anEditRedrawsTheCellsWhereTheyAreAndACellReusedForItsRowShowsTheNewFigure(FxRobot robot) throws Exception {
        TableCell<?, ?> before = cell(robot, 2040, 1);
        assertThat(before.getText()).isEqualTo("34.9");
        javafx.scene.Node seriesCell = onFx(() -> window.scene().getRoot().lookupAll(".series-cell").stream()
                .filter(n -> "vertical-ai".equals(((javafx.scene.control.ListCell<?>) n).getItem())).findFirst()
                .orElseThrow());

        // The 2034-2040 rate from 21.6 % to 25 %: 10.8 (2034, sourced) x 1.25^6 = 41.199 in 2040.
        robot.interact(() -> model.edit("rate", p -> jp.mgp.edit.ProjectionEdits.setParameter(p, "base",
                "vertical-ai", 1, "rate", 0.25, jp.mgp.model.LocalizedText.of("test"))));

        TableCell<?, ?> after = cell(robot, 2040, 1);
        assertThat(after).as("the same cell, drawn again").isSameAs(before);
        assertThat(after.getText()).isEqualTo("41.2");
        assertThat(after.getStyleClass().stream().filter(c -> c.startsWith("kind-"))).containsExactly(
                "kind-" + onFx(() -> model.result().kind(model.result().seriesIndex("vertical-ai"), 2040)).id());
        assertThat(onFx(() -> seriesCell.lookup(".series-detail") instanceof javafx.scene.control.Label l
                ? l.getText() : "")).endsWith("2040: \u00a541.2 tn");
        // Away to 2024 and back: whatever cell shows 2040 now shows the new figure.
        cell(robot, 2024, 1);
        assertThat(cell(robot, 2040, 1).getText()).isEqualTo("41.2");
        assertThat(cell(robot, 2034, 1).getText()).isEqualTo("10.8");
    }
}
