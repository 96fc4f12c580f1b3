package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;

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
        assertThat(model.saved(model.document(), Path.of("mine.json"), written)).isTrue();
        assertThat(model.fileProperty().get()).isEqualTo(Path.of("mine.json"));
        assertThat(model.isDirty()).as("the second edit came after what was written").isTrue();
        model.undo();
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void aSaveOfTheDocumentBeforeMarksNothingInTheOneOpenNow() {
        model.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        setRate(0.25);
        long before = model.document();
        long revision = model.revision();
        model.open(Fixtures.defaultProjection(), null);
        assertThat(model.document()).isNotEqualTo(before);
        assertThat(model.revision()).as("revisions start again; they cannot tell documents apart").isEqualTo(1);

        assertThat(model.saved(before, Path.of("mine.json"), revision)).isFalse();
        assertThat(model.fileProperty().get()).isNull();
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void listenersToTheProjectionSeeItsResultScenarioAndUnsavedFlagAlready() {
        model.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        List<String> seen = new ArrayList<>();
        model.projectionProperty().addListener((obs, old, now) -> seen.add(String.format("%.6f %s %s",
                model.result().value(0, 2040), model.result().scenarioId(), model.isDirty())));
        model.dirtyProperty().addListener((obs, old, now) -> seen.add("dirty " + now + " " + (model.result()
                .effective().series("vertical-ai").orElseThrow().segments().get(1).parameter("rate"))));
        setRate(0.25);
        assertThat(seen).containsExactly(String.format("%.6f base true", 10.8 * Math.pow(1.25, 6)),
                "dirty true 0.25");
    }

    /** A view-model over the real engine that notes the scenario of every projection it asks for. */
    private static ProjectionViewModel counting(List<String> projected) {
        ProjectionEngine engine = new ProjectionEngine();
        return new ProjectionViewModel((p, scenario) -> {
            projected.add(scenario);
            return engine.project(p, scenario);
        });
    }

    @Test
    void aScenarioSwitchProjectsOnceAndItsListenersSeeTheNewResult() {
        List<String> projected = new ArrayList<>();
        ProjectionViewModel counted = counting(projected);
        counted.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        assertThat(projected).containsExactly("base");
        List<String> seen = new ArrayList<>();
        counted.scenarioProperty().addListener((obs, old, now) -> seen.add(now + " " + counted.result().scenarioId()));
        counted.resultProperty().addListener((obs, old, now) -> seen.add("result " + now.scenarioId() + " "
                + counted.scenarioProperty().get()));

        counted.scenarioProperty().set("optimistic");

        assertThat(projected).containsExactly("base", "optimistic");
        assertThat(seen).containsExactly("result optimistic optimistic", "optimistic optimistic");
        assertThat(counted.result().value(0, 2040)).isCloseTo(10.8 * Math.pow(1.266, 6), within(1e-9));
    }

    @Test
    void openingAFileWithoutTheCurrentScenarioProjectsOnceInItsDefault() {
        List<String> projected = new ArrayList<>();
        ProjectionViewModel counted = counting(projected);
        counted.open(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        counted.scenarioProperty().set("optimistic");
        projected.clear();
        Projection oneScenario = new Projection(LocalizedText.of("one"), LocalizedText.EMPTY, 2024, 2040, List.of(),
                List.of(new Scenario("only", LocalizedText.of("Only"), LocalizedText.EMPTY, List.of())), List.of(),
                List.of(), Map.of());
        List<String> seen = new ArrayList<>();
        counted.projectionProperty().addListener((obs, old, now) -> seen.add(counted.scenarioProperty().get() + " "
                + counted.result().scenarioId()));

        counted.open(oneScenario, null);

        assertThat(projected).containsExactly("only");
        assertThat(seen).containsExactly("only only");
    }

    @Test
    void recoveredWorkOpensAsUnsaved() {
        model.openUnsaved(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        assertThat(model.isDirty()).isTrue();
        assertThat(model.fileProperty().get()).isEqualTo(Fixtures.DEFAULT);
    }
}
