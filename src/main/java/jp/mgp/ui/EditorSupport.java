package jp.mgp.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.ProvenanceText;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * What the assumption editor's parts share: the view-model, the problem line, the in-place updaters that follow
 * each edit, and the badge of a kind.
 */
final class EditorSupport {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Label problem;
    private final Runnable rebuild;
    private final List<Runnable> refreshers = new ArrayList<>();

    /** @param rebuild builds the editor's controls afresh (after a structural edit was refused) */
    EditorSupport(Messages messages, ProjectionViewModel model, Label problem, Runnable rebuild) {
        this.messages = messages;
        this.model = model;
        this.problem = problem;
        this.rebuild = rebuild;
    }

    Messages messages() {
        return messages;
    }

    ProjectionViewModel model() {
        return model;
    }

    Label problem() {
        return problem;
    }

    /** Updaters run after each edit that keeps the controls: they show the new values in place. */
    List<Runnable> refreshers() {
        return refreshers;
    }

    /** An edit that changes which controls there are: run after the current event, as the controls are rebuilt. */
    void structural(String label, java.util.function.UnaryOperator<jp.mgp.model.Projection> change) {
        javafx.application.Platform.runLater(() -> {
            try {
                model.edit(label, change);
                problem.setText("");
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                rebuild.run();
            }
        });
    }

    /** The series as the current scenario sees it. */
    Series current(String id) {
        ProjectionResult r = model.result();
        return r.series(r.seriesIndex(id));
    }

    /** A segment's rule and kind in both languages, to record what an edit replaced. */
    static LocalizedText wasText(Series series, int segment, ProjectionResult result) {
        Segment g = series.segments().get(segment);
        ProvenanceText ja = new ProvenanceText(Messages.JAPANESE);
        ProvenanceText en = new ProvenanceText(Messages.ENGLISH);
        return new LocalizedText(ja.format("withKind", ja.segment(g, series, result), ja.kind(g.basis().kind())),
                en.format("withKind", en.segment(g, series, result), en.kind(g.basis().kind())));
    }

    /** A known point's value and kind in both languages, to record what an edit replaced. */
    static LocalizedText wasText(Series series, jp.mgp.model.Anchor a) {
        ProvenanceText ja = new ProvenanceText(Messages.JAPANESE);
        ProvenanceText en = new ProvenanceText(Messages.ENGLISH);
        return new LocalizedText(ja.format("withKind", series.unit().format(a.value(), Messages.JAPANESE),
                ja.kind(a.kind())), en.format("withKind", series.unit().format(a.value(), Messages.ENGLISH),
                en.kind(a.kind())));
    }

    Label badge(Kind kind) {
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        setBadge(badge, kind);
        return badge;
    }

    void setBadge(Label badge, Kind kind) {
        badge.setText(KindText.text(kind, messages.locale()));
        badge.getStyleClass().removeAll("badge-sourced", "badge-derived", "badge-assumption");
        badge.getStyleClass().add("badge-" + kind.id());
    }
}
