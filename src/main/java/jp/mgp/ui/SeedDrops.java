package jp.mgp.ui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;

import jp.mgp.edit.PointEdits;
import jp.mgp.io.table.SeedFigures;

/**
 * Seed figures dropped on the series list: the figure becomes a sourced known point of the series under the
 * mouse, in one undoable edit, or the refusal (a derived series, another kind of unit) is said in words.
 */
final class SeedDrops {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Alerts alerts;
    private List<SeedFigures.Figure> figures;

    SeedDrops(Messages messages, ProjectionViewModel model, Alerts alerts) {
        this.messages = messages;
        this.model = model;
        this.alerts = alerts;
    }

    /** The bundled figures, read when first asked for. */
    List<SeedFigures.Figure> figures() {
        if (figures == null) {
            figures = SeedFigures.bundled();
        }
        return figures;
    }

    /** Makes {@code list} (the series list) accept figures dragged from the seed library. */
    void accept(ListView<?> list) {
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(SeedLibrary.FIGURE) && seriesUnder(e.getPickResult().getIntersectedNode())
                    != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            e.setDropCompleted(drop(e.getPickResult().getIntersectedNode(),
                    e.getDragboard().getContent(SeedLibrary.FIGURE)));
            e.consume();
        });
    }

    /**
     * What a drop does: {@code content} (what the drag carries as {@link SeedLibrary#FIGURE}, the figure's index)
     * becomes a sourced known point of the series whose cell holds {@code under}, the node under the mouse. False
     * when it is not over a series, carries no figure, or the edit is refused (with the reason shown). Apart from
     * the drag event so that it can be run without a drag, which a test cannot make.
     */
    boolean drop(Node under, Object content) {
        String id = seriesUnder(under);
        return id != null && content instanceof Integer i && i >= 0 && i < figures().size()
                && put(id, figures().get(i));
    }

    /** Puts {@code figure} on series {@code id} as a sourced known point; false (with the reason shown) if refused. */
    boolean put(String id, SeedFigures.Figure figure) {
        String label = messages.get("edit.seedPoint", Integer.toString(figure.year()));
        return alerts.attempt(label, () -> model.edit(label, p -> PointEdits.putSourced(p, id, figure.year(),
                figure.value(), figure.unit(), figure.source())));
    }

    private static String seriesUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell && cell.getItem() instanceof String id) {
                return id;
            }
        }
        return null;
    }
}
