package jp.mgp.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.model.Unit;

/** Values at the edges are shown as numbers or "–", never as "∞", "NaN" or a minus before a shown zero. */
class NoGarbageTextTest {

    /** The "-¥0.0 m": a tiny negative amount got its minus before rounding to 0.0. */
    @Test
    void aTinyNegativeAmountShowsNoMinus() {
        assertThat(Unit.JPY_TRILLION.format(-1e-9, Locale.ENGLISH)).isEqualTo("¥0.0 m");
        assertThat(Unit.JPY_TRILLION.format(-0.5, Locale.ENGLISH)).isEqualTo("-¥500.0 bn");
        assertThat(Unit.JPY_100M.format(-1e-9, Locale.ENGLISH)).isEqualTo("¥0.0 m");
    }

    /** The "¥∞ tn": 1e300 trillion yen overflowed when turned into yen. */
    @Test
    void aHugeAmountIsANumberNotInfinity() {
        String shown = Unit.JPY_TRILLION.format(1e300, Locale.ENGLISH);
        assertThat(shown).startsWith("¥1,000,000,000").endsWith(" tn").doesNotContain("\u221e");
        assertThat(Unit.PEOPLE_10K.format(1e305, Locale.ENGLISH)).endsWith(" m people").doesNotContain("\u221e");
        assertThat(Unit.USD_BILLION.format(Double.MAX_VALUE, Locale.JAPANESE)).isEqualTo("–億ドル");
    }

    /** The "∞ %/yr" as a CAGR on a slide. */
    @Test
    void aRateThatDoesNotExistIsADash() {
        assertThat(Wording.of(Locale.ENGLISH).rate(Double.POSITIVE_INFINITY)).isEqualTo("\u2013");
        assertThat(Wording.of(Locale.JAPANESE).rate(Double.NaN)).isEqualTo("\u2013");
        assertThat(Wording.of(Locale.ENGLISH).rate(0.216)).isEqualTo("21.6 %/yr");
    }
}
