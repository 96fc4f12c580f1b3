package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;


import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
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
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.AnchorOverride;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;

/** A known point typed over in a scenario other than the base goes into that scenario; the base keeps its figure. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ScenarioEditorFxTest {

    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();
    private Projection opened;

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = TestWindows.show(stage, new Messages(Messages.ENGLISH), model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void forgetPreferences() {
        scratch.close();
    }


    private double value(FxRobot robot, String scenario, int year) {
        return onFx(robot, () -> {
            ProjectionResult r = model.resultFor(scenario);
            return r.value(r.seriesIndex("physical-ai"), year);
        });
    }

    @Test
    void aKnownPointTypedInOptimisticLeavesTheBasesSourcedFigure(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(robot, () -> model.projection() != null));
        robot.interact(() -> {
            opened = model.projection();
            model.scenarioProperty().set("optimistic");
            model.selectedSeriesProperty().set("physical-ai");
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#anchor-physical-ai-2035").queryAs(TextField.class);
        // Typed and confirmed with Enter; set directly, as the field may lie below the editor's scrolled view.
        robot.interact(() -> {
            field.setText("15");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        Projection now = onFx(robot, model::projection);
        assertThat(now.series()).isEqualTo(opened.series());
        assertThat(now.scenario("optimistic").orElseThrow().anchors()).singleElement()
                .extracting(AnchorOverride::series, AnchorOverride::year, AnchorOverride::value)
                .containsExactly("physical-ai", 2035, 15.0);
        assertThat(value(robot, "base", 2035)).isEqualTo(12.5);
        assertThat(onFx(robot, () -> model.resultFor("base").kind(1, 2035))).isEqualTo(Kind.SOURCED);
        assertThat(value(robot, "optimistic", 2035)).isEqualTo(15.0);
        assertThat(value(robot, "optimistic", 2040)).isCloseTo(15 * Math.pow(1.394, 5),
                org.assertj.core.data.Offset.offset(1e-9));

        @SuppressWarnings("unchecked")
        Spinner<Integer> year = robot.lookup("#anchor-year-physical-ai-2035").queryAs(Spinner.class);
        assertThat(year.isDisabled()).as("a scenario sets values of known points, not their years").isTrue();

        robot.interact(model::undo);
        assertThat(onFx(robot, model::projection)).isEqualTo(opened);
        assertThat(value(robot, "optimistic", 2035)).isEqualTo(12.5);
    }
}
