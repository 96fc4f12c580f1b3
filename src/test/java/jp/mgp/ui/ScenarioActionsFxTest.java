package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

/** Scenario → Rename and Describe, Move Earlier, Delete (asked first), each one undo step. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ScenarioActionsFxTest {

    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        MainWindow window = TestWindows.showEnglish(stage, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    private MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private java.util.List<String> ids(FxRobot robot) {
        return onFx(robot, () -> model.projection().scenarios().stream().map(Scenario::id).toList());
    }

    @Test
    void aScenarioIsRenamedMovedAndDeletedAfterAskingAndEachStepUndoes(FxRobot robot) {
        FormDriver form = new FormDriver(robot);
        Projection opened = onFx(robot, model::projection);
        robot.interact(() -> model.scenarioProperty().set("pessimistic"));
        assertThat(onFx(robot, () -> item(robot, "deleteScenarioItem").isDisable())).isFalse();
        form.open(() -> item(robot, "renameScenarioItem").fire());
        form.type("scenarioNameEn", "");
        form.type("scenarioNameJa", "");
        form.confirm();
        assertThat(form.refusal("scenarioNameJa")).isEqualTo("a scenario needs a name in at least one language");
        form.type("scenarioNameEn", "Slow adoption");
        form.type("scenarioNameJa", "普及が遅い場合");
        form.type("scenarioDescriptionEn", "Half the base growth");
        form.confirm();
        Scenario renamed = onFx(robot, () -> model.projection().scenario("pessimistic").orElseThrow());
        assertThat(renamed.name().en()).isEqualTo("Slow adoption");
        assertThat(renamed.description().en()).isEqualTo("Half the base growth");
        assertThat(onFx(robot, () -> robot.lookup("#scenarioBox").query().lookupAll(".list-cell").stream()
                .map(c -> ((javafx.scene.control.ListCell<?>) c).getText()).toList()))
                .as("the selector shows the new name").contains("Slow adoption");

        robot.interact(() -> item(robot, "scenarioEarlierItem").fire());
        assertThat(ids(robot)).containsExactly("base", "pessimistic", "optimistic");

        form.open(() -> item(robot, "deleteScenarioItem").fire());
        assertThat(form.pane().getHeaderText()).isEqualTo("Delete the scenario \u201cSlow adoption\u201d?");
        robot.interact(() -> ((javafx.scene.control.Button) form.pane().lookupButton(ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(robot)).containsExactly("base", "pessimistic", "optimistic");
        form.open(() -> item(robot, "deleteScenarioItem").fire());
        robot.interact(() -> ((javafx.scene.control.Button) form.pane().lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(robot)).containsExactly("base", "optimistic");
        assertThat(onFx(robot, () -> model.scenarioProperty().get())).isEqualTo("base");
        robot.interact(() -> model.scenarioProperty().set(null));
        robot.interact(() -> model.scenarioProperty().set("base"));
        assertThat(onFx(robot, () -> item(robot, "deleteScenarioItem").isDisable())).as("the base stays").isTrue();

        robot.interact(model::undo);
        assertThat(ids(robot)).containsExactly("base", "pessimistic", "optimistic");
        robot.interact(model::undo);
        robot.interact(model::undo);
        assertThat(onFx(robot, model::projection)).isEqualTo(opened);
    }
}
