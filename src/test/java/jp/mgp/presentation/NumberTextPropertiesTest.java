package jp.mgp.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Whatever a field writes, it reads back as the number it shows. */
class NumberTextPropertiesTest {

    @Property
    void writingThenReadingGivesTheShownNumber(@ForAll @DoubleRange(min = -1e12, max = 1e12) double value,
                                               @ForAll @IntRange(min = 0, max = 4) int decimals,
                                               @ForAll boolean japanese, @ForAll boolean grouped) {
        Locale locale = japanese ? Locale.JAPANESE : Locale.ENGLISH;
        NumberText text = NumberText.of(locale).withFractionDigits(0, decimals);
        if (!grouped) {
            text = text.withoutGrouping();
        }
        String shown = text.format(value);
        // The shown number worked out apart from the formatter: the double's exact decimal, rounded half to even.
        double expected = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        assertThat(text.parse(shown)).as(shown).isEqualTo(OptionalDouble.of(expected == 0 ? 0.0 : expected));
        assertThat(text.format(text.parse(shown).getAsDouble())).isEqualTo(shown);
    }

    @Property
    void aPercentFieldReadsItsOwnTextWithOrWithoutTheSign(@ForAll @DoubleRange(min = -99.9, max = 1000) double rate,
                                                          @ForAll boolean japanese) {
        NumberText text = NumberText.of(japanese ? Locale.JAPANESE : Locale.ENGLISH).withFractionDigits(1, 1)
                .withPercentSign();
        String shown = text.format(rate);
        assertThat(text.parse(shown + "%")).isEqualTo(text.parse(shown));
        assertThat(text.parse(shown)).isPresent();
    }
}
