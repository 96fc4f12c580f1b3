package jp.mgp.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.mgp.model.GrowthModel.Parameter;

/**
 * What a projection must satisfy for the engine to compute it and for its figures to be defensible, each rule
 * once: growth parameters within their bounds, anchors and segments in year order, something to grow from,
 * unique series ids, derived series from existing inputs in compatible units without a cycle, charts naming
 * series they can show. Every problem names its place in words and as the file's JSON path; the file reader,
 * the editor's edits and the forms all check here.
 */
public final class ProjectionRules {

    private ProjectionRules() {
    }

    /** Every problem of {@code p}, in file order; empty when it is valid. */
    public static List<RuleProblem> check(Projection p) {
        Map<Integer, Series> byPlace = new java.util.TreeMap<>();
        for (int i = 0; i < p.series().size(); i++) {
            byPlace.put(i, p.series().get(i));
        }
        List<RuleProblem> out = new ArrayList<>(checkIds(byPlace));
        for (int i = 0; i < p.series().size(); i++) {
            Series s = p.series().get(i);
            out.addAll(checkSeries(s, i));
            if (s.isDerived()) {
                out.addAll(checkDerivation(p, s, i));
            }
        }
        for (int i = 0; i < p.referenceLines().size(); i++) {
            ReferenceLine r = p.referenceLines().get(i);
            out.addAll(checkUnit(r.unit(), Place.referenceLine(r, i).field("unit")));
        }
        for (int i = 0; i < p.charts().size(); i++) {
            out.addAll(checkChart(p, p.charts().get(i), i));
        }
        out.addAll(UncertaintyRules.check(p));
        return out;
    }

    /**
     * Series ids are unique: each series after the first with an id is a problem. {@code byPlace} gives each
     * series by its index in the file (a reader may leave out series it could not read).
     */
    public static List<RuleProblem> checkIds(Map<Integer, Series> byPlace) {
        List<RuleProblem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        byPlace.forEach((i, s) -> {
            if (!ids.add(s.id())) {
                out.add(problem(Place.series(s, i).field("id"), "rule.series.idTaken", s.id()));
            }
        });
        return out;
    }

    /** The rules of one series by itself ({@code index}: its place in the file, for the JSON path). */
    public static List<RuleProblem> checkSeries(Series s, int index) {
        List<RuleProblem> out = new ArrayList<>(checkUnit(s.unit(), Place.series(s, index).field("unit")));
        if (s.isDerived()) {
            if (!s.anchors().isEmpty() || !s.segments().isEmpty()) {
                out.add(problem(Place.series(s, index), "rule.derived.ownPoints", s.id()));
            }
            return out;
        }
        List<Anchor> anchors = s.anchors();
        for (int j = 1; j < anchors.size(); j++) {
            if (anchors.get(j).year() <= anchors.get(j - 1).year()) {
                out.add(problem(Place.anchor(s, index, j).field("year"), "rule.anchor.order",
                        year(anchors.get(j).year()), year(anchors.get(j - 1).year())));
            }
        }
        boolean pinned = anchors.stream().anyMatch(Anchor::pinned);
        boolean logistic = s.segments().stream().anyMatch(g -> g.model() == GrowthModel.LOGISTIC);
        if (!pinned && !logistic) {
            out.add(problem(Place.series(s, index).field("anchors"), "rule.series.nothingKnown", ""));
        }
        for (int j = 0; j < s.segments().size(); j++) {
            out.addAll(checkSegment(s, index, j));
        }
        return out;
    }

    /** The rules of segment {@code segment} of {@code s}: years, order, each parameter, its basis. */
    public static List<RuleProblem> checkSegment(Series s, int index, int segment) {
        List<RuleProblem> out = new ArrayList<>();
        Segment g = s.segments().get(segment);
        Place at = Place.segment(s, index, segment);
        if (g.to() <= g.from()) {
            out.add(problem(at.field("to"), "rule.segment.empty", year(g.to()), year(g.from())));
        } else if (segment > 0 && g.from() < s.segments().get(segment - 1).to()) {
            out.add(problem(at.field("from"), "rule.segment.overlap", year(g.from()),
                    year(s.segments().get(segment - 1).to())));
        }
        for (Parameter p : g.model().parameters()) {
            double v = g.parameter(p.id());
            if (g instanceof Segment.Target t && t.aimsAtAnchor()) {
                if (s.anchors().stream().noneMatch(a -> a.pinned() && a.year() == g.to())) {
                    out.add(problem(at.field(p.id()), "rule.target.nothingToAimAt", "", year(g.to())));
                }
                continue;
            }
            checkParameter(at, p, v).ifPresent(out::add);
        }
        if (g.basis().kind() == Kind.DERIVED && g.basis().rationale().ja().isBlank()
                && g.basis().rationale().en().isBlank()) {
            out.add(problem(at.field("rationale"), "rule.segment.derivedWithoutReason", ""));
        }
        return out;
    }

    /**
     * Whether {@code value} is allowed for {@code parameter}: empty if so, else the problem at {@code segment}'s
     * field of that name.
     */
    public static Optional<RuleProblem> checkParameter(Place segment, Parameter parameter, double value) {
        if (parameter.allows(value)) {
            return Optional.empty();
        }
        Place at = segment.field(parameter.id());
        String found = String.valueOf(value);
        if (!Double.isFinite(value)) {
            return Optional.of(problem(at, "rule.parameter.finite", found, parameter.label()));
        }
        if (parameter == Parameter.RATE) {
            return Optional.of(problem(at, value <= parameter.lower() ? "rule.rate.low" : "rule.rate.high", found));
        }
        return Optional.of(problem(at, "rule.parameter.range", found, parameter.label(),
                number(parameter.lower()), number(parameter.upper())));
    }

    /**
     * Refuses {@code value} for parameter {@code parameter} of segment {@code segment} of series {@code seriesId}
     * with a {@link RuleViolation} naming the series and the segment's years, in both languages.
     */
    public static void requireParameter(Projection p, String seriesId, int segment, String parameter, double value) {
        int index = p.seriesIndex(seriesId);
        Series s = p.series().get(index);
        Segment g = s.segments().get(segment);
        Parameter param = Parameter.byId(parameter).filter(x -> g.model().has(parameter)).orElseThrow(() ->
                problem(Place.segment(s, index, segment).field(parameter), "rule.parameter.unknown", parameter,
                        g.model().id()).violation());
        checkParameter(Place.segment(s, index, segment), param, value).ifPresent(x -> {
            throw x.violation();
        });
    }

    /** A derived series: inputs that exist, as many as its operation takes, in units it can add, no cycle. */
    public static List<RuleProblem> checkDerivation(Projection p, Series s, int index) {
        List<RuleProblem> out = new ArrayList<>();
        Derivation d = s.derivation();
        Place at = Place.series(s, index).field("derive");
        int min = d.op() == Derivation.Op.DIFFERENCE || d.op() == Derivation.Op.RATIO
                || d.op() == Derivation.Op.PRODUCT ? 2 : 1;
        int max = d.op() == Derivation.Op.SCALE || d.op() == Derivation.Op.CUMULATIVE ? 1
                : d.op() == Derivation.Op.RATIO ? 2 : 100;
        if (d.inputs().size() < min || d.inputs().size() > max) {
            out.add(problem(at.field("inputs"), min == max ? "rule.derived.inputsExactly" : "rule.derived.inputsRange",
                    Integer.toString(d.inputs().size()), ModelText.both(switch (d.op()) {
                        case SUM -> "derived.op.sum";
                        case DIFFERENCE -> "derived.op.difference";
                        case RATIO -> "derived.op.ratio";
                        case SCALE -> "derived.op.scale";
                        case PRODUCT -> "derived.op.product";
                        case CUMULATIVE -> "derived.op.cumulative";
                    }),
                    Integer.toString(min), Integer.toString(max)));
        }
        for (int j = 0; j < d.inputs().size(); j++) {
            String in = d.inputs().get(j);
            Optional<Series> input = p.series(in);
            if (input.isEmpty()) {
                out.add(problem(at.entry("inputs", j), "rule.reference.noSeries", in));
            } else if (in.equals(s.id())) {
                out.add(problem(at.entry("inputs", j), "rule.derived.self", in));
            } else if ((d.op() == Derivation.Op.SUM || d.op() == Derivation.Op.DIFFERENCE
                    || d.op() == Derivation.Op.CUMULATIVE) && !input.get().unit().convertibleTo(s.unit())) {
                out.add(problem(at.entry("inputs", j), "rule.derived.units", in, unit(input.get().unit()),
                        unit(s.unit())));
            }
        }
        if (!Double.isFinite(d.factor())) {
            out.add(problem(at.field("factor"), "rule.number.finite", String.valueOf(d.factor())));
        } else if ((d.op() == Derivation.Op.SCALE || d.op() == Derivation.Op.PRODUCT) && d.factor() == 0) {
            out.add(problem(at.field("factor"), "rule.derived.zeroFactor", "0"));
        }
        if (reachesItself(p, s.id())) {
            out.add(problem(at.field("inputs"), "rule.derived.cycle", String.join(", ", d.inputs())));
        }
        return out;
    }

    /** A chart: at least one series, each one of the file's and convertible to the chart's unit. */
    public static List<RuleProblem> checkChart(Projection p, ChartSpec c, int index) {
        Place at = Place.chart(c, index);
        List<RuleProblem> out = new ArrayList<>(checkUnit(c.unit(), at.field("unit")));
        if (c.series().isEmpty()) {
            out.add(problem(at.field("series"), "rule.chart.noSeries", "[]"));
        }
        for (int j = 0; j < c.series().size(); j++) {
            String id = c.series().get(j);
            Optional<Series> s = p.series(id);
            if (s.isEmpty()) {
                out.add(problem(at.entry("series", j), "rule.reference.noSeries", id));
            } else if (!s.get().unit().convertibleTo(c.unit())) {
                out.add(problem(at.entry("series", j), "rule.chart.unit", id, s.get().name(), unit(s.get().unit()),
                        unit(c.unit())));
            }
        }
        for (int j = 0; j < c.referenceLines().size(); j++) {
            if (p.referenceLine(c.referenceLines().get(j)).isEmpty()) {
                out.add(problem(at.entry("referenceLines", j), "rule.reference.noLine", c.referenceLines().get(j)));
            }
        }
        return out;
    }

    /**
     * A unit of the user's own: a counted word in at least one language, each at most {@link Unit#MAX_COUNTED}
     * characters on one line, a scale of the list ({@link Unit.Scale}) and 0 to {@link Unit#MAX_DECIMALS}
     * decimals. {@code at} is the unit's place ({@code $.series[0].unit}); a built-in unit has nothing to check.
     */
    public static List<RuleProblem> checkUnit(Unit u, Place at) {
        List<RuleProblem> out = new ArrayList<>();
        if (!u.isOwn()) {
            return out;
        }
        LocalizedText counted = u.counted();
        if (counted.ja().isBlank() && counted.en().isBlank()) {
            out.add(problem(at.field("counted"), "rule.unit.counted", ""));
        }
        for (String language : new String[] {"ja", "en"}) {
            String word = language.equals("ja") ? counted.ja() : counted.en();
            if (word.length() > Unit.MAX_COUNTED) {
                out.add(problem(at.field("counted").field(language), "rule.unit.long", word,
                        Integer.toString(Unit.MAX_COUNTED)));
            } else if (word.chars().anyMatch(Character::isISOControl)) {
                out.add(problem(at.field("counted").field(language), "rule.unit.line", word));
            }
        }
        if (Unit.Scale.of(u.scale()).isEmpty()) {
            StringBuilder listed = new StringBuilder();
            for (Unit.Scale s : Unit.Scale.values()) {
                listed.append(listed.length() > 0 ? ", " : "").append(number(s.factor()));
            }
            out.add(problem(at.field("scale"), "rule.unit.scale", number(u.scale()), listed.toString()));
        }
        if (u.decimals() < 0 || u.decimals() > Unit.MAX_DECIMALS) {
            out.add(problem(at.field("decimals"), "rule.unit.decimals", Integer.toString(u.decimals()),
                    Integer.toString(Unit.MAX_DECIMALS)));
        }
        return out;
    }

    private static boolean reachesItself(Projection p, String start) {
        Map<String, Series> byId = new HashMap<>();
        p.series().forEach(s -> byId.putIfAbsent(s.id(), s));
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            Series s = byId.get(todo.pop());
            if (s == null || !s.isDerived()) {
                continue;
            }
            for (String in : s.derivation().inputs()) {
                if (start.equals(in) && !start.equals(s.id())) {
                    return true;
                }
                if (seen.add(in)) {
                    todo.push(in);
                }
            }
        }
        return false;
    }

    private static RuleProblem problem(Place place, String key, String found, Object... args) {
        return new RuleProblem(place, ModelText.both(key, args), found);
    }

    /** A unit as the user reads it (兆円, ¥ tn), not its file code. */
    private static LocalizedText unit(Unit u) {
        return new LocalizedText(u.label(java.util.Locale.JAPANESE), u.label(java.util.Locale.ENGLISH));
    }

    private static String year(int year) {
        return Integer.toString(year);
    }

    /** A bound as plain digits without grouping or exponent, so 1e12 reads 1000000000000 and -1 reads -1. */
    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
