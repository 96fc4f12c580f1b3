package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The uncertainty's ranges keep their order when one is set anew: a simulation draws them in that order. */
class UncertaintyTest {

    private static final LocalizedText WHY = LocalizedText.of("why");

    private static RateRange range(String series, double low, double high) {
        return new RateRange(series, 0, low, high, RateRange.Distribution.TRIANGULAR, WHY);
    }

    @Test
    void aRangeSetAnewKeepsItsPlaceAndANewOneComesLast() {
        Uncertainty u = Uncertainty.NONE.withRateRange("a", 0, range("a", 0.1, 0.2))
                .withRateRange("b", 0, range("b", 0.1, 0.2)).withRateRange("c", 0, range("c", 0.1, 0.2));

        Uncertainty moved = u.withRateRange("a", 0, range("a", 0.15, 0.25));

        assertThat(moved.rateRanges()).extracting(RateRange::series).containsExactly("a", "b", "c");
        assertThat(moved.rateRange("a", 0)).contains(range("a", 0.15, 0.25));
        assertThat(moved.withRateRange("d", 0, range("d", 0.1, 0.2)).rateRanges()).extracting(RateRange::series)
                .containsExactly("a", "b", "c", "d");
        assertThat(moved.withRateRange("b", 0, null).rateRanges()).extracting(RateRange::series)
                .isEqualTo(List.of("a", "c"));
    }
}
