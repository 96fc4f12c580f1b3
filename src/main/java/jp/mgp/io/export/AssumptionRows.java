package jp.mgp.io.export;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Kind;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;

/** The assumptions table shared by the deck and the workbook: one row per growth rule or derivation. */
final class AssumptionRows {

    record Row(String series, String years, String rule, String kind, String basis, boolean assumed) {
    }

    private AssumptionRows() {
    }

    static List<Row> of(ProjectionResult result, List<String> seriesIds, ProvenanceText text) {
        List<Row> rows = new ArrayList<>();
        for (String id : seriesIds) {
            int s = result.seriesIndex(id);
            if (s < 0) {
                continue;
            }
            Series series = result.series(s);
            String name = series.name().get(text.locale());
            if (series.isDerived()) {
                rows.add(new Row(name, result.firstYear() + "\u2013" + result.lastYear(),
                        text.derivation(series, result), text.kind(Kind.DERIVED), "", false));
            }
            for (Segment g : series.segments()) {
                Kind kind = g.basis().kind();
                String why = g.basis().rationale().get(text.locale());
                SourceRef source = g.basis().source();
                String cited = source == null ? why
                        : why + (why.isEmpty() ? "" : " \u2014 ") + source.publisherIn(text.locale())
                        + (source.document().isEmpty() ? "" : ", " + source.documentIn(text.locale()));
                rows.add(new Row(name, g.from() + "\u2013" + g.to(), text.segment(g, series, result), text.kind(kind),
                        cited, kind == Kind.ASSUMPTION));
            }
        }
        return rows;
    }
}
