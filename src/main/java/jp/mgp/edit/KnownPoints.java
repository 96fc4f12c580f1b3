package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.model.Anchor;
import jp.mgp.model.Basis;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.GrowthModel;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.Projection;
import jp.mgp.model.ProjectionRules;
import jp.mgp.model.RuleProblem;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/**
 * Known points set from a table (pasted, imported or dropped from the seed library), and the growth they imply.
 * The points replace the series' known points; from each to the next the series follows the one constant rate
 * through both (a straight line where the sign changes or a value is zero), as the user's assumption; before the
 * first and after the last it grows as its segments there say, or, where it has none, at the rate between its
 * nearest two points, also as an assumption. A single point keeps the segments as they are.
 */
public final class KnownPoints {

    private KnownPoints() {
    }

    /** Pinned known points: sourced from {@code source} when one is given, otherwise the user's assumptions. */
    public static List<Anchor> anchors(int[] years, double[] values, SourceRef source) {
        List<Anchor> out = new ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            out.add(source == null ? Anchor.assumption(years[i], values[i])
                    : new Anchor(years[i], values[i], Kind.SOURCED, true, source, LocalizedText.EMPTY));
        }
        return out.stream().sorted(java.util.Comparator.comparingInt(Anchor::year)).toList();
    }

    /**
     * {@code p} with the known points of {@code seriesId} replaced by {@code anchors} and its growth drawn through
     * them.
     *
     * @throws RuleViolation for a derived series (computed from others, it has no points of its own), no points, or
     *                       a series the model's rules then refuse (naming the place)
     */
    public static Projection setPoints(Projection p, String seriesId, List<Anchor> anchors) {
        Series s = ProjectionEdits.series(p, seriesId);
        if (s.isDerived()) {
            throw new RuleViolation(ModelText.both("points.derived", s.name()));
        }
        if (anchors.isEmpty()) {
            throw new RuleViolation(ModelText.both("points.none", s.name()));
        }
        Series next = s.withAnchors(anchors).withSegments(through(anchors, s.segments(), p.firstYear(),
                p.lastYear()));
        Projection out = p.withSeries(next);
        checked(out, seriesId);
        return out;
    }

    /**
     * A new series of the user's own through {@code anchors}, in {@code unit}, added at the end and drawn on the first
     * chart in a unit it converts to (none if no chart can show it).
     */
    public static Projection addSeries(Projection p, String id, LocalizedText name, Unit unit, List<Anchor> anchors) {
        if (anchors.isEmpty()) {
            throw new RuleViolation(ModelText.both("points.none", name));
        }
        Series s = new Series(id, name, unit, "", anchors, through(anchors, List.of(), p.firstYear(), p.lastYear()),
                null);
        return add(p, s);
    }

    /** Adds {@code s} to {@code p}, drawn on the first chart that can show its unit; checked by the model's rules. */
    public static Projection add(Projection p, Series s) {
        String chart = p.charts().stream().filter(c -> c.unit().convertibleTo(s.unit())).map(ChartSpec::id)
                .findFirst().orElse(null);
        Projection out = StructureEdits.add(p, s, chart);
        checked(out, s.id());
        return out;
    }

    /** The segments through consecutive anchors, with {@code existing} kept before the first and after the last. */
    static List<Segment> through(List<Anchor> anchors, List<Segment> existing, int first, int last) {
        if (anchors.size() < 2) {
            return existing;
        }
        int a = anchors.get(0).year();
        int z = anchors.get(anchors.size() - 1).year();
        LocalizedText between = ModelText.both("points.between");
        List<Segment> out = new ArrayList<>();
        List<Segment> before = existing.stream().filter(g -> g.from() < a).map(g -> g.withYears(g.from(),
                Math.min(g.to(), a))).toList();
        List<Segment> after = existing.stream().filter(g -> g.to() > z).map(g -> g.withYears(Math.max(g.from(), z),
                g.to())).toList();
        List<Segment> inside = new ArrayList<>();
        for (int i = 1; i < anchors.size(); i++) {
            inside.add(step(anchors.get(i - 1), anchors.get(i), Basis.assumption(between)));
        }
        // A segment that aimed at a known point no longer there carries the nearest pair's rate on instead.
        before = before.stream().map(g -> aimless(g, anchors) ? inside.get(0).withYears(g.from(), g.to())
                .withBasis(Basis.assumption(ModelText.both("points.backward"))) : g).toList();
        after = after.stream().map(g -> aimless(g, anchors) ? inside.get(inside.size() - 1).withYears(g.from(),
                g.to()).withBasis(Basis.assumption(ModelText.both("points.forward"))) : g).toList();
        if (before.isEmpty() && first < a) {
            out.add(inside.get(0).withYears(first, a).withBasis(Basis.assumption(ModelText.both("points.backward"))));
        }
        out.addAll(before);
        out.addAll(inside);
        out.addAll(after);
        if (after.isEmpty() && last > z) {
            out.add(inside.get(inside.size() - 1).withYears(z, last)
                    .withBasis(Basis.assumption(ModelText.both("points.forward"))));
        }
        return out;
    }

    private static boolean aimless(Segment g, List<Anchor> anchors) {
        return g instanceof Segment.Target t && t.aimsAtAnchor()
                && anchors.stream().noneMatch(x -> x.pinned() && x.year() == g.to());
    }

    /** The constant rate from one point to the next, or a straight line where no rate joins them. */
    private static Segment step(Anchor from, Anchor to, Basis basis) {
        boolean compound = from.value() != 0 && Math.signum(from.value()) == Math.signum(to.value());
        return (compound ? GrowthModel.COMPOUND : GrowthModel.LINEAR).keeping(from.year(), to.year(), from.value(),
                to.value(), basis);
    }

    private static void checked(Projection p, String seriesId) {
        int index = p.seriesIndex(seriesId);
        List<RuleProblem> problems = ProjectionRules.checkSeries(p.series().get(index), index);
        if (!problems.isEmpty()) {
            throw problems.get(0).violation();
        }
    }
}
