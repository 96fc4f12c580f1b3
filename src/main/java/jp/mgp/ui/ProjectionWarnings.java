package jp.mgp.ui;

import java.util.List;
import java.util.stream.Collectors;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.LocalizedText;

/**
 * The projection's warnings in the status bar: years the engine could not compute (a target of the other sign than
 * the start value, a value beyond the range of numbers) are left empty in the chart and the table, and without a
 * word there a gap would look like a drawing fault or go unseen. The label names each series and how many years, in
 * the window's language, follows every change of the result and of the language, and is hidden when there is none.
 */
final class ProjectionWarnings {

    private final Label label;
    private final Messages messages;
    private final ProjectionViewModel model;

    private ProjectionWarnings(Label label, Messages messages, ProjectionViewModel model) {
        this.label = label;
        this.messages = messages;
        this.model = model;
    }

    /** Shows {@code model}'s warnings in {@code label} from now on. */
    static void show(Label label, Messages messages, ProjectionViewModel model) {
        ProjectionWarnings warnings = new ProjectionWarnings(label, messages, model);
        label.getStyleClass().add("projection-warning");
        label.managedProperty().bind(label.visibleProperty());
        model.resultProperty().addListener((obs, old, now) -> warnings.refresh());
        messages.localeProperty().addListener((obs, old, now) -> warnings.refresh());
        warnings.refresh();
    }

    private void refresh() {
        ProjectionResult result = model.result();
        List<LocalizedText> all = result == null ? List.of() : result.warnings();
        label.setVisible(!all.isEmpty());
        if (all.isEmpty()) {
            label.setText("");
            label.setTooltip(null);
            return;
        }
        List<String> lines = all.stream().map(w -> w.get(messages.locale())).toList();
        // The bar has room for one; the others are counted, and the tooltip lists them all.
        label.setText(lines.size() == 1 ? messages.get("status.warning", lines.get(0))
                : messages.get("status.warnings", lines.get(0), lines.size() - 1));
        label.setTooltip(new Tooltip(lines.stream().collect(Collectors.joining("\n"))));
    }
}
