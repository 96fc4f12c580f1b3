package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;

/** The reason a user gives for a rate is what the deck's assumptions slide and the workbook's sheet say. */
class AssumptionReasonRowsTest {

    private final ProjectionEngine engine = new ProjectionEngine();
    private final LocalizedText why = new LocalizedText("工場の自動化が進む", "Factories automate faster");

    private List<AssumptionRows.Row> rows(Projection p, String scenario, Locale locale) {
        return AssumptionRows.of(engine.project(p, scenario), List.of("vertical-ai", "multipurpose-robots"),
                new ProvenanceText(locale));
    }

    @Test
    void theReasonOfABaseRateAndOfAScenariosRateAreInTheAssumptionRows() {
        Projection p = ProjectionEdits.setReason(Fixtures.defaultProjection(), "base", "multipurpose-robots", 0, why);
        assertThat(rows(p, "base", Locale.ENGLISH)).filteredOn(r -> r.series().startsWith("Multipurpose"))
                .singleElement().satisfies(r -> {
                    assertThat(r.basis()).isEqualTo("Factories automate faster");
                    assertThat(r.assumed()).isTrue();
                });
        assertThat(rows(p, "base", Locale.JAPANESE)).extracting(AssumptionRows.Row::basis).contains("工場の自動化が進む");
        Projection q = ProjectionEdits.setReason(Fixtures.defaultProjection(), "optimistic", "vertical-ai", 1, why);
        assertThat(rows(q, "optimistic", Locale.ENGLISH)).filteredOn(r -> r.years().equals("2034\u20132040")
                && r.series().startsWith("Vertical")).singleElement()
                .satisfies(r -> assertThat(r.basis()).startsWith("base 21.6 %/yr + 5 pt: Factories automate faster"));
    }
}
