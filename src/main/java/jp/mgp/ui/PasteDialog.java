package jp.mgp.ui;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import jp.mgp.edit.KnownPoints;
import jp.mgp.io.table.CellReading;
import jp.mgp.io.table.Grid;
import jp.mgp.io.table.PastedPoints;
import jp.mgp.io.table.Point;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;

/**
 * Edit → Paste into series: a block from Excel or a web table becomes the selected series' known points, in one
 * undoable edit. The pasted text stays editable; the preview shows how each cell was read, refused cells are named
 * and block the edit, and a publisher or document makes the figures sourced.
 */
final class PasteDialog {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Series series;
    private final TextArea text = new TextArea();
    private final TableView<CellReading> preview;
    private final Label problems = new Label();
    private final ReadingViews.Citation citation = new ReadingViews.Citation("paste");
    private PastedPoints read;

    private PasteDialog(Messages messages, ProjectionViewModel model, Series series) {
        this.messages = messages;
        this.model = model;
        this.series = series;
        this.preview = ReadingViews.cellTable(messages, series::unit);
    }

    static void show(Messages messages, ProjectionViewModel model, String clipboard, Window owner) {
        Series s = model.projection().series(model.selectedSeriesProperty().get()).orElse(null);
        if (s == null) {
            return;
        }
        PasteDialog form = new PasteDialog(messages, model, s);
        FormDialogs.dialog(owner, messages.get("paste.title"), form.layout(clipboard), messages.get("paste.ok"),
                messages.get("button.cancel"), form::build)
                .showAndWait().ifPresent(next -> model.edit(messages.get("edit.paste", s.name()
                        .get(messages.locale())), p -> next));
    }

    private VBox layout(String clipboard) {
        String scenario = model.scenarioProperty().get();
        boolean base = jp.mgp.edit.ProjectionEdits.editsBase(model.projection(), scenario);
        // Pasted points are the series' own, which every scenario shares: said when another scenario is shown.
        Label heading = new Label(messages.get("paste.heading", series.name().get(messages.locale()),
                series.unit().label(messages.locale()), Integer.toString(series.anchors().size()))
                + (base ? "" : " " + messages.get("paste.allScenarios")));
        ReadingViews.wrapping(heading);
        text.setId("pasteText");
        text.setPrefRowCount(5);
        text.setText(clipboard == null ? "" : clipboard);
        text.setPromptText(messages.get("paste.prompt"));
        text.textProperty().addListener((obs, old, now) -> reread());
        preview.setId("pastePreview");
        problems.setId("pasteProblems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        GridPane fields = ReadingViews.form();
        citation.addTo(fields, 0, messages);
        VBox box = new VBox(8, heading, text, preview, problems, fields);
        box.setPrefWidth(760);
        reread();
        return box;
    }

    private void reread() {
        read = PastedPoints.read(Grid.ofPaste(text.getText()), series.unit());
        preview.getItems().setAll(read.cells());
        ReadingViews.showRefusals(problems, read.refusals(messages.locale()));
    }

    /** The projection with the points set, or null with the reasons shown. */
    private Projection build() {
        if (!read.ok()) {
            return null;
        }
        List<Point> points = read.points();
        SourceRef source = citation.source("", 0);
        try {
            return KnownPoints.setPoints(model.projection(), series.id(), KnownPoints.anchors(
                    points.stream().mapToInt(Point::year).toArray(),
                    points.stream().mapToDouble(Point::value).toArray(), source));
        } catch (RuleViolation e) {
            problems.setText(e.message(messages.locale()));
            return null;
        }
    }
}
