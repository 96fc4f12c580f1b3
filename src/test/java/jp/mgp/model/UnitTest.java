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
            "jpy-tn       | 34.94 | ja | 34.9兆円",
            "jpy-tn       | 34.94 | en | ¥34.9 tn",
            "jpy-tn       | -6.7  | en | -¥6.7 tn",
            "jpy-tn       | 0.87  | en | ¥870.0 bn",
            "jpy-100m     | 5027  | ja | 5,027億円",
            "jpy-100m     | 5027  | en | ¥502.7 bn",
            "usd-bn       | 67.2  | ja | 672億ドル",
            "usd-bn       | 67.2  | en | $67.2 bn",
            "people       | 2000000 | ja | 200万人",
            "people       | 2000000 | en | 2.0 m people",
            "people       | 125000  | en | 125 k people",
            "people-10k   | 200     | ja | 200万人",
            "percent      | 19.1    | en | 19.1%",
            "eflops       | 9.8     | ja | 9.8 EFLOPS"})
    void formatsAsAReaderWritesIt(String code, double value, String lang, String expected) {
        assertThat(Unit.fromCode(code).format(value, Locale.forLanguageTag(lang))).isEqualTo(expected);
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
