package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import jp.mgp.model.ParameterOverride.Change;

class ParameterOverrideTest {

    private static ParameterOverride rate(Change change, double amount) {
        return new ParameterOverride("s", 1, "rate", change, amount, null);
    }

    @Test
    void pointsAndFactorsAreWorkedInDecimalAsAPersonReadsThem() {
        assertThat(0.344 + 0.05).as("binary arithmetic misses").isNotEqualTo(0.394);
        assertThat(rate(Change.POINTS, 5).applyTo(0.344)).isEqualTo(0.394);
        assertThat(rate(Change.POINTS, -2.5).applyTo(0.216)).isEqualTo(0.191);
        assertThat(rate(Change.FACTOR, 0.5).applyTo(0.069)).isEqualTo(0.0345);
        assertThat(rate(Change.ABSOLUTE, 0.1).applyTo(0.4)).isEqualTo(0.1);
        assertThat(new ParameterOverride("s", 0, "value", Change.FACTOR, 2, null).applyTo(Double.NaN)).isNaN();
    }

    @Test
    void theRelationToTheBaseIsWordedInBothLanguages() {
        assertThat(rate(Change.POINTS, 5).relation(0.4)).isEqualTo(new LocalizedText("基本の年率40.0%＋5pt",
                "base 40.0 %/yr + 5 pt"));
        assertThat(rate(Change.POINTS, -1.5).relation(0.0345).en()).isEqualTo("base 3.45 %/yr \u2212 1.5 pt");
        assertThat(rate(Change.FACTOR, 0.5).relation(0.216)).isEqualTo(new LocalizedText("基本の年率21.6%×0.5",
                "base 21.6 %/yr \u00d7 0.5"));
        assertThat(new ParameterOverride("s", 0, "midpoint", Change.FACTOR, 1.01, null).relation(2035).en())
                .as("a year without a thousands separator").isEqualTo("base 2035 \u00d7 1.01");
        assertThat(rate(Change.ABSOLUTE, 0.1).relation(0.4)).isEqualTo(new LocalizedText("固定値（基本に連動しない）",
                "fixed, not tied to the base"));
    }

    /** A factor of 1e300 was written out in 301 digits: past 24 characters a number is written as Java writes it. */
    @Test
    void anAbsurdlyLargeNumberIsNamedInAFewCharacters() {
        assertThat(rate(Change.FACTOR, 1e300).relation(0.216).en()).isEqualTo("base 21.6 %/yr \u00d7 1.0E300");
        assertThat(rate(Change.FACTOR, 1e15).relation(0.216).en()).isEqualTo("base 21.6 %/yr \u00d7 1000000000000000");
    }

    @Test
    void aValueSetInAScenarioKeepsTheOverridesKind() {
        assertThat(rate(Change.POINTS, 5).reaching(0.41, 0.344, null)).isEqualTo(rate(Change.POINTS, 6.6));
        assertThat(rate(Change.FACTOR, 0.5).reaching(0.1, 0.4, null)).isEqualTo(rate(Change.FACTOR, 0.25));
        assertThat(rate(Change.ABSOLUTE, 0.1).reaching(0.12, 0.4, null)).isEqualTo(rate(Change.ABSOLUTE, 0.12));
        assertThat(rate(Change.FACTOR, 0.5).reaching(0.05, 0.0, null)).as("no factor reaches 5 % from 0 %")
                .isEqualTo(rate(Change.POINTS, 5));
        assertThat(ParameterOverride.made("s", 1, "rate", 0.266, 0.216, null)).isEqualTo(rate(Change.POINTS, 5));
        assertThat(ParameterOverride.made("s", 0, "capacity", 80, 60, null).change()).isEqualTo(Change.ABSOLUTE);
    }

    @Test
    void pointsApplyToARateOnly() {
        assertThatThrownBy(() -> new ParameterOverride("s", 0, "capacity", Change.POINTS, 5, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
    }
}
