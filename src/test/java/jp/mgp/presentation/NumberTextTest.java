package jp.mgp.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a numeric field takes and refuses, in both languages of the window. */
class NumberTextTest {

    private static final Locale[] BOTH = {Locale.JAPANESE, Locale.ENGLISH};

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "10.8|10.8",
        "'  21.6 '|21.6",
        "1,500|1500",
        "1,500.25|1500.25",
        "-1,234,567.5|-1234567.5",
        "+4|4",
        ".5|0.5",
        "7.|7",
        "0|0",
        "\uff11\uff10\uff0e\uff18|10.8",
        "\uff11\uff0c\uff15\uff10\uff10|1500",
        "\u22123.5|-3.5",
        "\uff0d\uff13|-3",
        "'\u3000\uff12\uff11\uff0e\uff16\u3000'|21.6",
        "2040|2040",
        "2,040|2040",
    })
    void acceptsTheWholeTextAsOneNumberInBothLanguages(String typed, double expected) {
        for (Locale locale : BOTH) {
            assertThat(NumberText.of(locale).parse(typed)).as("%s in %s", typed, locale)
                    .isEqualTo(OptionalDouble.of(expected));
        }
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"10.8abc", "abc", "1,5", "12,34", "1,5000", "1,500,00", ",500", "1.2.3", "1 500", "",
        "   ", "-", ".", "+-1", "--1", "1e3", "NaN", "Infinity", "-Infinity", "\u221e", "0x10", "21.6%",
        "\u0661\u0662", "1,500abc", "10.8 abc", "\u00a5 10"})
    void refusesAnythingElseInBothLanguages(String typed) {
        for (Locale locale : BOTH) {
            assertThat(NumberText.of(locale).parse(typed)).as("%s in %s", typed, locale).isEmpty();
        }
    }

    @Test
    void refusesANumberTooLargeToHold() {
        assertThat(NumberText.of(Locale.ENGLISH).parse("1" + "0".repeat(400))).isEmpty();
        assertThat(NumberText.of(Locale.ENGLISH).parse(null)).isEmpty();
    }

    @Test
    void aPercentFieldTakesATrailingPercentSignAndOtherFieldsDoNot() {
        for (Locale locale : BOTH) {
            NumberText rate = NumberText.of(locale).withPercentSign();
            assertThat(rate.parse("21.6%")).isEqualTo(OptionalDouble.of(21.6));
            assertThat(rate.parse("21.6 \uff05")).isEqualTo(OptionalDouble.of(21.6));
            assertThat(rate.parse("21.6")).isEqualTo(OptionalDouble.of(21.6));
            assertThat(rate.parse("%21.6")).isEmpty();
            assertThat(rate.parse("21.6%%")).isEmpty();
            assertThat(rate.parse("%")).isEmpty();
        }
    }

    @Test
    void writesGroupedNumbersAndYearsWithoutGrouping() {
        for (Locale locale : BOTH) {
            assertThat(NumberText.of(locale).withFractionDigits(1, 1).format(1000)).isEqualTo("1,000.0");
            assertThat(NumberText.of(locale).withFractionDigits(0, 2).format(1234567.891)).isEqualTo("1,234,567.89");
            assertThat(NumberText.of(locale).format(-3.5)).isEqualTo("-3.5");
            assertThat(NumberText.year(locale).format(2040)).isEqualTo("2040");
            assertThat(NumberText.of(locale).withoutGrouping().withFractionDigits(0, 0).format(2040.4))
                    .isEqualTo("2040");
            assertThat(NumberText.of(locale).withFractionDigits(1, 1).format(-0.04)).as("no minus zero")
                    .isEqualTo("0.0");
        }
    }

    @Test
    void aGermanFieldUsesItsOwnSymbols() {
        NumberText de = NumberText.of(Locale.GERMANY);
        assertThat(de.parse("1.500,25")).isEqualTo(OptionalDouble.of(1500.25));
        assertThat(de.parse("1,5")).isEqualTo(OptionalDouble.of(1.5));
        assertThat(de.parse("1.5")).isEmpty();
    }
}
