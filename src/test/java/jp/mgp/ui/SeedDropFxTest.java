package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.table.SeedFigures;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;

/**
 * A figure dragged from the seed library and dropped on a series in the series list. Monocle cannot drag, so the
 * drop is run as the drop handler runs it: with what the library's row puts on the dragboard and the node of the
 * series list under the mouse. The figure becomes a sourced known point with its citation, in one undoable step.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class SeedDropFxTest {

    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();
    private SeedDrops drops;

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = TestWindows.showEnglish(stage, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
        Messages messages = new Messages(Messages.ENGLISH);
        drops = new SeedDrops(messages, model, new Alerts(messages, () -> stage));
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    /** A node inside the series list's cell of series {@code id}, as the mouse would be over its name. */
    private static Node overSeries(FxRobot robot, String id) {
        return onFx(robot, () -> {
            ListView<?> list = robot.lookup("#seriesList").queryAs(ListView.class);
            ListCell<?> cell = list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                    .filter(c -> id.equals(c.getItem())).findFirst().orElseThrow();
            return cell.getGraphic() != null ? cell.getGraphic() : cell;
        });
    }

    @Test
    void aDroppedFigureBecomesASourcedKnownPointWithItsCitationInOneUndoableStep(FxRobot robot) {
        // The seed documents' figure for the digital deficit in 2030: 10.0 兆円, from METI.
        SeedFigures.Figure figure = onFx(robot, () -> drops.figures().stream()
                .filter(f -> f.series().equals("digital-deficit") && f.year() == 2030).findFirst().orElseThrow());
        ClipboardContent dragged = onFx(robot, () -> SeedLibrary.dragged(drops, figure));
        assertThat(dragged.getString()).isEqualTo(figure.source().citation()).contains("METI");
        List<Anchor> before = onFx(robot, () -> model.projection().series("multipurpose-robots").orElseThrow()
                .anchors());
        assertThat(before).noneMatch(a -> a.year() == 2030);

        Node target = overSeries(robot, "multipurpose-robots");
        boolean[] done = new boolean[1];
        robot.interact(() -> done[0] = drops.drop(target, dragged.get(SeedLibrary.FIGURE)));
        assertThat(done[0]).isTrue();

        List<Anchor> after = onFx(robot, () -> model.projection().series("multipurpose-robots").orElseThrow()
                .anchors());
        assertThat(after).hasSize(before.size() + 1);
        Anchor a = after.stream().filter(x -> x.year() == 2030).findFirst().orElseThrow();
        assertThat(a.kind()).isEqualTo(Kind.SOURCED);
        assertThat(a.value()).isEqualTo(10.0);
        assertThat(a.source()).isEqualTo(figure.source());
        assertThat(a.source().publisher()).isEqualTo("METI");
        assertThat(onFx(robot, () -> model.undoLabelProperty().get())).isEqualTo("the sourced figure for 2030");

        robot.interact(model::undo);
        assertThat(onFx(robot, () -> model.projection().series("multipurpose-robots").orElseThrow().anchors()))
                .isEqualTo(before);
    }

    @Test
    void aDropOffTheSeriesOrWithoutAFigureChangesNothing(FxRobot robot) {
        var before = onFx(robot, model::projection);
        Node list = onFx(robot, () -> robot.lookup("#seriesList").queryAs(ListView.class));
        Node series = overSeries(robot, "multipurpose-robots");
        boolean[] done = {true, true, true};
        robot.interact(() -> {
            // Over the list but no series' cell; over a series but carrying text only; an index past the list.
            done[0] = drops.drop(list, 0);
            done[1] = drops.drop(series, "METI");
            done[2] = drops.drop(series, drops.figures().size());
        });
        assertThat(done).containsExactly(false, false, false);
        assertThat(onFx(robot, model::projection)).isSameAs(before);
    }
}
