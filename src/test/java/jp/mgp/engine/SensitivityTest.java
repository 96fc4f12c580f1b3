package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.model.Derivation;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.Shock;
import jp.mgp.model.Uncertainty;
import jp.mgp.model.Unit;

/** Tornados on cases small enough to work out by hand. */
class SensitivityTest {

    private static final double Z95 = 1.6448536269514722;

    /**
     * Total = a + b in 2034, both 1.0 in 2024 and ten steps on: a's rate from 10 % to 20 % (base 15 %), b's from
     * 14 % to 16 % (base 15 %), and a shock of 0.02 on b. Worked out: a at 10 %, 15 %, 20 % is 2.5937, 4.0456,
     * 6.1917; b at 14 %, 16 % is 3.7072, 4.4114; b's shock after 10 steps at P5 / P95 is
     * exp(-10 * 0.0002 -/+ 1.645 * 0.02 * sqrt 10) = 0.9002 / 1.1061.
     */
    private static Projection constructed() {
        Uncertainty u = Uncertainty.NONE
                .withRateRange("a", 0, new RateRange("a", 0, 0.10, 0.20, RateRange.Distribution.TRIANGULAR, null))
                .withRateRange("b", 0, new RateRange("b", 0, 0.14, 0.16, RateRange.Distribution.UNIFORM, null))
                .withShock("b", Shock.of(0.02));
        Series total = new Series("total", LocalizedText.of("Total"), Unit.JPY_TRILLION, "", List.of(), List.of(),
                new Derivation(Derivation.Op.SUM, List.of("a", "b"), 1));
        return SimulationTest.projection(u, SimulationTest.compound("a", 2024, 1.0, 0.15),
                SimulationTest.compound("b", 2024, 1.0, 0.15), total);
    }

    @Test
    void barsAreSortedBySwingWithTheTargetAtEachEnd() {
        Tornado t = Sensitivity.tornado(constructed(), null, "total", 2034);
        double a = Math.pow(1.15, 10);
        assertThat(t.base()).isCloseTo(2 * a, within(1e-9));
        assertThat(t.bars()).extracting(TornadoBar::input)
                .containsExactly("a/segments[0]/rate", "b/shock", "b/segments[0]/rate");
        TornadoBar rateA = t.bars().get(0);
        assertThat(rateA.low()).isCloseTo(Math.pow(1.10, 10) + a, within(1e-9));
        assertThat(rateA.high()).isCloseTo(Math.pow(1.20, 10) + a, within(1e-9));
        assertThat(rateA.inputLow()).isEqualTo(0.10);
        TornadoBar shock = t.bars().get(1);
        double spread = Z95 * 0.02 * Math.sqrt(10);
        double drift = -10 * 0.02 * 0.02 / 2;
        assertThat(shock.low()).isCloseTo(a + a * Math.exp(drift - spread), within(1e-9));
        assertThat(shock.high()).isCloseTo(a + a * Math.exp(drift + spread), within(1e-9));
        assertThat(shock.inputHigh()).isCloseTo(Math.exp(drift + spread), within(1e-12));
        TornadoBar rateB = t.bars().get(2);
        assertThat(rateB.swing()).isCloseTo(Math.pow(1.16, 10) - Math.pow(1.14, 10), within(1e-9));
        assertThat(shock.swing()).isGreaterThan(rateB.swing()).isLessThan(rateA.swing());
        assertThat(rateA.label().get(Locale.ENGLISH)).isEqualTo("a: growth rate 2024\u20132040");
        assertThat(shock.label().get(Locale.JAPANESE)).isEqualTo("b：年ごとのショック");
    }

    @Test
    void anInputThatDoesNotMoveTheTargetHasNoBar() {
        // At its known point a series is certain; and b's inputs never reach a.
        Tornado t = Sensitivity.tornado(constructed(), null, "a", 2024);
        assertThat(t.base()).isEqualTo(1.0);
        assertThat(t.bars()).isEmpty();
        Tornado onA = Sensitivity.tornado(constructed(), null, "a", 2030);
        assertThat(onA.bars()).extracting(TornadoBar::input).containsExactly("a/segments[0]/rate");
    }

    @Test
    void theShippedProjectionsBaseIsItsProjection() {
        Projection p = Fixtures.defaultProjection();
        Tornado t = Sensitivity.tornado(p, "base", "physical-ai", 2040);
        double expected = new ProjectionEngine().project(p, "base").value(p.seriesIndex("physical-ai"), 2040);
        assertThat(t.base()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void anUnknownTargetIsRefusedInBothLanguages() {
        assertThatThrownBy(() -> Sensitivity.tornado(constructed(), null, "nope", 2030))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("there is no series \u201cnope\u201d in this file");
                    assertThat(e.message(Locale.JAPANESE)).isEqualTo("このファイルに系列「nope」はありません");
                });
        assertThatThrownBy(() -> Sensitivity.tornado(constructed(), null, "a", 2041))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .isEqualTo("2041 is outside the projection's years 2024\u20132040"));
    }
}
