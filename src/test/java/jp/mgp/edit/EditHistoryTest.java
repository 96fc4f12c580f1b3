package jp.mgp.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;

class EditHistoryTest {

    private final Projection start = Fixtures.defaultProjection();
    private final LocalizedText why = LocalizedText.of("test");

    private Projection withRate(Projection p, double rate) {
        return ProjectionEdits.setParameter(p, "base", "vertical-ai", 1, "rate", rate, why);
    }

    private static double rate(Projection p) {
        return p.series("vertical-ai").orElseThrow().segments().get(1).parameter("rate");
    }

    @Test
    void undoAndRedoWalkTheSteps() {
        EditHistory h = new EditHistory(start);
        h.apply("a", withRate(h.current(), 0.25));
        h.apply("b", withRate(h.current(), 0.30));
        assertThat(h.undoLabel()).isEqualTo("b");
        h.undo();
        assertThat(rate(h.current())).isEqualTo(0.25);
        h.undo();
        assertThat(h.current()).isEqualTo(start);
        assertThat(h.canUndo()).isFalse();
        h.redo();
        h.redo();
        assertThat(rate(h.current())).isEqualTo(0.30);
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void aNewEditDropsWhatWasUndone() {
        EditHistory h = new EditHistory(start);
        h.apply("a", withRate(h.current(), 0.25));
        h.undo();
        h.apply("c", withRate(h.current(), 0.10));
        assertThat(h.canRedo()).isFalse();
        assertThat(rate(h.current())).isEqualTo(0.10);
    }

    @Test
    void aDragIsOneStep() {
        EditHistory h = new EditHistory(start);
        h.beginGesture();
        for (double r = 0.217; r < 0.30; r += 0.001) {
            h.apply("drag", withRate(h.current(), r));
        }
        h.endGesture();
        assertThat(rate(h.current())).isGreaterThan(0.29);
        h.undo();
        assertThat(h.current()).isEqualTo(start);
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void cleanIsBeingAtTheSavedRevision() {
        EditHistory h = new EditHistory(start);
        assertThat(h.isClean()).isTrue();
        h.apply("a", withRate(h.current(), 0.25));
        assertThat(h.isClean()).isFalse();
        h.undo();
        assertThat(h.isClean()).as("back at the saved revision").isTrue();
        h.redo();
        h.markSaved();
        h.apply("b", withRate(h.current(), 0.3));
        h.undo();
        assertThat(h.isClean()).isTrue();
        h.undo();
        assertThat(h.isClean()).as("before the save").isFalse();
    }

    @Test
    void aSaveOfAnEarlierRevisionLeavesLaterEditsUnsaved() {
        EditHistory h = new EditHistory(start);
        h.apply("a", withRate(h.current(), 0.25));
        long written = h.revision();
        h.apply("b", withRate(h.current(), 0.3));
        h.markSaved(written);
        assertThat(h.isClean()).isFalse();
        h.undo();
        assertThat(h.isClean()).isTrue();
    }

    @Test
    void aDragBackToWhereItStartedIsNoStep() {
        EditHistory h = new EditHistory(start);
        h.beginGesture();
        h.apply("drag", withRate(h.current(), 0.25));
        h.apply("drag", start);
        h.endGesture();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.isClean()).isTrue();
    }
}
