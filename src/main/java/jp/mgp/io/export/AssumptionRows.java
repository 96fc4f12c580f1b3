package jp.mgp.io.export;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;

/**
 * The assumptions table shared by the deck, the PDF and the workbook: one row per assumed value, growth rule or
 * derivation of the series shown and of every series they are derived from.
 */
final class AssumptionRows {

    record Row(String series, String years, String rule, String kind, String basis, boolean assumed) {
    }

    private AssumptionRows() {
    }

    /**
     * The series {@code seriesIds} rest on: those given, in their order, then every input of a derived one, and
     * theirs, that is not already named (each once). A chart of robots deployed rests on the robot market, Japan's
     * share and the price per robot even when none of them is drawn: a footnote or a table that left them out would
     * call the chart derived and hide the assumptions it stands on.
     */
    static List<Integer> restingOn(ProjectionResult result, List<String> seriesIds) {
        java.util.LinkedHashSet<Integer> found = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(seriesIds);
        while (!todo.isEmpty()) {
            int s = result.seriesIndex(todo.poll());
            if (s >= 0 && found.add(s) && result.series(s).isDerived()) {
                todo.addAll(result.series(s).derivation().inputs());
            }
        }
        return List.copyOf(found);
    }

    static List<Row> of(ProjectionResult result, List<String> seriesIds, ProvenanceText text) {
        List<Row> rows = new ArrayList<>();
        for (int s : restingOn(result, seriesIds)) {
            Series series = result.series(s);
            String name = series.name().get(text.locale());
            if (series.isDerived()) {
                rows.add(new Row(name, text.format("years.span", Integer.toString(result.firstYear()),
                        Integer.toString(result.lastYear())),
                        text.derivation(series, result), text.kind(Kind.DERIVED), "", false));
            }
            // A value the file assumes (the chain's share, price, workers per robot): its figure and its reason,
            // where the note says where a better figure would be found.
            for (Anchor a : series.anchors()) {
                if (a.kind() == Kind.ASSUMPTION && a.year() >= result.firstYear() && a.year() <= result.lastYear()) {
                    rows.add(new Row(name, Integer.toString(a.year()), series.unit().format(a.value(), text.locale()),
                            text.kind(Kind.ASSUMPTION), a.note().get(text.locale()), true));
                }
            }
            for (Segment g : series.segments()) {
                Kind kind = g.basis().kind();
                String why = g.basis().rationale().get(text.locale());
                SourceRef source = g.basis().source();
                String publication = source == null ? "" : source.publisherAndDocumentIn(text.locale());
                String cited = publication.isEmpty() ? why
                        : why.isEmpty() ? publication : text.format("basis.cited", why, publication);
                rows.add(new Row(name, text.format("years.span", Integer.toString(g.from()), Integer.toString(g.to())),
                        text.segment(g, series, result), text.kind(kind), cited, kind == Kind.ASSUMPTION));
            }
        }
        return rows;
    }
}
