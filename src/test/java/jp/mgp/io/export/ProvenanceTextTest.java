package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.edit.StructureEdits;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Derivation;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/** How a derived series' rule is written: a scale factor never reads as "-0" or as a wall of digits. */
class ProvenanceTextTest {

    private static String scaled(double factor, Locale locale) {
        Series scaled = new Series("scaled", LocalizedText.of("Scaled"), Unit.JPY_TRILLION, "", List.of(), List.of(),
                new Derivation(Derivation.Op.SCALE, List.of("vertical-ai"), factor));
        Projection p = StructureEdits.add(Fixtures.defaultProjection(), scaled, null);
        ProjectionResult r = new ProjectionEngine().project(p, "base");
        return new ProvenanceText(locale).derivation(scaled, r);
    }

    @Test
    void aScaleFactorIsWrittenWithItsSignificantDigits() {
        assertThat(scaled(0.0067, Locale.ENGLISH)).endsWith("\u00D7 0.0067");
        assertThat(scaled(-7.681903799381331e-10, Locale.ENGLISH)).endsWith("\u00D7 -7.682E-10");
        assertThat(scaled(3e12, Locale.ENGLISH)).endsWith("\u00D7 3E12");
        assertThat(scaled(1.5, Locale.JAPANESE)).endsWith("1.5");
    }

    /**
     * The labour chain's unit conversion (兆円 ÷ 万円 a unit × 10^8 = units) read "× 100000000" in the deck's
     * footnote and assumptions table: nine digits without separators, which the reader has to count.
     */
    @Test
    void aLargeFactorIsWrittenWithItsThousandsSeparated() {
        assertThat(scaled(1e8, Locale.ENGLISH)).endsWith("\u00D7 100,000,000");
        assertThat(scaled(1e8, Locale.JAPANESE)).endsWith("\u00D7100,000,000");
        assertThat(scaled(1234.5, Locale.ENGLISH)).endsWith("\u00D7 1,234.5");
        Projection shipped = Fixtures.defaultProjection();
        ProjectionResult r = new ProjectionEngine().project(shipped, "base");
        assertThat(new ProvenanceText(Locale.ENGLISH).derivation(shipped.series("robots-deployed").orElseThrow(), r))
                .endsWith("\u00D7 100,000,000");
    }
}
