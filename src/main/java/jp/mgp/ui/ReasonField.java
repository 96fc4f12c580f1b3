package jp.mgp.ui;

import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ParameterOverride;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * Why the user set a segment's rate, in their words, at the rate itself: the segment's reason in the base, the
 * scenario's note in another scenario. It goes with the assumption into the tooltips, the deck's assumptions
 * slide and the workbook. A rule the source states keeps the source's reason, so the field is read-only until the
 * user moves the rate.
 */
final class ReasonField {

    private final EditorSupport support;
    private final Messages messages;
    private final ProjectionViewModel model;
    private final Series series;
    private final int index;
    private final TextField field = new TextField();
    private final Tooltip tip = new Tooltip();

    ReasonField(EditorSupport support, Series series, int index) {
        this.support = support;
        this.messages = support.messages();
        this.model = support.model();
        this.series = series;
        this.index = index;
        field.setId("reason-" + series.id() + "-" + index);
        field.setPromptText(messages.get("reason.prompt"));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        support.refreshers().add(this::show);
        show();
    }

    TextField node() {
        return field;
    }

    /** The reason in force, or null when the rate is not the user's (a rule the source states). */
    private LocalizedText reason(Projection p) {
        Series s = p.series(series.id()).orElseThrow();
        Segment g = s.segments().get(index);
        String scenario = model.scenarioProperty().get();
        if (ProjectionEdits.editsBase(p, scenario)) {
            return g.basis().kind() == Kind.ASSUMPTION ? g.basis().rationale() : null;
        }
        return p.scenario(scenario).flatMap(x -> x.overrides().stream()
                .filter(o -> o.series().equals(series.id()) && o.segment() == index).findFirst())
                .map(ParameterOverride::note).orElse(null);
    }

    private void show() {
        LocalizedText why = reason(model.projection());
        field.setDisable(why == null);
        String text = why == null ? "" : why.get(messages.locale());
        if (!field.isFocused() && !text.equals(field.getText())) {
            field.setText(text);
        }
        // One tooltip, its text set: a new one at every edit was styled from the start each time.
        tip.setText(why == null ? messages.get("reason.source") : messages.get("reason.tip", text));
        if (field.getTooltip() != tip) {
            field.setTooltip(tip);
        }
    }

    private void commit() {
        LocalizedText was = reason(model.projection());
        String typed = field.getText().strip();
        if (was == null || typed.equals(was.get(messages.locale()))) {
            return;
        }
        // Typed in one language; the other keeps its own words only if the user had given both the same.
        LocalizedText why = LocalizedText.of(typed);
        model.edit(messages.get("edit.reason", series.name().get(messages.locale())),
                p -> ProjectionEdits.setReason(p, model.scenarioProperty().get(), series.id(), index, why));
    }
}
