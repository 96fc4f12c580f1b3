package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.mgp.model.GrowthModel.Parameter;

class GrowthModelTest {

    @Test
    void eachModelNamesItsParametersInFileOrder() {
        assertThat(GrowthModel.byId("logistic")).contains(GrowthModel.LOGISTIC);
        assertThat(GrowthModel.LOGISTIC.parameterNames()).containsExactly("capacity", "steepness", "midpoint");
        assertThat(GrowthModel.HOLD.parameterNames()).isEmpty();
        assertThat(GrowthModel.byId("exponential")).isEmpty();
        assertThat(GrowthModel.ids()).isEqualTo("compound, linear, logistic, hold, target");
        assertThat(GrowthModel.LOGISTIC.label(Locale.JAPANESE)).isEqualTo("S字曲線");
        assertThat(GrowthModel.LOGISTIC.label(Locale.ENGLISH)).isEqualTo("S-curve");
    }

    @Test
    void theRateLiesAboveMinusOneHundredAndAtMostOneThousandPercent() {
        assertThat(Parameter.RATE.allows(-1.0)).isFalse();
        assertThat(Parameter.RATE.allows(-0.999)).isTrue();
        assertThat(Parameter.RATE.allows(10.0)).isTrue();
        assertThat(Parameter.RATE.allows(10.0001)).isFalse();
        assertThat(Parameter.RATE.allows(Double.NaN)).isFalse();
        // The editor's and the solver's lowest: -99.9 %, one 0.1-point step above the open bound.
        assertThat(Parameter.RATE.lowestUsable() * Parameter.RATE.measure().displayScale()).isCloseTo(-99.9,
                within(1e-9));
        assertThat(Parameter.MIDPOINT.allows(2300)).isTrue();
        assertThat(Parameter.MIDPOINT.allows(2300.5)).isFalse();
    }

    @Test
    void buildsASegmentFromNamedParameters() {
        Segment g = GrowthModel.LOGISTIC.create(2024, 2040, Map.of("capacity", 10.0, "steepness", 0.5,
                "midpoint", 2032.0), Basis.assumption());
        assertThat(g).isEqualTo(new Segment.Logistic(2024, 2040, 10, 0.5, 2032, Basis.assumption()));
        Segment t = GrowthModel.TARGET.create(2024, 2040, Map.of(), Basis.assumption());
        assertThat(((Segment.Target) t).aimsAtAnchor()).isTrue();
    }

    @Test
    void aReplacementSCurveRisesExactlyFromTheStartToTheEndValue() {
        Segment.Logistic g = (Segment.Logistic) GrowthModel.LOGISTIC.keeping(2024, 2034, 3.0, 8.0,
                Basis.assumption());
        assertThat(g.midpoint()).isEqualTo(2029);
        // Centred, steepness 0.5, five years either side: the unit curve rises 1/(1+e^-2.5) - 1/(1+e^2.5).
        double rise = 1 / (1 + Math.exp(-2.5)) - 1 / (1 + Math.exp(2.5));
        assertThat(g.capacity()).isCloseTo(5.0 / rise, within(1e-9));
        double v = 3.0;
        for (int y = 2024; y < 2034; y++) {
            v = g.forward(v, y);
        }
        assertThat(v).isCloseTo(8.0, within(1e-9));
    }
}
