package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.mgp.model.Anchor;
import jp.mgp.model.AnchorOverride;
import jp.mgp.model.Basis;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.GrowthModel;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.ParameterOverride;
import jp.mgp.model.Place;
import jp.mgp.model.Projection;
import jp.mgp.model.ProjectionRules;
import jp.mgp.model.RuleProblem;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Scenario;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * The editor's changes to a projection, each returning a new projection. Whatever the user changes becomes the
 * user's assumption, with the reason kept in words: a rate the source stated and the user moved is no longer
 * the source's rule, and a figure the user typed over is no longer sourced.
 */
public final class ProjectionEdits {

    private ProjectionEdits() {
    }

    /**
     * Sets a growth parameter as scenario {@code scenarioId} sees it: in the base scenario (or with none) the
     * series itself changes; in another scenario its override is set, leaving the base as it was.
     * <p>
     * An override the scenario already has keeps its kind and its note: points stay points and a factor stays a
     * factor (relative to the base as it is now), an absolute value stays absolute. A new override of a rate is
     * stored relative to the base in percentage points, so that the scenario keeps its distance when the base
     * moves; any other parameter (a ceiling, a midpoint year, a yearly increment) is stored as the value set.
     *
     * @param value the parameter as the scenario should see it (the rate itself, not the points)
     * @param why   the reason recorded with the assumption, such as "Set in mgp (was 21.6 %/yr)"
     */
    public static Projection setParameter(Projection p, String scenarioId, String seriesId, int segment,
                                          String parameter, double value, LocalizedText why) {
        Series series = series(p, seriesId);
        if (segment < 0 || segment >= series.segments().size()) {
            throw new IllegalArgumentException("series '" + seriesId + "' has no segment " + segment);
        }
        Segment old = series.segments().get(segment);
        ProjectionRules.requireParameter(p, seriesId, segment, parameter, value);
        double base = old.parameter(parameter);
        if (editsBase(p, scenarioId)) {
            Segment changed = old.withParameter(parameter, value);
            if (old.basis().kind() != Kind.ASSUMPTION) {
                changed = changed.withBasis(old.basis().asAssumption(why));
            }
            checkRelativeRates(p, series, segment, parameter, value);
            return p.withSeries(series.withSegment(segment, changed));
        }
        return p.withScenarios(p.scenarios().stream().map(s -> {
            if (!s.id().equals(scenarioId)) {
                return s;
            }
            List<ParameterOverride> overrides = new ArrayList<>();
            boolean replaced = false;
            for (ParameterOverride o : s.overrides()) {
                if (o.series().equals(seriesId) && o.segment() == segment && o.parameter().equals(parameter)) {
                    // The note stays: a drag is many edits, and each would otherwise record the last step as "was".
                    overrides.add(o.reaching(value, base, o.note()));
                    replaced = true;
                } else {
                    overrides.add(o);
                }
            }
            if (!replaced) {
                overrides.add(ParameterOverride.made(seriesId, segment, parameter, value, base, why));
            }
            return s.withOverrides(overrides);
        }).toList());
    }

    /**
     * A base rate that would take a scenario's rate relative to it (base - 5 pt) to -100 %/yr or below is refused
     * here, naming the scenario, rather than leaving that scenario unable to project.
     */
    private static void checkRelativeRates(Projection p, Series series, int segment, String parameter, double base) {
        if (!parameter.equals("rate")) {
            return;
        }
        for (Scenario s : p.scenarios()) {
            for (ParameterOverride o : s.overrides()) {
                if (o.series().equals(series.id()) && o.segment() == segment && o.parameter().equals(parameter)
                        && o.isRelative() && o.applyTo(base) <= -1) {
                    LocalizedText relation = o.relation(base);
                    throw new RuleViolation(new LocalizedText("基本の成長率をこの値にすると、シナリオ「"
                            + s.name().get(Locale.JAPANESE) + "」の「" + series.name().get(Locale.JAPANESE)
                            + "」の率（" + relation.ja() + "）が−100%/年以下になります。",
                            "This base rate would take the rate of \u201c" + series.name().get(Locale.ENGLISH)
                            + "\u201d in scenario \u201c" + s.name().get(Locale.ENGLISH) + "\u201d (" + relation.en()
                            + ") to \u2212100 %/yr or below."));
                }
            }
        }
    }

    /**
     * True when edits made as scenario {@code scenarioId} sees the projection go into the file's own series (the
     * base scenario, or none); false when they go into that scenario only.
     */
    public static boolean editsBase(Projection p, String scenarioId) {
        return scenarioId == null || Scenario.BASE.equals(scenarioId) || p.scenario(scenarioId).isEmpty();
    }

    /**
     * Moves the boundary between segment {@code segment} and the next to {@code year}: the one ends and the other
     * starts there. The series' own rules change, so both segments become the user's assumption.
     */
    public static Projection moveBoundary(Projection p, String seriesId, int segment, int year, LocalizedText why) {
        Series series = series(p, seriesId);
        List<Segment> segments = new ArrayList<>(series.segments());
        if (segment < 0 || segment + 1 >= segments.size()) {
            throw new IllegalArgumentException("series '" + seriesId + "' has no boundary after segment " + segment);
        }
        Segment a = segments.get(segment);
        Segment b = segments.get(segment + 1);
        if (year <= a.from() || year >= b.to()) {
            throw new RuleProblem(Place.segment(series, p.seriesIndex(seriesId), segment).field("to"),
                    ModelText.both("rule.segment.boundary", Integer.toString(a.from() + 1),
                            Integer.toString(b.to() - 1)), Integer.toString(year)).violation();
        }
        segments.set(segment, assumed(a.withYears(a.from(), year), why));
        segments.set(segment + 1, assumed(b.withYears(year, b.to()), why));
        return p.withSeries(series.withSegments(segments));
    }

    /**
     * Replaces segment {@code segment} by another growth model over the same years, starting from parameters
     * that keep the values the series has now at both ends ({@code now}: the series' yearly values, first year
     * first). Scenario overrides of the old model's parameters no longer apply and are dropped.
     *
     * @param type compound, linear, logistic, hold or target
     */
    public static Projection setModel(Projection p, String seriesId, int segment, String type, double[] now,
                                      LocalizedText why) {
        Series series = series(p, seriesId);
        Segment old = series.segments().get(segment);
        if (old.type().equals(type)) {
            return p;
        }
        GrowthModel model = GrowthModel.byId(type)
                .orElseThrow(() -> new IllegalArgumentException("no growth model '" + type + "'"));
        double start = now[old.from() - p.firstYear()];
        double end = now[Math.min(old.to(), p.lastYear()) - p.firstYear()];
        Basis basis = old.basis().kind() == Kind.ASSUMPTION ? old.basis() : old.basis().asAssumption(why);
        Segment replaced = model.keeping(old.from(), Math.min(old.to(), p.lastYear()), start, end, basis)
                .withYears(old.from(), old.to());
        // Values the series lacks at an end (no rule reaches that year) would give no parameters to start from.
        ProjectionRules.checkSegment(series.withSegment(segment, replaced), p.seriesIndex(seriesId), segment).stream()
                .filter(x -> !x.place().path().endsWith(".rationale")).findFirst().ifPresent(x -> {
                    throw x.violation();
                });
        Projection changed = p.withSeries(series.withSegment(segment, replaced));
        List<Scenario> scenarios = changed.scenarios().stream().map(s -> s.withOverrides(s.overrides().stream()
                .filter(o -> !(o.series().equals(seriesId) && o.segment() == segment)).toList())).toList();
        return changed.withScenarios(scenarios);
    }

    private static Segment assumed(Segment s, LocalizedText why) {
        return s.basis().kind() == Kind.ASSUMPTION ? s : s.withBasis(s.basis().asAssumption(why));
    }

    /** Types a new value over anchor {@code index}; a sourced figure becomes an assumption, its source kept. */
    public static Projection setAnchorValue(Projection p, String seriesId, int index, double value,
                                            LocalizedText why) {
        checkFinite("value", value);
        Series series = series(p, seriesId);
        List<Anchor> anchors = new ArrayList<>(series.anchors());
        Anchor a = anchors.get(index);
        anchors.set(index, new Anchor(a.year(), value, Kind.ASSUMPTION, a.pinned(), a.source(),
                a.kind() == Kind.ASSUMPTION ? a.note() : why));
        return p.withSeries(series.withAnchors(anchors));
    }

    /**
     * Types a new value over the known point of {@code seriesId} in {@code year} as scenario {@code scenarioId}
     * sees it. In the base scenario (or with none) the series' own point changes, as {@link #setAnchorValue}. In
     * another scenario the value goes into that scenario only, as its own known point (the user's assumption,
     * with {@code why}); the base keeps its figure, sourced or not. A point the scenario has already set keeps
     * its note.
     */
    public static Projection setAnchorValueAt(Projection p, String scenarioId, String seriesId, int year,
                                              double value, LocalizedText why) {
        checkFinite("value", value);
        Series series = series(p, seriesId);
        if (editsBase(p, scenarioId)) {
            for (int i = 0; i < series.anchors().size(); i++) {
                if (series.anchors().get(i).year() == year) {
                    return setAnchorValue(p, seriesId, i, value, why);
                }
            }
            throw new IllegalArgumentException("series '" + seriesId + "' has no known point in " + year);
        }
        if (series.isDerived()) {
            throw new IllegalArgumentException("series '" + seriesId + "' is computed from others and has no known "
                    + "points");
        }
        return p.withScenarios(p.scenarios().stream().map(s -> {
            if (!s.id().equals(scenarioId)) {
                return s;
            }
            List<AnchorOverride> anchors = new ArrayList<>();
            boolean replaced = false;
            for (AnchorOverride a : s.anchors()) {
                if (a.series().equals(seriesId) && a.year() == year) {
                    anchors.add(new AnchorOverride(seriesId, year, value, a.note()));
                    replaced = true;
                } else {
                    anchors.add(a);
                }
            }
            if (!replaced) {
                anchors.add(new AnchorOverride(seriesId, year, value, why));
            }
            return s.withAnchors(anchors);
        }).toList());
    }

    /**
     * Moves anchor {@code index} to another year; a sourced figure moved is no longer what the source says, so
     * it becomes an assumption. Anchors stay in year order.
     */
    public static Projection setAnchorYear(Projection p, String seriesId, int index, int year, LocalizedText why) {
        Series series = series(p, seriesId);
        if (year < p.firstYear() || year > p.lastYear()) {
            throw new RuleViolation(ModelText.both("edit.year.outside", series.name(), Integer.toString(year),
                    Integer.toString(p.firstYear()), Integer.toString(p.lastYear())));
        }
        List<Anchor> anchors = new ArrayList<>(series.anchors());
        Anchor a = anchors.get(index);
        if (a.year() == year) {
            return p;
        }
        if (anchors.stream().anyMatch(o -> o.year() == year)) {
            throw new RuleViolation(ModelText.both("edit.year.taken", series.name(), Integer.toString(year)));
        }
        anchors.set(index, new Anchor(year, a.value(), Kind.ASSUMPTION, a.pinned(), a.source(),
                a.kind() == Kind.ASSUMPTION ? a.note() : why));
        anchors.sort(java.util.Comparator.comparingInt(Anchor::year));
        return p.withSeries(series.withAnchors(anchors)).withScenarios(p.scenarios().stream()
                .map(s -> s.withAnchors(movedPoints(s.anchors(), seriesId, a.year(), year))).toList());
    }

    /**
     * A scenario's own value of a known point moves with the point: it is that point's value in the scenario. If
     * the scenario already has a point of its own in the new year, that one stays and the moved one is dropped.
     */
    private static List<AnchorOverride> movedPoints(List<AnchorOverride> points, String seriesId, int from, int to) {
        boolean taken = points.stream().anyMatch(o -> o.series().equals(seriesId) && o.year() == to);
        List<AnchorOverride> moved = new ArrayList<>();
        for (AnchorOverride o : points) {
            if (!o.series().equals(seriesId) || o.year() != from) {
                moved.add(o);
            } else if (!taken) {
                moved.add(new AnchorOverride(seriesId, to, o.value(), o.note()));
            }
        }
        return moved;
    }

    public static Projection rename(Projection p, String seriesId, LocalizedText name) {
        Series s = series(p, seriesId);
        return p.withSeries(new Series(s.id(), name, s.unit(), s.color(), s.anchors(), s.segments(),
                s.derivation()));
    }

    /** A copy of a series under a new id, added to the charts that show the original, after it. */
    public static Projection duplicate(Projection p, String seriesId, LocalizedText suffix) {
        Series s = series(p, seriesId);
        String id = freeId(p, s.id() + "-copy");
        Series copy = new Series(id, new LocalizedText(s.name().ja() + suffix.ja(), s.name().en() + suffix.en()),
                s.unit(), "", s.anchors(), s.segments(), s.derivation());
        List<Series> all = new ArrayList<>(p.series());
        all.add(p.seriesIndex(seriesId) + 1, copy);
        return p.withSeries(all).withCharts(eachChart(p, c -> {
            List<String> ids = new ArrayList<>(c.series());
            int at = ids.indexOf(seriesId);
            if (at >= 0) {
                ids.add(at + 1, id);
            }
            return ids;
        }));
    }

    /** Adds a series (such as a derived one) at the end, shown on chart {@code chartId} when not null. */
    public static Projection add(Projection p, Series series, String chartId) {
        if (p.seriesIndex(series.id()) >= 0) {
            throw new RuleViolation(ModelText.both("edit.series.exists", series.id()));
        }
        List<Series> all = new ArrayList<>(p.series());
        all.add(series);
        return p.withSeries(all).withCharts(eachChart(p, c -> {
            List<String> ids = new ArrayList<>(c.series());
            if (c.id().equals(chartId)) {
                ids.add(series.id());
            }
            return ids;
        }));
    }

    /**
     * Removes a series from the file, its charts and its scenarios' overrides.
     *
     * @throws IllegalArgumentException naming the derived series that are computed from it
     */
    public static Projection remove(Projection p, String seriesId) {
        series(p, seriesId);
        List<String> users = p.series().stream().filter(s -> s.isDerived()
                && s.derivation().inputs().contains(seriesId)).map(Series::id).toList();
        if (!users.isEmpty()) {
            List<LocalizedText> names = users.stream().map(id -> p.series(id).orElseThrow().name()).toList();
            LocalizedText listed = new LocalizedText(
                    String.join("、", names.stream().map(n -> "「" + n.get(java.util.Locale.JAPANESE) + "」").toList()),
                    String.join(", ", names.stream().map(n -> "\u201c" + n.get(java.util.Locale.ENGLISH) + "\u201d")
                            .toList()));
            throw new RuleViolation(ModelText.both("edit.series.used", series(p, seriesId).name(), listed));
        }
        List<Series> all = p.series().stream().filter(s -> !s.id().equals(seriesId)).toList();
        List<Scenario> scenarios = p.scenarios().stream().map(s -> s
                .withOverrides(s.overrides().stream().filter(o -> !o.series().equals(seriesId)).toList())
                .withAnchors(s.anchors().stream().filter(a -> !a.series().equals(seriesId)).toList())).toList();
        return p.withSeries(all).withScenarios(scenarios).withCharts(eachChart(p, c -> c.series().stream()
                .filter(id -> !id.equals(seriesId)).toList()));
    }

    /** Moves a series one place up ({@code -1}) or down ({@code +1}) in the file and in its charts. */
    public static Projection move(Projection p, String seriesId, int by) {
        List<Series> all = new ArrayList<>(p.series());
        int from = p.seriesIndex(seriesId);
        int to = from + by;
        if (from < 0 || to < 0 || to >= all.size()) {
            return p;
        }
        all.add(to, all.remove(from));
        List<String> order = all.stream().map(Series::id).toList();
        return p.withSeries(all).withCharts(eachChart(p, c -> c.series().stream()
                .sorted(java.util.Comparator.comparingInt(order::indexOf)).toList()));
    }

    /**
     * A new scenario copying {@code fromId}'s overrides and known points, so the user can vary it without
     * touching the base.
     */
    public static Projection addScenario(Projection p, String fromId, String id, LocalizedText name) {
        if (p.scenario(id).isPresent()) {
            throw new RuleViolation(ModelText.both("edit.scenario.exists", id));
        }
        Scenario start = (fromId == null ? java.util.Optional.<Scenario>empty() : p.scenario(fromId))
                .map(s -> s.copyAs(id, name)).orElse(new Scenario(id, name, LocalizedText.EMPTY, List.of()));
        List<Scenario> scenarios = new ArrayList<>(p.scenarios());
        scenarios.add(start);
        return p.withScenarios(scenarios);
    }

    /** Puts {@code chart} in place of the chart with the same id, or adds it at the end when there is none. */
    public static Projection putChart(Projection p, ChartSpec chart) {
        List<ChartSpec> charts = new ArrayList<>(p.charts());
        int at = -1;
        for (int i = 0; i < charts.size(); i++) {
            if (charts.get(i).id().equals(chart.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            charts.set(at, chart);
        } else {
            charts.add(chart);
        }
        return p.withCharts(charts);
    }

    public static Projection removeChart(Projection p, String chartId) {
        return p.withCharts(p.charts().stream().filter(c -> !c.id().equals(chartId)).toList());
    }

    /** The first id of the form {@code base}, {@code base-2}, {@code base-3}... no series, scenario or chart uses. */
    public static String freeId(Projection p, String base) {
        String id = base;
        for (int n = 2; taken(p, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * A free id made from a name the user typed: lower-case letters and digits joined by '-', as the file's ids
     * must be, or {@code fallback} when the name has none of them (a Japanese name, say); then numbered like
     * {@link #freeId} until no series, scenario or chart uses it.
     */
    public static String idFromName(Projection p, String name, String fallback) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-$", "");
        }
        return freeId(p, slug.isEmpty() ? fallback : slug);
    }

    private static boolean taken(Projection p, String id) {
        return p.seriesIndex(id) >= 0 || p.scenario(id).isPresent()
                || p.charts().stream().anyMatch(c -> c.id().equals(id));
    }

    /** Every chart with the series {@code ids} gives it, in the same order. */
    private static List<ChartSpec> eachChart(Projection p, java.util.function.Function<ChartSpec, List<String>> ids) {
        return p.charts().stream().map(c -> c.withSeries(ids.apply(c))).toList();
    }

    private static Series series(Projection p, String id) {
        return p.series(id).orElseThrow(() -> new IllegalArgumentException("no series '" + id + "'"));
    }

    private static void checkFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number (found " + value + ")");
        }
    }
}
