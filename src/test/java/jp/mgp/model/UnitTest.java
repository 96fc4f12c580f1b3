package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitTest {

    @ParameterizedTest(name = "{0} {1} in {2} reads {3}")
    @CsvSource(delimiter = '|', value = {
            "JPY_TRILLION | 34.94 | ja | 34.9兆円",
            "JPY_TRILLION | 34.94 | en | ¥34.9 tn",
            "JPY_TRILLION | -6.7  | en | -¥6.7 tn",
            "JPY_TRILLION | 0.87  | en | ¥870.0 bn",
            "JPY_100M     | 5027  | ja | 5,027億円",
            "JPY_100M     | 5027  | en | ¥502.7 bn",
            "USD_BILLION  | 67.2  | ja | 672億ドル",
            "USD_BILLION  | 67.2  | en | $67.2 bn",
            "PEOPLE       | 2000000 | ja | 200万人",
            "PEOPLE       | 2000000 | en | 2.0 m people",
            "PEOPLE       | 125000  | en | 125 k people",
            "PEOPLE_10K   | 200     | ja | 200万人",
            "PERCENT      | 19.1    | en | 19.1%",
            "EFLOPS       | 9.8     | ja | 9.8 EFLOPS"})
    void formatsAsAReaderWritesIt(Unit unit, double value, String lang, String expected) {
        assertThat(unit.format(value, Locale.forLanguageTag(lang))).isEqualTo(expected);
    }

    @Test
    void convertsWithinADimensionOnly() {
        assertThat(Unit.JPY_TRILLION.convert(1, Unit.JPY_100M)).isCloseTo(10_000, within(1e-9));
        assertThat(Unit.PEOPLE_10K.convert(200, Unit.PEOPLE)).isCloseTo(2_000_000, within(1e-6));
        assertThatThrownBy(() -> Unit.PEOPLE.convert(1, Unit.JPY_TRILLION))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsCombineTowardsTheOneThatNeedsMostDefending() {
        assertThat(Kind.SOURCED.through(Kind.DERIVED)).isEqualTo(Kind.DERIVED);
        assertThat(Kind.SOURCED.through(Kind.ASSUMPTION)).isEqualTo(Kind.ASSUMPTION);
        assertThat(Kind.ASSUMPTION.through(Kind.DERIVED)).isEqualTo(Kind.ASSUMPTION);
        assertThat(Kind.DERIVED.weakest(Kind.SOURCED)).isEqualTo(Kind.DERIVED);
    }
}
