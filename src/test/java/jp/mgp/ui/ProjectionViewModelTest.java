package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.LocalizedText;

/** The view-model without a window: its properties move together on every edit, undo and save. */
class ProjectionViewModelTest {

    private final ProjectionViewModel model = new ProjectionViewModel(new ProjectionEngine());
    private final LocalizedText why = LocalizedText.of("test");

    private void setRate(double rate) {
        model.edit("rate", p -> ProjectionEdits.setParameter(p, model.scenarioProperty().get(), "vertical-ai", 1,
                "rate", rate, why));
    }

    private double vertical2040() {
        return model.result().value(model.result().seriesIndex("vertical-ai"), 2040);
    }

    @Test
    void openingChoosesTheBaseScenarioAndTheFirstSeries() {
        model.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        assertThat(model.scenarioProperty().get()).isEqualTo("base");
        assertThat(model.selectedSeriesProperty().get()).isEqualTo("vertical-ai");
        assertThat(model.isDirty()).isFalse();
        assertThat(vertical2040()).isCloseTo(10.8 * Math.pow(1.216, 6), within(1e-9));
    }

    @Test
    void oneEditIsOneNewResultAndUndoCleansTheDocument() {
        model.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        List<ProjectionResult> results = new ArrayList<>();
        model.resultProperty().addListener((obs, old, now) -> results.add(now));
        setRate(0.25);
        assertThat(results).hasSize(1);
        assertThat(vertical2040()).isCloseTo(10.8 * Math.pow(1.25, 6), within(1e-9));
        assertThat(model.isDirty()).isTrue();
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.undoLabelProperty().get()).isEqualTo("rate");
        model.undo();
        assertThat(model.isDirty()).isFalse();
        assertThat(model.canRedoProperty().get()).isTrue();
        model.redo();
        assertThat(vertical2040()).isCloseTo(10.8 * Math.pow(1.25, 6), within(1e-9));
    }

    @Test
    void editsInAScenarioStayInIt() {
        model.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        model.scenarioProperty().set("optimistic");
        setRate(0.40);
        assertThat(vertical2040()).isCloseTo(10.8 * Math.pow(1.40, 6), within(1e-9));
        assertThat(model.resultFor("base").value(0, 2040)).isCloseTo(10.8 * Math.pow(1.216, 6), within(1e-9));
    }

    @Test
    void aRefusedEditChangesNothing() {
        model.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        assertThatThrownBy(() -> setRate(-1.5)).isInstanceOf(jp.mgp.model.RuleViolation.class)
                .hasMessageContaining("the growth rate must be greater than -100 % a year");
        assertThat(model.isDirty()).isFalse();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void savingMarksTheRevisionThatWasWritten() {
        model.open(Fixtures.defaultProjection(), null);
        setRate(0.25);
        long written = model.revision();
        setRate(0.30);
        model.saved(Path.of("mine.json"), written);
        assertThat(model.fileProperty().get()).isEqualTo(Path.of("mine.json"));
        assertThat(model.isDirty()).as("the second edit came after what was written").isTrue();
        model.undo();
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void recoveredWorkOpensAsUnsaved() {
        model.openUnsaved(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        assertThat(model.isDirty()).isTrue();
        assertThat(model.fileProperty().get()).isEqualTo(Fixtures.DEFAULT);
    }
}
