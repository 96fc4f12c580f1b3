package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.export.ChartContent;
import jp.mgp.io.export.ProvenanceText;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;

/**
 * Edit chart: series and reference lines picked with a click each, reference lines made, edited and removed in the
 * dialog, and what is picked drawn in the window as the deck draws it.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ChartDialogFxTest {

    private MainWindow window;
    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.showEnglish(stage, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    private static List<Double> markerValues(JFreeChart chart) {
        List<Double> values = new ArrayList<>();
        java.util.Collection<?> markers = chart.getXYPlot().getRangeMarkers(0, Layer.FOREGROUND);
        if (markers != null) {
            for (Object m : markers) {
                values.add(((ValueMarker) m).getValue());
            }
        }
        return values;
    }

    @Test
    void aClickPicksOneSeriesAndANewReferenceLineIsDrawnInTheWindowAsInTheDeck(FxRobot robot) {
        FormDriver form = new FormDriver(robot);
        form.open(() -> window.controller().editChart());
        // The trap was a multiple-selection list: a plain click kept only the series clicked.
        robot.clickOn("#chartSeries-physical-ai");
        assertThat(robot.lookup("#chartSeries-vertical-ai").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#chartSeries-physical-ai").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#chartSeries-physical-ai");
        // An existing line, below every curve of this chart: crude-oil imports at -6.9.
        robot.clickOn("#chartRefs-crude-oil-imports");
        form.press("refNew");
        form.confirm();
        assertThat(form.refusal("refLabelJa")).isEqualTo("a reference line needs a label in at least one language");
        form.type("refLabelEn", "Policy target");
        form.type("refValue", "80");
        form.type("refPublisher", "Cabinet Office");
        form.type("refDocument", "Basic Policy 2025");
        form.confirm();
        assertThat(robot.lookup("#chartRefs-line").queryAs(CheckBox.class).isSelected()).as("a new line is picked")
                .isTrue();
        form.confirm();

        Projection p = onFx(robot, model::projection);
        ChartSpec markets = p.charts().get(0);
        assertThat(markets.series()).containsExactly("vertical-ai", "physical-ai", "multipurpose-robots");
        assertThat(markets.referenceLines()).containsExactly("crude-oil-imports", "line");
        assertThat(p.referenceLine("line").orElseThrow().kind()).isEqualTo(Kind.SOURCED);
        JFreeChart chart = onFx(robot, () -> window.charts().get(0));
        ChartContent deck = ChartContent.of(markets, onFx(robot, model::result), new ProvenanceText(Messages.ENGLISH));
        List<Double> inDeck = deck.references().stream().map(ChartContent.Reference::value).toList();
        assertThat(onFx(robot, () -> markerValues(chart))).containsExactlyElementsOf(inDeck).containsExactly(-6.9,
                80.0);
        for (double v : inDeck) {
            assertThat(onFx(robot, () -> chart.getXYPlot().getRangeAxis().getRange().contains(v)))
                    .as("%s is in the window's view", v).isTrue();
        }

        // Edited: the new value is drawn; removed: gone from the file and the chart; each one undo step.
        form.open(() -> window.controller().editChart());
        robot.interact(() -> robot.lookup("#chartRefs").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select("line"));
        form.press("refEdit");
        form.type("refValue", "90");
        form.confirm();
        form.confirm();
        assertThat(onFx(robot, () -> markerValues(window.charts().get(0)))).containsExactly(-6.9, 90.0);
        form.open(() -> window.controller().editChart());
        robot.interact(() -> robot.lookup("#chartRefs").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select("line"));
        robot.interact(() -> robot.lookup("#refRemove").queryAs(javafx.scene.control.Button.class).fire());
        form.confirm();
        assertThat(onFx(robot, model::projection).referenceLine("line")).isEmpty();
        assertThat(onFx(robot, () -> markerValues(window.charts().get(0)))).containsExactly(-6.9);
        robot.interact(model::undo);
        assertThat(onFx(robot, model::projection).referenceLine("line").map(ReferenceLine::value)).contains(90.0);
    }
}
