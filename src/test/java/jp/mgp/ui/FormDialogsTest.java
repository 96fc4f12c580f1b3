package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.StructureEdits;
import jp.mgp.model.Derivation;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/** The forms judge what was filled in by the model's rules, in the window's language (no window needed). */
class FormDialogsTest {

    private static Projection withTotal(String... inputs) {
        Projection p = Fixtures.defaultProjection();
        Series total = new Series("total", new LocalizedText("合計", "Total"), Unit.JPY_TRILLION, "", List.of(),
                List.of(), new Derivation(Derivation.Op.SUM, List.of(inputs), 1));
        return StructureEdits.add(p, total, null);
    }

    @Test
    void aSumOfPeopleAndYenIsRefusedInTheFormsLanguageNamingTheSeries() {
        Projection next = withTotal("vertical-ai", "labour-gap");
        assertThat(FormDialogs.problemWith(next, Locale.JAPANESE))
                .isEqualTo("系列「合計」: 単位が 人 で、兆円 と足し引きできません（値: labour-gap）");
        assertThat(FormDialogs.problemWith(next, Locale.ENGLISH))
                .isEqualTo("series \u201cTotal\u201d: is in people, which cannot be added to \u00a5 tn (found: labour-gap)");
    }

    @Test
    void aValidFormGivesNoProblem() {
        assertThat(FormDialogs.problemWith(withTotal("vertical-ai", "physical-ai"), Locale.JAPANESE)).isNull();
    }
}
