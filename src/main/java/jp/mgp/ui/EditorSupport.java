package jp.mgp.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Control;
import javafx.scene.control.Label;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.ProvenanceText;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * What the assumption editor's parts share: the view-model, the in-place updaters that follow each edit, the words
 * of a refusal and the field it is shown at, and the badge of a kind.
 */
final class EditorSupport {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Runnable rebuild;
    private final List<Runnable> refreshers = new ArrayList<>();
    /** A structural edit's refusal, shown on its field once the controls are built afresh: field id, message. */
    private String[] carried;

    /** @param rebuild builds the editor's controls afresh (after a structural edit was refused) */
    EditorSupport(Messages messages, ProjectionViewModel model, Runnable rebuild) {
        this.messages = messages;
        this.model = model;
        this.rebuild = rebuild;
    }

    Messages messages() {
        return messages;
    }

    ProjectionViewModel model() {
        return model;
    }

    /** Updaters run after each edit that keeps the controls: they show the new values in place. */
    List<Runnable> refreshers() {
        return refreshers;
    }

    /**
     * An edit that changes which controls there are: run after the current event, as the controls are rebuilt.
     * When it is refused the controls are built afresh (showing the values in force) and the refusal is shown at
     * the field {@code fieldId}, which names {@code place}.
     */
    void structural(String label, java.util.function.UnaryOperator<jp.mgp.model.Projection> change, String fieldId,
                    String place) {
        javafx.application.Platform.runLater(() -> {
            try {
                model.edit(label, change);
            } catch (IllegalArgumentException e) {
                carried = new String[] {fieldId, refusal(e, place)};
                rebuild.run();
                carried = null;
            }
        });
    }

    /**
     * The refusal line of the field {@code field} (id {@code fieldId}), showing a structural edit's refusal carried
     * over the rebuild that made the field.
     */
    FieldRefusal refusalAt(Control field, String fieldId) {
        FieldRefusal refusal = new FieldRefusal(field, "problem-" + fieldId);
        if (carried != null && carried[0].equals(fieldId)) {
            refusal.refuse(carried[1]);
        }
        return refusal;
    }

    /**
     * What the user is told when an edit at {@code place} is refused: the model's own words when it says why (a
     * {@link RuleViolation} names its place), else a plain refusal naming the place; never an exception's text.
     */
    String refusal(IllegalArgumentException e, String place) {
        return e instanceof RuleViolation v ? v.message(messages.locale()) : at(place, messages.get("field.refused"));
    }

    /** {@code reason} prefixed with the place in words (series, years, which value). */
    String at(String place, String reason) {
        return messages.get("field.at", place, reason);
    }

    /** A segment in words: its series and years, and the value if one is named. */
    String segmentPlace(Series series, int segment, String what) {
        Segment g = series.segments().get(segment);
        String place = series.name().get(messages.locale()) + " " + g.from() + "\u2013" + g.to();
        return what == null ? place : messages.get("field.placeValue", place, what);
    }

    /** A known point in words: its series and year. */
    String anchorPlace(Series series, int year) {
        return series.name().get(messages.locale()) + " " + year;
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

    /** The badge's kind classes; only a class that changes is set, as each change styles the badge again. */
    static final java.util.List<String> BADGES = java.util.List.of("badge-sourced", "badge-derived",
            "badge-assumption");

    void setBadge(Label badge, Kind kind) {
        badge.setText(KindText.text(kind, messages.locale()));
        CellRedraw.styleOneOf(badge.getStyleClass(), "badge-" + kind.id(), BADGES);
    }
}
