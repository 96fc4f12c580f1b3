package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
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
import jp.mgp.engine.ProjectionEngine;

/**
 * The year table's headers show each series' whole name and unit: they cut "Vertical AI market (glo…" and the
 * unit with it. Read from the text JavaFX draws (a label's own text is whole even when it is drawn cut).
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class YearTableHeadersFxTest {

    private final Scratch scratch = TestWindows.scratch();
    private final Messages messages = new Messages(Messages.ENGLISH);
    private ProjectionViewModel model;
    private TableView<?> table;

    @Start
    void start(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(860);
        model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = TestWindows.show(stage, messages, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
        table = (TableView<?>) window.scene().lookup("#yearTable");
    }

    @AfterEach
    void forgetPreferences() {
        scratch.close();
    }

    /** For each column's header, its title and the texts drawn in it (those on screen, not empty). */
    private List<String[]> headers(FxRobot robot) {
        return onFx(robot, () -> {
            table.applyCss();
            table.layout();
            List<String[]> out = new ArrayList<>();
            for (Node header : table.lookupAll(".column-header")) {
                TableColumnBase<?, ?> column = header instanceof javafx.scene.control.skin.TableColumnHeader h
                        ? h.getTableColumn() : null;
                if (column == null) {
                    continue;
                }
                StringBuilder drawn = new StringBuilder();
                for (Node n : header.lookupAll(".text")) {
                    if (n instanceof Text t && t.isVisible() && !t.getText().isEmpty() && shown(t)) {
                        drawn.append(drawn.length() == 0 ? "" : "|").append(t.getText());
                    }
                }
                out.add(new String[] {column.getText(), drawn.toString()});
            }
            return out;
        });
    }

    /** Whether {@code n} and every parent up to the scene are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void checkEveryHeaderIsWhole(FxRobot robot, String firstSeries) {
        List<String[]> headers = headers(robot);
        // The year, then one column per series of the default projection (14 of them), each drawn whole, once.
        assertThat(headers).hasSize(1 + onFx(robot, () -> model.result().seriesCount()));
        assertThat(headers.get(1)[0]).startsWith(firstSeries);
        for (String[] h : headers) {
            // Drawn with the unit on a line of its own and in one piece (no-break spaces): the same words.
            assertThat(h[1].replace('\n', ' ').replace('\u00A0', ' ')).as("the header of %s", h[0]).isEqualTo(h[0]);
        }
    }

    @Test
    void everyHeaderShowsItsWholeNameAndUnitInBothLanguages(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(robot, () -> model.result() != null));
        WaitForAsyncUtils.waitForFxEvents();
        checkEveryHeaderIsWhole(robot, "Vertical AI market (global) (");
        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        WaitForAsyncUtils.waitForFxEvents();
        checkEveryHeaderIsWhole(robot, "バーティカルAI市場（世界） (兆円)");
    }
}
