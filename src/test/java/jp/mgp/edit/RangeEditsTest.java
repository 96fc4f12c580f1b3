package jp.mgp.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.RuleViolation;

/** A rate moved in the base carries its range; a range's ends are set together and refused in words. */
class RangeEditsTest {

    private static final LocalizedText WHY = LocalizedText.of("moved in a test");
    private final Projection p = Fixtures.fixture("labour-fans.json");

    private RateRange range(Projection q, String id) {
        return q.uncertainty().rateRange(id, 0).orElseThrow();
    }

    @Test
    void aBaseRateMovedTakesItsRangeAlong() {
        Projection q = RangeEdits.setRate(p, "base", "multipurpose-robots", 0, 0.32, WHY);
        assertThat(range(q, "multipurpose-robots").low()).isCloseTo(0.27, within(1e-12));
        assertThat(range(q, "multipurpose-robots").high()).isCloseTo(0.37, within(1e-12));
        assertThat(q.series("multipurpose-robots").orElseThrow().segments().get(0).parameter("rate")).isEqualTo(0.32);
        // A series without a range just takes the rate.
        Projection r = RangeEdits.setRate(p, "base", "vertical-ai", 0, 0.25, WHY);
        assertThat(r.uncertainty().rateRange("vertical-ai", 0)).isEmpty();
    }

    @Test
    void aScenariosRateLeavesTheFilesRangeAsItIs() {
        Projection q = RangeEdits.setRate(p, "optimistic", "multipurpose-robots", 0, 0.32, WHY);
        assertThat(range(q, "multipurpose-robots")).isEqualTo(range(p, "multipurpose-robots"));
    }

    @Test
    void theEndsAreSetTogetherAndAWrongOrderIsRefusedInBothLanguages() {
        Projection q = RangeEdits.setRange(p, "multipurpose-robots", 0, 0.2, 0.4, WHY);
        assertThat(range(q, "multipurpose-robots").low()).isEqualTo(0.2);
        assertThat(range(q, "multipurpose-robots").distribution()).isEqualTo(RateRange.Distribution.TRIANGULAR);
        Projection fresh = RangeEdits.setRange(p, "vertical-ai", 1, 0.18, 0.25, WHY);
        assertThat(fresh.uncertainty().rateRange("vertical-ai", 1).orElseThrow().distribution())
                .isEqualTo(RateRange.Distribution.TRIANGULAR);
        RuleViolation refused = catchThrowableOfType(() -> RangeEdits.setRange(p, "multipurpose-robots", 0, 0.4,
                0.2, WHY), RuleViolation.class);
        assertThat(refused.message(Locale.ENGLISH)).contains("Multipurpose robot market (global)")
                .contains("must not be above the high end");
        assertThat(refused.message(Locale.JAPANESE)).contains("多用途ロボット市場（世界）");
    }
}
