package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units of the user's own: how a reader sees their values in each language, which of them convert into which,
 * and what the model's rules refuse, at which place. The strings are written out by hand from the rule: Japanese
 * puts the scale word before the counter with no space, English writes the scale in words and has no 万 or 億.
 */
class OwnUnitTest {

    private static final LocalizedText MACHINES = new LocalizedText("台", "units");
    private static final LocalizedText SUBSCRIBERS = new LocalizedText("契約", "subscribers");
    private static final LocalizedText GWH = LocalizedText.of("GWh");

    @ParameterizedTest(name = "{1} {0} (×{2}, {3} decimals) in {4} reads {5}")
    @CsvSource(delimiter = '|', value = {
            // 1,234,000 machines counted in thousands.
            "台   | 1234    | 1000 | 0 | ja | 1,234千台",
            "台   | 1234    | 1000 | 0 | en | 1,234 thousand units",
            "台   | -1234   | 1000 | 0 | en | -1,234 thousand units",
            // 1,200,000 machines counted in 万: English has no 万 and writes thousands.
            "台   | 120     | 10000 | 0 | ja | 120万台",
            "台   | 120     | 10000 | 0 | en | 1,200 thousand units",
            // 125,000 in 万 with a decimal: English gains a digit and gives up a decimal.
            "台   | 12.5    | 10000 | 1 | ja | 12.5万台",
            "台   | 12.5    | 10000 | 1 | en | 125 thousand units",
            // 350,000,000 subscribers in 億: English writes millions.
            "契約 | 3.5     | 100000000 | 1 | ja | 3.5億契約",
            "契約 | 3.5     | 100000000 | 1 | en | 350 million subscribers",
            "契約 | 2.25    | 1000000000 | 2 | en | 2.25 billion subscribers",
            "契約 | 2.25    | 1000000000 | 2 | ja | 2.25十億契約",
            "契約 | 1.5     | 1000000000000 | 1 | en | 1.5 trillion subscribers",
            "契約 | 2.5     | 1000000 | 1 | ja | 2.5百万契約",
            // One by one: the counted word alone, after a space where it is in Latin letters.
            "台   | 1234000 | 1    | 0 | ja | 1,234,000台",
            "台   | 1234000 | 1    | 0 | en | 1,234,000 units",
            "GWh  | 1234.56 | 1    | 1 | ja | 1,234.6 GWh",
            "GWh  | 1234.56 | 1    | 1 | en | 1,234.6 GWh",
            "GWh  | 0.125   | 1000 | 3 | en | 0.125 thousand GWh"})
    void formatsAsAReaderWritesIt(String counter, double value, double scale, int decimals, String lang,
                                  String expected) {
        LocalizedText counted = counter.equals("台") ? MACHINES : counter.equals("契約") ? SUBSCRIBERS : GWH;
        assertThat(Unit.own(counted, scale, decimals).format(value, Locale.forLanguageTag(lang))).isEqualTo(expected);
    }

    @Test
    void labelsNameTheUnitsTheNumbersAreIn() {
        Unit thousands = Unit.own(MACHINES, Unit.Scale.THOUSAND, 0);
        Unit tenThousands = Unit.own(MACHINES, Unit.Scale.TEN_THOUSAND, 0);
        assertThat(thousands.label(Locale.JAPANESE)).isEqualTo("千台");
        assertThat(thousands.label(Locale.ENGLISH)).isEqualTo("thousand units");
        // An axis in 万台 reads 120 where there are 1.2 million: English names the step it counts in.
        assertThat(tenThousands.label(Locale.JAPANESE)).isEqualTo("万台");
        assertThat(tenThousands.label(Locale.ENGLISH)).isEqualTo("10 thousand units");
        assertThat(Unit.own(MACHINES, Unit.Scale.ONE, 0).label(Locale.ENGLISH)).isEqualTo("units");
        assertThat(thousands.formatNumber(1234, Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(thousands.code()).isEqualTo("own:thousand units");
        assertThat(Unit.isCode(thousands.code())).isFalse();
        // Only the Japanese side written: English readers see it too, rather than nothing.
        assertThat(Unit.own(new LocalizedText("台", ""), Unit.Scale.THOUSAND, 0).format(5, Locale.ENGLISH))
                .isEqualTo("5 thousand 台");
    }

    @Test
    void whatFollowsTheNumberIsWhatFormatWrites() {
        Unit thousands = Unit.own(MACHINES, Unit.Scale.THOUSAND, 0);
        assertThat(thousands.afterNumber(Locale.JAPANESE)).isEqualTo("千台");
        assertThat(thousands.afterNumber(Locale.ENGLISH)).isEqualTo(" thousand units");
        assertThat(Unit.own(GWH, Unit.Scale.ONE, 1).afterNumber(Locale.JAPANESE)).isEqualTo(" GWh");
        // English writes 万 in thousands: no suffix can follow the unit's own number.
        assertThat(Unit.own(MACHINES, Unit.Scale.TEN_THOUSAND, 0).afterNumber(Locale.ENGLISH)).isNull();
        assertThat(Unit.JPY_TRILLION.afterNumber(Locale.ENGLISH)).isNull();
    }

    @Test
    void unitsOfTheSameThingConvertByTheirScalesAndNoOthers() {
        Unit one = Unit.own(MACHINES, Unit.Scale.ONE, 0);
        Unit thousands = Unit.own(MACHINES, Unit.Scale.THOUSAND, 0);
        Unit tenThousands = Unit.own(new LocalizedText("台", "Units"), Unit.Scale.TEN_THOUSAND, 1);
        assertThat(thousands.convert(1234, one)).isCloseTo(1_234_000, within(1e-6));
        assertThat(tenThousands.convert(120, thousands)).isCloseTo(1_200, within(1e-9));
        assertThat(thousands.convertibleTo(tenThousands)).isTrue();
        assertThat(thousands.convertibleTo(Unit.own(GWH, Unit.Scale.THOUSAND, 0))).isFalse();
        assertThat(thousands.convertibleTo(Unit.own(new LocalizedText("台", "machines"), Unit.Scale.ONE, 0)))
                .isFalse();
        // The built-in 台 counts robots; a unit of the user's own is a dimension of its own.
        assertThat(thousands.convertibleTo(Unit.UNITS)).isFalse();
        assertThat(Unit.UNITS.convertibleTo(thousands)).isFalse();
    }

    @Test
    void unitsOfTheirOwnAreEqualByWhatTheySay() {
        assertThat(Unit.own(MACHINES, Unit.Scale.THOUSAND, 0)).isEqualTo(Unit.own(MACHINES, 1000.0, 0))
                .hasSameHashCodeAs(Unit.own(MACHINES, 1000.0, 0));
        assertThat(Unit.own(MACHINES, Unit.Scale.THOUSAND, 0)).isNotEqualTo(Unit.own(MACHINES, Unit.Scale.THOUSAND, 1));
        assertThat(Unit.own(MACHINES, Unit.Scale.ONE, 0)).isNotEqualTo(Unit.UNITS);
        assertThat(Unit.fromCode("units")).isSameAs(Unit.UNITS);
        assertThat(Unit.values()).hasSize(13).contains(Unit.JPY_TRILLION, Unit.PEOPLE_PER_UNIT);
    }

    private static Projection withUnit(Unit unit) {
        Series s = new Series("robots", new LocalizedText("ロボット", "Robots"), unit, "",
                List.of(Anchor.assumption(2024, 1.0)), List.of(new Segment.Compound(2024, 2040, 0.1,
                Basis.assumption())), null);
        return new Projection(LocalizedText.EMPTY, LocalizedText.EMPTY, 2024, 2040, List.of(s), List.of(), List.of(),
                List.of(), Map.of());
    }

    private static void refuses(Unit unit, String path, String ja, String en) {
        List<RuleProblem> problems = ProjectionRules.check(withUnit(unit));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).place().path()).isEqualTo(path);
        assertThat(problems.get(0).describe(Locale.JAPANESE)).isEqualTo(ja);
        assertThat(problems.get(0).describe(Locale.ENGLISH)).isEqualTo(en);
    }

    @Test
    void theRulesRefuseAUnitWithoutAThingAScaleOffTheListOrTooManyDecimals() {
        assertThat(ProjectionRules.check(withUnit(Unit.own(MACHINES, Unit.Scale.THOUSAND, 3)))).isEmpty();
        refuses(Unit.own(new LocalizedText(" ", ""), Unit.Scale.THOUSAND, 0), "$.series[0].unit.counted",
                "系列「ロボット」: 自分で作る単位には、数えるもの（台 / units、GWh など）をどちらかの言語で書いてください",
                "series \u201cRobots\u201d: a unit of your own needs the thing it counts (台 / units, GWh) in at least "
                        + "one language");
        refuses(Unit.own(MACHINES, 500, 0), "$.series[0].unit.scale",
                "系列「ロボット」: 単位の桁は 1, 1000, 10000, 1000000, 100000000, 1000000000, 1000000000000"
                        + "（1、千、万、百万、億、十億、兆）のどれかです（値: 500）",
                "series \u201cRobots\u201d: the scale of a unit must be one of 1, 1000, 10000, 1000000, 100000000, "
                        + "1000000000, 1000000000000 (one, thousand, 10 thousand, million, 100 million, billion, "
                        + "trillion) (found: 500)");
        refuses(Unit.own(MACHINES, Unit.Scale.ONE, 4), "$.series[0].unit.decimals",
                "系列「ロボット」: 単位の小数桁数は 0 から 3 です（値: 4）",
                "series \u201cRobots\u201d: a unit shows 0 to 3 decimals (found: 4)");
        String long25 = "x".repeat(25);
        refuses(Unit.own(new LocalizedText("台", long25), Unit.Scale.ONE, 0), "$.series[0].unit.counted.en",
                "系列「ロボット」: 単位の数えるものは 24 文字以内です（値: " + long25 + "）",
                "series \u201cRobots\u201d: the thing a unit counts is at most 24 characters long (found: " + long25 + ")");
        refuses(Unit.own(new LocalizedText("台\n台", "units"), Unit.Scale.ONE, 0), "$.series[0].unit.counted.ja",
                "系列「ロボット」: 単位の数えるものは 1 行で書きます（タブや改行は使えません）（値: 台\n台）",
                "series \u201cRobots\u201d: the thing a unit counts is written on one line, without tabs or line breaks "
                        + "(found: 台\n台)");
    }

    @Test
    void aSumOrAChartAcrossDifferentCountedThingsIsRefused() {
        Unit machines = Unit.own(MACHINES, Unit.Scale.THOUSAND, 0);
        Unit energy = Unit.own(GWH, Unit.Scale.ONE, 0);
        Series a = withUnit(machines).series().get(0);
        Series b = new Series("energy", LocalizedText.of("Energy"), energy, "", a.anchors(), a.segments(), null);
        Series sum = new Series("total", LocalizedText.of("Total"), machines, "", List.of(), List.of(),
                new Derivation(Derivation.Op.SUM, List.of("robots", "energy"), 1.0));
        ChartSpec chart = new ChartSpec("c", LocalizedText.of("Robots"), List.of("robots", "energy"), List.of(),
                Unit.own(MACHINES, Unit.Scale.ONE, 0), false);
        List<RuleProblem> problems = ProjectionRules.check(new Projection(LocalizedText.EMPTY, LocalizedText.EMPTY,
                2024, 2040, List.of(a, b, sum), List.of(), List.of(), List.of(chart), Map.of()));
        assertThat(problems).extracting(p -> p.place().path())
                .containsExactly("$.series[2].derive.inputs[1]", "$.charts[0].series[1]");
        assertThat(problems.get(1).describe(Locale.ENGLISH)).isEqualTo("chart \u201cRobots\u201d: \u201cEnergy\u201d "
                + "is in GWh, which this chart's unit units cannot show (found: energy)");
    }
}
