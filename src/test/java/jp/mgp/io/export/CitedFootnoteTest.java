package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.PointEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.SourceRef;

/** A figure cited from the user's own research shows its date, page and site in the chart's footnote, compactly. */
class CitedFootnoteTest {

    @Test
    void theFootnoteGivesTheDatePageAndSiteOfACitation() {
        SourceRef cited = SourceRef.cited("Yano Research Institute", "Robot market 2025", "2025-03", "Table 3",
                "https://www.yanoresearch.jp/press/3721?lang=en", "¥20 tn in 2030");
        Projection p = PointEdits.setKnownPoint(Fixtures.defaultProjection(), "multipurpose-robots",
                new Anchor(2030, 20, Kind.SOURCED, true, cited, LocalizedText.EMPTY));
        ChartContent content = ChartContent.of(p.charts().get(0), new ProjectionEngine().project(p, "base"),
                new ProvenanceText(Locale.ENGLISH));
        List<String> sources = content.footnote().sources();
        assertThat(sources).anySatisfy(line -> assertThat(line).contains(
                "Yano Research Institute, \"Robot market 2025\", 2025-03, Table 3; www.yanoresearch.jp"));
        assertThat(String.join("\n", sources)).doesNotContain("press/3721");
    }
}
