package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.mgp.model.Anchor;
import jp.mgp.model.AnchorOverride;
import jp.mgp.model.Basis;
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
    static List<AnchorOverride> movedPoints(List<AnchorOverride> points, String seriesId, int from, int to) {
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

    /**
     * A value typed into the year table: the known point of {@code seriesId} in {@code year} as scenario
     * {@code scenarioId} sees it. Over an existing point this is {@link #setAnchorValueAt}; in a year without one
     * the base gets a new pinned point, the user's assumption with {@code why}, and another scenario a point of
     * its own.
     */
    public static Projection setValueInYear(Projection p, String scenarioId, String seriesId, int year, double value,
                                            LocalizedText why) {
        checkFinite("value", value);
        Series series = series(p, seriesId);
        if (series.isDerived()) {
            throw new RuleViolation(ModelText.both("edit.point.derived", series.name()));
        }
        if (!editsBase(p, scenarioId) || yearIndex(series, year) >= 0) {
            return setAnchorValueAt(p, scenarioId, seriesId, year, value, why);
        }
        return PointEdits.setKnownPoint(p, seriesId, new Anchor(year, value, Kind.ASSUMPTION, true, null, why));
    }

    /**
     * Sets the reason the user gives for a rate they set: in the base scenario (or with none) the segment's own
     * reason, which is then the user's assumption; in another scenario the note of that scenario's changes to the
     * segment. A rule the source states keeps the source's reason: the user states theirs by changing the rate.
     */
    public static Projection setReason(Projection p, String scenarioId, String seriesId, int segment,
                                       LocalizedText why) {
        Series series = series(p, seriesId);
        Segment old = series.segments().get(segment);
        if (editsBase(p, scenarioId)) {
            if (old.basis().kind() != Kind.ASSUMPTION) {
                return p;
            }
            return p.withSeries(series.withSegment(segment, old.withBasis(old.basis().asAssumption(why))));
        }
        return p.withScenarios(p.scenarios().stream().map(s -> !s.id().equals(scenarioId) ? s
                : s.withOverrides(s.overrides().stream().map(o -> o.series().equals(seriesId) && o.segment() == segment
                ? o.with(o.change(), o.amount(), why) : o).toList())).toList());
    }

    /** The index of the known point of {@code series} in {@code year}, or -1 when it has none. */
    static int yearIndex(Series series, int year) {
        for (int i = 0; i < series.anchors().size(); i++) {
            if (series.anchors().get(i).year() == year) {
                return i;
            }
        }
        return -1;
    }

    static Series series(Projection p, String id) {
        return p.series(id).orElseThrow(() -> new IllegalArgumentException("no series '" + id + "'"));
    }

    private static void checkFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number (found " + value + ")");
        }
    }
}
