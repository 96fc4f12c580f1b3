package jp.mgp.ui;

import static jp.mgp.ui.TestWindows.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
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
import jp.mgp.chart.ProjectionCharts;
import jp.mgp.engine.ProjectionEngine;

/**
 * The editor's fields, headless: a typed value that is not a number is refused at its field, in the window's
 * language, and the mark goes when a valid value is typed or the document changes; the S-curve's sliders are
 * named and its midpoint written as a year.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class FieldsFxTest {

    private static final double BASE_2040 = 10.8 * Math.pow(1.216, 6);
    private static final String RATE = "vertical-ai-1-rate";

    private MainWindow window;
    private ProjectionViewModel model;
    private Messages messages;
    private final Scratch scratch = TestWindows.scratch();

    @Start
    void start(Stage stage) {
        // A small laptop's window: the rate of the second segment stands near the foot of the scrolled editor.
        scratch.prefs().putDouble("window.width", 1024);
        scratch.prefs().putDouble("window.height", 768);
        model = new ProjectionViewModel(new ProjectionEngine());
        messages = new Messages(Messages.ENGLISH);
        window = TestWindows.show(stage, messages, model, scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void forgetPreferences() {
        scratch.close();
    }


    private double chart2040(FxRobot robot) {
        return onFx(robot, () -> ProjectionCharts.dataset(window.charts().get(0)).getYValue(0, 2040 - 2024));
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Double> spinner(FxRobot robot, String id) {
        return robot.lookup("#spinner-" + id).queryAs(Spinner.class);
    }

    /** Types {@code text} into the spinner's field and presses Enter (focused by hand: it may be half in view). */
    private static void type(FxRobot robot, Spinner<?> spinner, String text) {
        robot.interact(() -> {
            spinner.getEditor().requestFocus();
            spinner.getEditor().setText(text);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean marked(Node field) {
        return field.getStyleClass().contains(FieldRefusal.MARK);
    }

    private static Label problem(FxRobot robot, String id) {
        return robot.lookup("#problem-" + id).queryAs(Label.class);
    }

    @Test
    void aRateThatIsNotANumberIsRefusedAtItsFieldUntilAValidOneIsTyped(FxRobot robot) {
        Spinner<Double> rate = spinner(robot, RATE);
        type(robot, rate, "10.8abc");
        assertThat(marked(rate)).isTrue();
        Label problem = problem(robot, RATE);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Vertical AI market (global) 2034\u20132040, growth rate: "
                + "\u201c10.8abc\u201d is not a number; the value was not changed.");
        assertThat(rate.getTooltip().getText()).isEqualTo(problem.getText());
        assertThat(rate.getEditor().getText()).as("the user's text stays").isEqualTo("10.8abc");
        // The message stands right under its field, inside the same parameter row, not at the panel's foot, and
        // the panel scrolls to bring it into sight.
        assertThat(problem.getParent()).isSameAs(rate.getParent().getParent());
        javafx.scene.control.ScrollPane editor = robot.lookup(".assumption-editor")
                .queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds shown = onFx(robot, () -> problem.localToScene(problem.getLayoutBounds()));
        javafx.geometry.Bounds view = onFx(robot, () -> editor.localToScene(editor.getLayoutBounds()));
        assertThat(shown.getMaxY()).isLessThanOrEqualTo(view.getMaxY());
        assertThat(shown.getMinY()).isGreaterThanOrEqualTo(view.getMinY());
        assertThat(onFx(robot, () -> model.projection())).isEqualTo(Fixtures.defaultProjection());
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        assertThat(onFx(robot, () -> model.isDirty())).isFalse();

        type(robot, rate, "25.0");
        assertThat(marked(rate)).isFalse();
        assertThat(problem.isVisible()).isFalse();
        assertThat(rate.getTooltip()).isNull();
        assertThat(chart2040(robot)).isCloseTo(10.8 * Math.pow(1.25, 6), within(1e-9));
    }

    @Test
    void undoClearsARefusalAndShowsTheValueInForce(FxRobot robot) {
        Spinner<Double> rate = spinner(robot, RATE);
        type(robot, rate, "25.0");
        type(robot, rate, "1,5");
        assertThat(marked(rate)).as("in English 1,5 is not fifteen").isTrue();
        assertThat(problem(robot, RATE).getText()).endsWith("\u201c1,5\u201d is not a number; the value was not changed.");
        assertThat(chart2040(robot)).isCloseTo(10.8 * Math.pow(1.25, 6), within(1e-9));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        assertThat(marked(rate)).isFalse();
        assertThat(problem(robot, RATE).isVisible()).isFalse();
        assertThat(rate.getEditor().getText()).isEqualTo("21.6");
    }

    @Test
    void aRefusalIsWordedInJapaneseAndFullWidthDigitsAreTaken(FxRobot robot) {
        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        Spinner<Double> rate = spinner(robot, RATE);
        type(robot, rate, "\uff11\uff10\uff0e\uff18abc");
        assertThat(marked(rate)).isTrue();
        assertThat(problem(robot, RATE).getText()).isEqualTo("\u30d0\u30fc\u30c6\u30a3\u30ab\u30ebAI\u5e02\u5834"
                + "\uff08\u4e16\u754c\uff09 2034\u20132040\u3001\u6210\u9577\u7387\uff1a\u300c\uff11\uff10\uff0e"
                + "\uff18abc\u300d\u306f\u6570\u5024\u3067\u306f\u3042\u308a\u307e\u305b\u3093\u3002\u5024\u306f"
                + "\u5909\u66f4\u3057\u3066\u3044\u307e\u305b\u3093\u3002");
        assertThat(chart2040(robot)).isCloseTo(BASE_2040, within(1e-9));
        type(robot, rate, "\uff12\uff15\uff0e\uff10\uff05");
        assertThat(marked(rate)).isFalse();
        assertThat(chart2040(robot)).isCloseTo(10.8 * Math.pow(1.25, 6), within(1e-9));
    }

    @Test
    void aKnownPointThatIsNotANumberIsRefusedAtItsField(FxRobot robot) {
        TextField value = robot.lookup("#anchor-vertical-ai-2034").queryAs(TextField.class);
        enter(robot, value, "10.8abc");
        assertThat(marked(value)).isTrue();
        assertThat(problem(robot, "anchor-vertical-ai-2034").getText()).isEqualTo("Vertical AI market (global) "
                + "2034: \u201c10.8abc\u201d is not a number; the value was not changed.");
        assertThat(value.getText()).isEqualTo("10.8abc");
        assertThat(onFx(robot, () -> model.projection())).isEqualTo(Fixtures.defaultProjection());
        enter(robot, value, "1,2.5");
        assertThat(marked(value)).as("a comma that does not group thousands").isTrue();
        enter(robot, value, "12.5");
        assertThat(marked(value)).isFalse();
        assertThat(problem(robot, "anchor-vertical-ai-2034").isVisible()).isFalse();
        assertThat(onFx(robot, () -> model.projection().series("vertical-ai").orElseThrow().anchors().get(0).value()))
                .isEqualTo(12.5);
    }

    @Test
    void aSegmentsLastYearMustBeAWholeYearWithinItsNeighbours(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> end = robot.lookup("#end-vertical-ai-0").queryAs(Spinner.class);
        type(robot, end, "2033.5");
        assertThat(marked(end)).isTrue();
        assertThat(problem(robot, "end-vertical-ai-0").getText()).isEqualTo("Vertical AI market (global) "
                + "2024\u20132034, last year: \u201c2033.5\u201d is not a year; the value was not changed.");
        type(robot, end, "2040");
        assertThat(problem(robot, "end-vertical-ai-0").getText()).isEqualTo("Vertical AI market (global) "
                + "2024\u20132034, last year: 2040 is outside 2025 to 2039; the value was not changed.");
        assertThat(end.getEditor().getText()).isEqualTo("2040");
        assertThat(onFx(robot, () -> model.projection())).isEqualTo(Fixtures.defaultProjection());
        type(robot, end, "\uff12\uff10\uff13\uff12");
        assertThat(onFx(robot, () -> model.projection().series("vertical-ai").orElseThrow().segments().get(0).to()))
                .isEqualTo(2032);
        @SuppressWarnings("unchecked")
        Spinner<Integer> rebuilt = robot.lookup("#end-vertical-ai-0").queryAs(Spinner.class);
        assertThat(marked(rebuilt)).isFalse();
        assertThat(rebuilt.getEditor().getText()).isEqualTo("2032");
    }

    @Test
    void anEditTheModelRefusesIsShownAtItsFieldInTheWindowsLanguage(FxRobot robot) {
        robot.interact(() -> {
            messages.localeProperty().set(Messages.JAPANESE);
            model.selectedSeriesProperty().set("vertical-ai");
        });
        @SuppressWarnings("unchecked")
        Spinner<Integer> year = robot.lookup("#anchor-year-vertical-ai-2034").queryAs(Spinner.class);
        // Onto the year of the series' other known point: the edit refuses it, and the editor is built afresh.
        robot.interact(() -> year.getValueFactory().setValue(2040));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        Spinner<Integer> rebuilt = robot.lookup("#anchor-year-vertical-ai-2034").queryAs(Spinner.class);
        assertThat(rebuilt.getValue()).isEqualTo(2034);
        assertThat(marked(rebuilt)).isTrue();
        Label problem = problem(robot, "anchor-year-vertical-ai-2034");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("\u30d0\u30fc\u30c6\u30a3\u30ab\u30ebAI\u5e02\u5834")
                .doesNotContain("already", "series '");
        assertThat(onFx(robot, () -> model.projection())).isEqualTo(Fixtures.defaultProjection());
    }

    @Test
    void aSolversFieldThatIsNotANumberIsRefusedThere(FxRobot robot) {
        javafx.application.Platform.runLater(() -> robot.lookup("#solverButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        TextField from = robot.lookup("#solverValueA").queryAs(TextField.class);
        robot.interact(() -> {
            robot.lookup("#solverYearA").queryAs(TextField.class).setText("2034");
            from.setText("10.8abc");
            robot.lookup("#solverYearB").queryAs(TextField.class).setText("2040");
            robot.lookup("#solverValueB").queryAs(TextField.class).setText("35");
        });
        robot.clickOn("#solverCompute");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked(from)).isTrue();
        assertThat(problem(robot, "solverValueA").getText()).isEqualTo("Vertical AI market (global), From \u2192 to "
                + "(year, value): \u201c10.8abc\u201d is not a number; the value was not changed.");
        assertThat(robot.lookup("#solverWorking").queryTextInputControl().getText()).isEmpty();
        robot.interact(() -> from.setText("10.8"));
        robot.clickOn("#solverCompute");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked(from)).isFalse();
        assertThat(robot.lookup("#problem-solverValueA").tryQuery()).isEmpty();
        assertThat(robot.lookup("#solverWorking").queryTextInputControl().getText())
                .isEqualTo("(35 / 10.8)^(1/6) \u2212 1 = 21.6 %/yr");
        robot.clickOn("Close");
    }

    /** Types into a field below the editor's fold as Enter would commit it (the robot clicks only what is in view). */
    private static void enter(FxRobot robot, TextField field, String text) {
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anSCurvesSlidersAreNamedAndItsMidpointIsAYear(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> growth = robot.lookup("#model-vertical-ai-1").queryAs(ComboBox.class);
        robot.interact(() -> growth.setValue("logistic"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot, "capacity", "steepness", "midpoint"))
                .containsExactly("capacity (ceiling)", "steepness", "midpoint (year)");
        assertThat(unitOf(robot, "vertical-ai-1-steepness")).isEqualTo("/yr");
        assertThat(unitOf(robot, "vertical-ai-1-capacity")).isEqualTo("\u00a5 tn");
        String midpoint = spinner(robot, "vertical-ai-1-midpoint").getEditor().getText();
        assertThat(midpoint).matches("20[0-9]{2}(\\.[0-9])?");
        double shown = onFx(robot, () -> model.projection().series("vertical-ai").orElseThrow().segments().get(1)
                .parameter("midpoint"));
        assertThat(Double.parseDouble(midpoint)).isCloseTo(shown, within(0.05));

        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        assertThat(names(robot, "capacity", "steepness", "midpoint"))
                .containsExactly("\u4e0a\u9650\uff08\u98fd\u548c\u5024\uff09", "\u50be\u304d",
                        "\u4e2d\u9593\u70b9\uff08\u5e74\uff09");
        assertThat(unitOf(robot, "vertical-ai-1-steepness")).isEqualTo("/\u5e74");
        assertThat(spinner(robot, "vertical-ai-1-midpoint").getEditor().getText()).isEqualTo(midpoint);
    }

    private java.util.List<String> names(FxRobot robot, String... parameters) {
        return java.util.Arrays.stream(parameters).map(p -> {
            Spinner<Double> s = spinner(robot, "vertical-ai-1-" + p);
            return ((Label) ((javafx.scene.layout.VBox) s.getParent().getParent()).getChildren().get(0)).getText();
        }).toList();
    }

    private static String unitOf(FxRobot robot, String id) {
        HBox row = (HBox) spinner(robot, id).getParent();
        return ((Label) row.getChildren().get(row.getChildren().size() - 1)).getText();
    }
}
