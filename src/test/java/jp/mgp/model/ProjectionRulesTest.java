package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Each rule of the model: the place it names (JSON path and words) and its text in both languages. Every
 * projection here is built to break exactly one rule.
 */
class ProjectionRulesTest {

    private static final Basis ASSUMED = Basis.assumption();
    private static final LocalizedText ROBOTS = new LocalizedText("ロボット", "Robots");

    private static Series series(List<Anchor> anchors, Segment... segments) {
        return new Series("robots", ROBOTS, Unit.JPY_TRILLION, "", anchors, List.of(segments), null);
    }

    private static Series pinned(Segment... segments) {
        return series(List.of(Anchor.assumption(2024, 1.0)), segments);
    }

    private static Projection of(List<ChartSpec> charts, Series... series) {
        return new Projection(LocalizedText.EMPTY, LocalizedText.EMPTY, 2024, 2040, List.of(series), List.of(),
                List.of(), charts, Map.of());
    }

    private static RuleProblem only(Projection p) {
        List<RuleProblem> problems = ProjectionRules.check(p);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static void says(RuleProblem p, String path, String ja, String en) {
        assertThat(p.place().path()).isEqualTo(path);
        assertThat(p.describe(Locale.JAPANESE)).isEqualTo(ja);
        assertThat(p.describe(Locale.ENGLISH)).isEqualTo(en);
    }

    @Test
    void aValidProjectionHasNoProblem() {
        assertThat(ProjectionRules.check(of(List.of(), pinned(new Segment.Compound(2024, 2040, 0.3, ASSUMED)))))
                .isEmpty();
    }

    @Test
    void aRateOfMinusOneHundredPercentOrLessIsRefused() {
        says(only(of(List.of(), pinned(new Segment.Compound(2024, 2040, -1.0, ASSUMED)))),
                "$.series[0].segments[0].rate",
                "系列「ロボット」の 2024–2040 年の区間: 成長率は年 -100 %（-1.0）より大きくなければなりません。"
                        + "-100 % 以下では何も残りません（値: -1.0）",
                "series \u201cRobots\u201d, segment 2024\u20132040: the growth rate must be greater than -100 % a year "
                        + "(-1.0); a rate of -100 % or less leaves nothing to grow (found: -1.0)");
    }

    @Test
    void aRateAboveOneThousandPercentIsRefusedWithAHintAboutFractions() {
        says(only(of(List.of(), pinned(new Segment.Compound(2024, 2040, 21.6, ASSUMED)))),
                "$.series[0].segments[0].rate",
                "系列「ロボット」の 2024–2040 年の区間: 成長率は年 +1,000 %（10.0）以下でなければなりません。"
                        + "率は小数で書きます（21.6 % は 0.216）（値: 21.6）",
                "series \u201cRobots\u201d, segment 2024\u20132040: the growth rate must be at most +1,000 % a year "
                        + "(10.0); rates are fractions, so 21.6 % is 0.216 (found: 21.6)");
    }

    @Test
    void eachParameterKeepsToItsBoundsAndIsFinite() {
        says(only(of(List.of(), pinned(new Segment.Logistic(2024, 2040, 10, 11, 2032, ASSUMED)))),
                "$.series[0].segments[0].steepness",
                "系列「ロボット」の 2024–2040 年の区間: 傾きは 0 から 10 の範囲でなければなりません（値: 11.0）",
                "series \u201cRobots\u201d, segment 2024\u20132040: the steepness must be from 0 to 10 (found: 11.0)");
        says(only(of(List.of(), pinned(new Segment.Logistic(2024, 2040, 10, 0.5, 1650, ASSUMED)))),
                "$.series[0].segments[0].midpoint",
                "系列「ロボット」の 2024–2040 年の区間: 中間年は 1700 から 2300 の範囲でなければなりません（値: 1650.0）",
                "series \u201cRobots\u201d, segment 2024\u20132040: the midpoint year must be from 1700 to 2300 "
                        + "(found: 1650.0)");
        says(only(of(List.of(), pinned(new Segment.Linear(2024, 2040, Double.NaN, ASSUMED)))),
                "$.series[0].segments[0].increment",
                "系列「ロボット」の 2024–2040 年の区間: 年間増加量は有限の数値でなければなりません（値: NaN）",
                "series \u201cRobots\u201d, segment 2024\u20132040: the yearly increment must be a finite number "
                        + "(found: NaN)");
    }

    @Test
    void anchorsComeInYearOrderOnePerYear() {
        Series s = series(List.of(Anchor.assumption(2030, 1.0), Anchor.assumption(2030, 2.0)),
                new Segment.Hold(2024, 2040, ASSUMED));
        says(only(of(List.of(), s)), "$.series[0].anchors[1].year",
                "系列「ロボット」の 2030 年の既知点: 前の既知点の年（2030）より後でなければなりません。"
                        + "既知点は年の順に、1 年に 1 つ並べてください（値: 2030）",
                "series \u201cRobots\u201d, known point of 2030: must come after the year of the anchor before it "
                        + "(2030); list anchors by year, one per year (found: 2030)");
    }

    @Test
    void aSeriesNeedsSomethingToGrowFrom() {
        says(only(of(List.of(), series(List.of(), new Segment.Hold(2024, 2040, ASSUMED)))), "$.series[0].anchors",
                "系列「ロボット」: 固定された既知点も S字カーブの区間もないため、どの年も計算できません",
                "series \u201cRobots\u201d: has no pinned anchor and no S-curve segment, so no year can be computed");
    }

    @Test
    void segmentsSpanAYearAndDoNotOverlap() {
        says(only(of(List.of(), pinned(new Segment.Hold(2030, 2030, ASSUMED)))), "$.series[0].segments[0].to",
                "系列「ロボット」の 2030–2030 年の区間: 区間の最初の年（2030）より後でなければなりません。"
                        + "区間は 1 年以上必要です（値: 2030）",
                "series \u201cRobots\u201d, segment 2030\u20132030: must be after the segment's first year (2030); a "
                        + "segment spans at least one year (found: 2030)");
        says(only(of(List.of(), pinned(new Segment.Hold(2024, 2032, ASSUMED), new Segment.Hold(2030, 2040,
                ASSUMED)))), "$.series[0].segments[1].from",
                "系列「ロボット」の 2030–2040 年の区間: 2032 年まで続く前の区間と重なっています。"
                        + "区間は年の順に、重ならないように並べてください（値: 2030）",
                "series \u201cRobots\u201d, segment 2030\u20132040: overlaps the segment before it, which runs to "
                        + "2032; list segments by year without overlap (found: 2030)");
    }

    @Test
    void aTargetWithoutAValueNeedsAPinnedAnchorAtItsEnd() {
        says(only(of(List.of(), pinned(new Segment.Target(2024, 2040, Double.NaN, ASSUMED)))),
                "$.series[0].segments[0].value",
                "系列「ロボット」の 2024–2040 年の区間: 区間の最後の年（2040）に固定された既知点がない場合は必要です",
                "series \u201cRobots\u201d, segment 2024\u20132040: is required unless a pinned anchor stands in the "
                        + "segment's last year (2040)");
    }

    @Test
    void aDerivedSegmentSaysWhichRuleOfTheSourceItFollows() {
        Basis derived = new Basis(Kind.DERIVED, LocalizedText.EMPTY, null);
        says(only(of(List.of(), pinned(new Segment.Compound(2024, 2040, 0.3, derived)))),
                "$.series[0].segments[0].rationale",
                "系列「ロボット」の 2024–2040 年の区間: 出典の規則に基づく区間には理由が必要です。"
                        + "出典のどの規則に従うかを書いてください",
                "series \u201cRobots\u201d, segment 2024\u20132040: is required for a derived segment: say which rule "
                        + "of the source it follows");
    }

    @Test
    void seriesIdsAreUnique() {
        Series s = pinned(new Segment.Hold(2024, 2040, ASSUMED));
        says(only(of(List.of(), s, s)), "$.series[1].id",
                "系列「ロボット」: ほかの系列と同じ ID です。系列の ID は重複できません（値: robots）",
                "series \u201cRobots\u201d: is used by another series; series ids must be unique (found: robots)");
    }

    private static Series derived(String id, Unit unit, Derivation.Op op, double factor, String... inputs) {
        return new Series(id, LocalizedText.of(id), unit, "", List.of(), List.of(),
                new Derivation(op, List.of(inputs), factor));
    }

    @Test
    void aDerivedSeriesTakesExistingInputsInUnitsItCanAdd() {
        Series robots = pinned(new Segment.Hold(2024, 2040, ASSUMED));
        Series people = new Series("people", LocalizedText.of("people"), Unit.PEOPLE, "",
                List.of(Anchor.assumption(2024, 1.0)), List.of(), null);
        says(only(of(List.of(), robots, people, derived("total", Unit.JPY_TRILLION, Derivation.Op.SUM, 1,
                        "robots", "people"))), "$.series[2].derive.inputs[1]",
                "系列「total」: 単位が 人 で、兆円 と足し引きできません（値: people）",
                "series \u201ctotal\u201d: is in people, which cannot be added to \u00a5 tn (found: people)");
        says(only(of(List.of(), robots, derived("total", Unit.JPY_TRILLION, Derivation.Op.SUM, 1, "robots",
                        "drones"))), "$.series[1].derive.inputs[1]",
                "系列「total」: このファイルにない系列を指しています（値: drones）",
                "series \u201ctotal\u201d: names no series of this file (found: drones)");
        says(only(of(List.of(), robots, derived("share", Unit.PERCENT, Derivation.Op.RATIO, 1, "robots"))),
                "$.series[1].derive.inputs",
                "系列「share」: 比率の入力はちょうど 2 系列です（値: 1）",
                "series \u201cshare\u201d: a ratio takes exactly 2 input series (found: 1)");
        says(only(of(List.of(), robots, derived("usd", Unit.USD_BILLION, Derivation.Op.SCALE, 0, "robots"))),
                "$.series[1].derive.factor", "系列「usd」: 0 にはできません（値: 0）",
                "series \u201cusd\u201d: must not be zero (found: 0)");
    }

    @Test
    void aDerivedSeriesCannotComeFromItselfNorHaveItsOwnPoints() {
        List<RuleProblem> self = ProjectionRules.check(of(List.of(), derived("x", Unit.INDEX, Derivation.Op.SCALE,
                2, "x")));
        assertThat(self).extracting(p -> p.describe(Locale.ENGLISH)).containsExactly(
                "series \u201cx\u201d: a series cannot be derived from itself (found: x)");
        List<RuleProblem> cycle = ProjectionRules.check(of(List.of(), derived("x", Unit.INDEX, Derivation.Op.SCALE,
                2, "y"), derived("y", Unit.INDEX, Derivation.Op.SCALE, 2, "x")));
        assertThat(cycle).extracting(p -> p.place().path()).containsExactly("$.series[0].derive.inputs",
                "$.series[1].derive.inputs");
        assertThat(cycle.get(0).describe(Locale.JAPANESE)).isEqualTo("系列「x」: 入力をたどると自分自身に戻ります（値: y）");
        Series own = new Series("x", LocalizedText.of("x"), Unit.INDEX, "", List.of(Anchor.assumption(2024, 1)),
                List.of(), new Derivation(Derivation.Op.SCALE, List.of("y"), 2));
        Series y = new Series("y", LocalizedText.of("y"), Unit.INDEX, "", List.of(Anchor.assumption(2024, 1)),
                List.of(), null);
        says(only(of(List.of(), own, y)), "$.series[0]", "系列「x」: 計算で求める系列は、自分の既知点や区間を持てません（値: x）",
                "series \u201cx\u201d: a derived series has no anchors or segments of its own (found: x)");
    }

    @Test
    void aChartShowsSeriesOfTheFileInAUnitItCanConvertTo() {
        Series robots = pinned(new Segment.Hold(2024, 2040, ASSUMED));
        LocalizedText title = new LocalizedText("市場", "Markets");
        says(only(of(List.of(new ChartSpec("m", title, List.of(), List.of(), Unit.JPY_TRILLION, false)), robots)),
                "$.charts[0].series", "グラフ「市場」: 系列を 1 つ以上選んでください（値: []）",
                "chart \u201cMarkets\u201d: must list at least one series (found: [])");
        says(only(of(List.of(new ChartSpec("m", title, List.of("robots"), List.of(), Unit.PEOPLE, false)), robots)),
                "$.charts[0].series[0]", "グラフ「市場」: 「ロボット」の単位は 兆円 で、このグラフの単位 人 では表示できません（値: robots）",
                "chart \u201cMarkets\u201d: \u201cRobots\u201d is in \u00a5 tn, which this chart's unit people cannot show "
                        + "(found: robots)");
        says(only(of(List.of(new ChartSpec("m", title, List.of("robots"), List.of("gdp"), Unit.JPY_TRILLION, false)),
                robots)), "$.charts[0].referenceLines[0]", "グラフ「市場」: このファイルにない参照線を指しています（値: gdp）",
                "chart \u201cMarkets\u201d: names no reference line of this file (found: gdp)");
    }

    @Test
    void anEditToAParameterTheModelLacksOrOutOfBoundsIsARuleViolationInBothLanguages() {
        Projection p = of(List.of(), pinned(new Segment.Compound(2024, 2040, 0.3, ASSUMED)));
        RuleViolation unknown = catchThrowableOfType(() -> ProjectionRules.requireParameter(p, "robots", 0,
                "capacity", 5), RuleViolation.class);
        assertThat(unknown.message(Locale.JAPANESE)).isEqualTo(
                "系列「ロボット」の 2024–2040 年の区間: compound の区間にはこのパラメータはありません（値: capacity）");
        RuleViolation low = catchThrowableOfType(() -> ProjectionRules.requireParameter(p, "robots", 0, "rate",
                -1.5), RuleViolation.class);
        assertThat(low.message(Locale.ENGLISH)).startsWith("series \u201cRobots\u201d, segment 2024\u20132040: the "
                + "growth rate must be greater than -100 %");
    }
}
