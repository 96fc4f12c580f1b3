package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.model.LocalizedText;

/**
 * The window's charts follow an edit made through the view-model, on the tab shown and on tabs shown later: the
 * 2040 figure the deck reports for vertical AI, typed over to 99, is no longer labelled as the source's ¥35.0 tn.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ChartTabsFxTest {

    private final ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
    private ChartTabs charts;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        tabs = new TabPane();
        charts = new ChartTabs(tabs, new Messages(Messages.ENGLISH), model, spec -> { }, spec -> { });
        model.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        stage.setScene(new Scene(tabs, 800, 500));
        stage.show();
    }

    private static List<String> labels(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        chart.getXYPlot().getAnnotations().forEach(a -> {
            if (a instanceof XYTextAnnotation t) {
                texts.add(t.getText());
            }
        });
        return texts;
    }

    @Test
    void aFigureTypedOverIsLabelledAsAnAssumptionOnEveryTab(FxRobot robot) throws Exception {
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-markets");
        robot.interact(() -> model.edit("type 99", p -> ProjectionEdits.setAnchorValue(p, "vertical-ai", 1, 99,
                LocalizedText.of("typed in a test"))));
        assertThat(model.projection().series("vertical-ai").orElseThrow().anchors().get(1).year()).isEqualTo(2040);
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> labels(charts.charts().get(0))).get();
        assertThat(shown).contains("Assumption: ¥99.0 tn", "Source: ¥55.0 tn").doesNotContain("Source: ¥35.0 tn");

        // A chart on a hidden tab takes the edit when it is shown; undoing brings the source's label back.
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.interact(model::undo);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertThat(WaitForAsyncUtils.asyncFx(() -> labels(charts.charts().get(0))).get())
                .containsExactlyInAnyOrder("Source: ¥35.0 tn", "Source: ¥55.0 tn");
    }
}
