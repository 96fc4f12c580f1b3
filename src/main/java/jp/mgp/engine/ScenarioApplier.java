package jp.mgp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.mgp.model.Anchor;
import jp.mgp.model.AnchorOverride;
import jp.mgp.model.Basis;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ParameterOverride;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Scenario;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * Lays a scenario's overrides over a projection; every overridden segment and known point becomes the user's
 * assumption. A relative override is worked out against the series' own parameter in the file as it is now, so
 * a scenario "+5 pt" follows the base when the base moves.
 */
public final class ScenarioApplier {

    private static final Map<String, LocalizedText> PARAMETER_WORDS = Map.of(
            "rate", new LocalizedText("成長率", "growth rate"),
            "increment", new LocalizedText("年間増加量", "yearly increase"),
            "capacity", new LocalizedText("上限", "ceiling"),
            "steepness", new LocalizedText("傾き", "steepness"),
            "midpoint", new LocalizedText("中間年", "midpoint year"),
            "value", new LocalizedText("目標値", "target value"));

    private ScenarioApplier() {
    }

    /**
     * The projection as the scenario sees it. A null or blank id means the file's default scenario (or the plain
     * series when the file has none).
     *
     * @throws IllegalArgumentException naming the scenario that does not exist
     * @throws RuleViolation            naming the scenario and the series whose segment, parameter or known point
     *                                  an override cannot be laid on
     */
    public static Projection apply(Projection projection, String scenarioId) {
        Scenario scenario = resolve(projection, scenarioId);
        if (scenario == null || (scenario.overrides().isEmpty() && scenario.anchors().isEmpty())) {
            return projection;
        }
        List<Series> series = new ArrayList<>(projection.series());
        for (ParameterOverride o : scenario.overrides()) {
            int si = seriesIndex(projection, scenario, o.series());
            Series s = series.get(si);
            Segment seg = segment(scenario, s, o);
            // The base is the file's own series, not an earlier override of the same parameter.
            double base = projection.series().get(si).segments().get(o.segment()).parameter(o.parameter());
            double value = o.applyTo(base);
            check(scenario, s, seg, o, base, value);
            LocalizedText why = rationale(o.relation(base), o.note().isEmpty() ? scenario.name() : o.note());
            Basis basis = seg.basis().asAssumption(why);
            series.set(si, s.withSegment(o.segment(), seg.withParameter(o.parameter(), value).withBasis(basis)));
        }
        for (AnchorOverride a : scenario.anchors()) {
            int si = seriesIndex(projection, scenario, a.series());
            series.set(si, withKnownPoint(scenario, series.get(si), a));
        }
        return projection.withSeries(series);
    }

    /** The scenario an id names; null only when the file has no scenarios and no id was asked for. */
    public static Scenario resolve(Projection projection, String scenarioId) {
        if (scenarioId == null || scenarioId.isBlank()) {
            return projection.defaultScenario().orElse(null);
        }
        String known = String.join(", ", projection.scenarios().stream().map(Scenario::id).toList());
        return projection.scenario(scenarioId).orElseThrow(() -> new jp.mgp.model.RuleViolation(
                new jp.mgp.model.LocalizedText("シナリオ「" + scenarioId + "」はありません。このファイルのシナリオ: " + known,
                        "no scenario '" + scenarioId + "'; the file has " + known)));
    }

    private static int seriesIndex(Projection projection, Scenario scenario, String seriesId) {
        int si = projection.seriesIndex(seriesId);
        if (si < 0) {
            throw refusal(scenario, (name, ja) -> ja
                    ? "シナリオ「" + name + "」が、ファイルにない系列「" + seriesId + "」を変更しています。"
                    : "Scenario \u201c" + name + "\u201d changes a series \u201c" + seriesId
                    + "\u201d that is not in the file.");
        }
        return si;
    }

    private static Segment segment(Scenario scenario, Series s, ParameterOverride o) {
        int count = s.segments().size();
        if (o.segment() < 0 || o.segment() >= count) {
            throw refusal(scenario, (name, ja) -> ja
                    ? "シナリオ「" + name + "」が「" + s.name().get(Locale.JAPANESE) + "」の成長区間" + (o.segment() + 1)
                    + "を変更していますが、この系列の区間は" + count + "つです。"
                    : "Scenario \u201c" + name + "\u201d changes growth segment " + (o.segment() + 1) + " of \u201c"
                    + s.name().get(Locale.ENGLISH) + "\u201d, which has " + count + ".");
        }
        Segment seg = s.segments().get(o.segment());
        if (!seg.parameterNames().contains(o.parameter())) {
            LocalizedText what = PARAMETER_WORDS.getOrDefault(o.parameter(), LocalizedText.of(o.parameter()));
            throw refusal(scenario, (name, ja) -> ja
                    ? "シナリオ「" + name + "」が「" + s.name().get(Locale.JAPANESE) + "」" + years(seg) + "の" + what.ja()
                    + "を変更していますが、この区間にその値はありません。"
                    : "Scenario \u201c" + name + "\u201d sets the " + what.en() + " of \u201c" + s.name().get(Locale.ENGLISH)
                    + "\u201d " + years(seg) + ", which that segment does not have.");
        }
        return seg;
    }

    private static void check(Scenario scenario, Series s, Segment seg, ParameterOverride o, double base,
                              double value) {
        LocalizedText what = PARAMETER_WORDS.getOrDefault(o.parameter(), LocalizedText.of(o.parameter()));
        if (!Double.isFinite(value)) {
            throw refusal(scenario, (name, ja) -> ja
                    ? "シナリオ「" + name + "」は「" + s.name().get(Locale.JAPANESE) + "」" + years(seg) + "の" + what.ja()
                    + "を基本からの相対で決めていますが、基本のこの値がありません（既知点に向かう区間）。"
                    : "Scenario \u201c" + name + "\u201d sets the " + what.en() + " of \u201c" + s.name().get(Locale.ENGLISH)
                    + "\u201d " + years(seg) + " relative to the base, but the base has no such value (it aims at a "
                    + "known point).");
        }
        if (o.parameter().equals("rate") && value <= -1) {
            LocalizedText relation = o.relation(base);
            throw refusal(scenario, (name, ja) -> ja
                    ? "シナリオ「" + name + "」の「" + s.name().get(Locale.JAPANESE) + "」" + years(seg) + "の成長率が"
                    + relation.ja() + "で−100%/年以下になります。率は−100%/年より上でなければなりません。"
                    : "In scenario \u201c" + name + "\u201d the growth rate of \u201c" + s.name().get(Locale.ENGLISH) + "\u201d "
                    + years(seg) + " would be " + relation.en() + ", at or below \u2212100 %/yr; a rate must stay "
                    + "above \u2212100 %/yr.");
        }
    }

    /** The series with the scenario's own figure in the override's year, kept or added in year order. */
    private static Series withKnownPoint(Scenario scenario, Series s, AnchorOverride a) {
        if (s.isDerived()) {
            throw refusal(scenario, (name, ja) -> ja
                    ? "シナリオ「" + name + "」が「" + s.name().get(Locale.JAPANESE) + "」の" + a.year()
                    + "年の既知点を設定していますが、この系列は他の系列から計算され、既知点を持ちません。"
                    : "Scenario \u201c" + name + "\u201d sets a known point of \u201c" + s.name().get(Locale.ENGLISH) + "\u201d in "
                    + a.year() + ", but that series is computed from others and has no known points.");
        }
        LocalizedText why = a.note().isEmpty() ? scenario.name() : a.note();
        List<Anchor> anchors = new ArrayList<>(s.anchors());
        for (int i = 0; i < anchors.size(); i++) {
            Anchor old = anchors.get(i);
            if (old.year() == a.year()) {
                // The base's citation stays with the point: it says what the source's figure was.
                anchors.set(i, new Anchor(a.year(), a.value(), Kind.ASSUMPTION, old.pinned(), old.source(), why));
                return s.withAnchors(anchors);
            }
        }
        anchors.add(new Anchor(a.year(), a.value(), Kind.ASSUMPTION, true, null, why));
        anchors.sort(java.util.Comparator.comparingInt(Anchor::year));
        return s.withAnchors(anchors);
    }

    private static LocalizedText rationale(LocalizedText relation, LocalizedText note) {
        return new LocalizedText(relation.ja() + "：" + note.get(Locale.JAPANESE),
                relation.en() + ": " + note.get(Locale.ENGLISH));
    }

    private static String years(Segment seg) {
        return seg.from() + "\u2013" + seg.to();
    }

    private interface Wording {
        String in(String scenarioName, boolean japanese);
    }

    private static RuleViolation refusal(Scenario scenario, Wording wording) {
        return new RuleViolation(new LocalizedText(wording.in(scenario.name().get(Locale.JAPANESE), true),
                wording.in(scenario.name().get(Locale.ENGLISH), false)));
    }
}
