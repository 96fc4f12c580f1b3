package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/** Properties of compound growth that hold for any anchor, rate and year (jqwik tries 1,000 of each). */
class GrowthPropertiesTest {

    private static ProjectionResult compound(int anchorYear, double value, double rate) {
        Series s = new Series("s", LocalizedText.of("s"), Unit.INDEX, "", List.of(Anchor.assumption(anchorYear, value)),
                List.of(new Segment.Compound(1990, 2100, rate, Basis.assumption())), null);
        return new ProjectionEngine().project(new Projection(LocalizedText.EMPTY, LocalizedText.EMPTY, 2000, 2080,
                List.of(s), List.of(), List.of(), List.of(), Map.of()));
    }

    @Property
    void everyYearIsTheAnchorGrownAtTheRate(@ForAll @IntRange(min = 2000, max = 2080) int anchorYear,
                                            @ForAll @DoubleRange(min = 0.01, max = 100) double value,
                                            @ForAll @DoubleRange(min = -0.5, max = 0.8) double rate,
                                            @ForAll @IntRange(min = 2000, max = 2080) int year) {
        ProjectionResult r = compound(anchorYear, value, rate);
        double expected = value * Math.pow(1 + rate, year - anchorYear);
        assertThat(r.value(0, year)).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }

    @Property
    void theCagrBetweenAnyTwoProjectedYearsIsTheRate(@ForAll @DoubleRange(min = -0.5, max = 0.8) double rate,
                                                      @ForAll @IntRange(min = 2000, max = 2040) int a,
                                                      @ForAll @IntRange(min = 2041, max = 2080) int b) {
        ProjectionResult r = compound(2030, 5, rate);
        assertThat(Cagr.between(a, r.value(0, a), b, r.value(0, b))).isCloseTo(rate, within(1e-9));
    }

    @Property
    void aCrossingYearLiesOnTheCurve(@ForAll @DoubleRange(min = 0.01, max = 0.8) double rate,
                                     @ForAll @DoubleRange(min = 0.0, max = 0.99) double fraction) {
        ProjectionResult r = compound(2000, 1, rate);
        double target = Math.pow(1 + rate, 80 * fraction);
        double year = CrossingSolver.firstCrossing(r, 0, target).orElseThrow();
        assertThat(Math.pow(1 + rate, year - 2000)).isCloseTo(target, within(1e-7 * target));
    }
}
