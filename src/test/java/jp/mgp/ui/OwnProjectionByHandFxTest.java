package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
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
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/**
 * A projection of the user's own built from nothing through the window: a series named, measured and coloured in
 * the series dialog, a cited known point added, a second series, saved and reopened with the citation intact.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class OwnProjectionByHandFxTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private ProjectionViewModel model;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        model = new ProjectionViewModel(new ProjectionEngine());
        window = TestWindows.showEnglish(stage, model, scratch);
        window.controller().documents().newDocument();
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    private Projection projection(FxRobot robot) {
        return onFx(robot, model::projection);
    }

    private void addSeries(FxRobot robot, FormDriver form, String ja, String en, Unit unit, String value) {
        form.press("addSeries");
        form.type("seriesNameJa", ja);
        form.type("seriesNameEn", en);
        @SuppressWarnings("unchecked")
        ComboBox<Unit> units = robot.lookup("#seriesUnit").queryAs(ComboBox.class);
        robot.interact(() -> units.setValue(unit));
        form.type("seriesStartValue", value);
        form.type("seriesRate", "12");
        form.confirm();
    }

    @Test
    void aProjectionOfTheUsersOwnIsBuiltSavedAndReopenedWithItsCitation(FxRobot robot) throws Exception {
        FormDriver form = new FormDriver(robot);
        form.press("addSeries");
        // Nothing typed: the name is asked for at its field, and the dialog stays.
        form.confirm();
        assertThat(form.refusal("seriesNameJa")).isEqualTo("Give the series a name in at least one language.");
        form.type("seriesNameJa", "国内SaaS");
        form.type("seriesNameEn", "Japan SaaS");
        @SuppressWarnings("unchecked")
        ComboBox<Unit> units = robot.lookup("#seriesUnit").queryAs(ComboBox.class);
        robot.interact(() -> units.setValue(Unit.JPY_100M));
        robot.interact(() -> robot.lookup("#colour-d9622b").queryAs(javafx.scene.control.ToggleButton.class).fire());
        form.type("seriesStartValue", "12,5x");
        form.confirm();
        assertThat(form.refusal("seriesStartValue")).isEqualTo("\u201c12,5x\u201d is not a number.");
        form.type("seriesStartValue", "12,500");
        form.type("seriesRate", "12");
        form.confirm();

        Series saas = projection(robot).series("japan-saas").orElseThrow();
        assertThat(saas.name().ja()).isEqualTo("国内SaaS");
        assertThat(saas.unit()).isEqualTo(Unit.JPY_100M);
        assertThat(saas.color()).isEqualTo("#d9622b");
        assertThat(saas.anchors()).containsExactly(new Anchor(2024, 12500, Kind.ASSUMPTION, true, null,
                saas.anchors().get(0).note()));
        assertThat(projection(robot).charts().get(0).series()).containsExactly("japan-saas");
        assertThat(onFx(robot, () -> model.selectedSeriesProperty().get())).isEqualTo("japan-saas");

        // A cited figure in 2026, pinned.
        form.press("addPoint-japan-saas");
        @SuppressWarnings("unchecked")
        Spinner<Integer> year = robot.lookup("#pointYear").queryAs(Spinner.class);
        robot.interact(() -> year.getValueFactory().setValue(2026));
        form.type("pointValue", "15,000");
        form.type("pointUrl", "https://www.yanoresearch.jp/press/3721");
        form.confirm();
        assertThat(form.refusal("pointPublisher")).contains("publisher or the document");
        form.type("pointPublisher", "Yano Research Institute");
        form.type("pointDocument", "Japan SaaS market 2025");
        form.type("pointDate", "2025-03");
        form.type("pointPage", "Table 3");
        form.type("pointQuote", "¥1.5 tn in FY2026");
        form.confirm();
        SourceRef cited = SourceRef.cited("Yano Research Institute", "Japan SaaS market 2025", "2025-03", "Table 3",
                "https://www.yanoresearch.jp/press/3721", "¥1.5 tn in FY2026");
        Anchor point = new Anchor(2026, 15000, Kind.SOURCED, true, cited, jp.mgp.model.LocalizedText.EMPTY);
        assertThat(projection(robot).series("japan-saas").orElseThrow().anchors()).endsWith(point);
        assertThat(onFx(robot, () -> model.result().value(0, 2026))).isEqualTo(15000.0);

        // Undone and redone as one step each.
        robot.interact(model::undo);
        assertThat(projection(robot).series("japan-saas").orElseThrow().anchors()).hasSize(1);
        robot.interact(model::redo);

        addSeries(robot, form, "国内クラウド", "Japan cloud", Unit.JPY_TRILLION, "3.5");
        Projection built = projection(robot);
        assertThat(built.series()).extracting(Series::id).containsExactly("japan-saas", "japan-cloud");
        assertThat(built.series().get(1).color()).as("a free colour, not the first series'")
                .isNotEqualTo("#d9622b");

        Path saved = dir.resolve("own.json");
        robot.interact(() -> window.controller().documents().saveTo(saved));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.controller().documents().newDocument());
        robot.interact(() -> window.controller().open(saved));
        WaitForAsyncUtils.waitForFxEvents();
        Projection reopened = projection(robot);
        assertThat(reopened).isEqualTo(built);
        assertThat(ProjectionFiles.read(saved).series("japan-saas").orElseThrow().anchors()).endsWith(point);
        robot.interact(() -> model.selectedSeriesProperty().set("japan-saas"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = onFx(robot, () -> robot.lookup(".editor-note").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList());
        assertThat(texts).contains("Yano Research Institute, \"Japan SaaS market 2025\", 2025-03, Table 3; "
                + "www.yanoresearch.jp");
    }

    @Test
    void aSeriesIsRenamedAndMovedToNoChartAndTheChartsUnitIsCheckedAtTheField(FxRobot robot) {
        FormDriver form = new FormDriver(robot);
        addSeries(robot, form, "", "Robots", Unit.JPY_TRILLION, "1");
        robot.interact(() -> model.selectedSeriesProperty().set("robots"));
        form.press("editSeriesButton");
        form.type("seriesNameEn", "Service robots");
        @SuppressWarnings("unchecked")
        ComboBox<Unit> units = robot.lookup("#seriesUnit").queryAs(ComboBox.class);
        robot.interact(() -> units.setValue(Unit.PEOPLE));
        // The chart in ¥ tn cannot show people: it is unticked and out of reach at once, not refused at OK.
        CheckBox chart = robot.lookup("#seriesChart-chart-1").queryAs(CheckBox.class);
        assertThat(chart.isSelected()).isFalse();
        assertThat(chart.isDisabled()).isTrue();
        form.confirm();
        // A chart left with no series is refused too; put the unit back and keep the chart.
        assertThat(form.refusal("seriesUnit")).contains("at least one series");
        robot.interact(() -> {
            units.setValue(Unit.JPY_TRILLION);
            robot.lookup("#seriesChart-chart-1").queryAs(CheckBox.class).setSelected(true);
        });
        form.confirm();
        Series s = projection(robot).series("robots").orElseThrow();
        assertThat(s.name().en()).isEqualTo("Service robots");
        assertThat(s.id()).as("the id files name stays").isEqualTo("robots");
        robot.interact(model::undo);
        assertThat(projection(robot).series("robots").orElseThrow().name().en()).isEqualTo("Robots");

        // The reason for the rate, typed at the rate: kept with the assumption, one undo step.
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField reason = robot.lookup("#reason-robots-0")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(reason.isDisabled()).isFalse();
        robot.interact(() -> {
            reason.setText("Service robots follow the care-worker shortage");
            reason.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(projection(robot).series("robots").orElseThrow().segments().get(0).basis().rationale().en())
                .isEqualTo("Service robots follow the care-worker shortage");
        assertThat(reason.getTooltip().getText()).startsWith("Your reason: Service robots follow");
        robot.interact(model::undo);
        assertThat(projection(robot).series("robots").orElseThrow().segments().get(0).basis().rationale().en())
                .isEqualTo("Your assumption, set when the series was made in mgp.");
        String shown = onFx(robot, reason::getText);
        assertThat(shown).isEqualTo("Your assumption, set when the series was made in mgp.");
    }
}
