package jp.mgp.io.json;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mgp.io.json.Dtos.AnchorOverrideJson;
import jp.mgp.io.json.Dtos.ChartJson;
import jp.mgp.io.json.Dtos.OverrideJson;
import jp.mgp.io.json.Dtos.ProjectionJson;
import jp.mgp.io.json.Dtos.ReferenceLineJson;
import jp.mgp.io.json.Dtos.ScenarioJson;
import jp.mgp.io.json.Dtos.SegmentJson;
import jp.mgp.io.json.Dtos.SeriesJson;
import jp.mgp.model.Unit;

/** Checks the parts of a file that refer to its series: scenarios' overrides, reference lines and charts. */
final class ReferenceValidator {

    private static final int MAX_ENTRIES = 100;

    private final Checks checks;
    private final ProjectionValidator base;
    private final Map<String, SeriesJson> series;
    private int version = ProjectionValidator.CURRENT_SCHEMA;

    ReferenceValidator(Checks checks, ProjectionValidator base, Map<String, SeriesJson> series) {
        this.checks = checks;
        this.base = base;
        this.series = series;
    }

    void validate(ProjectionJson p) {
        if (p.schemaVersion() != null) {
            version = p.schemaVersion();
        }
        if (p.scenarios() != null && checks.size(p.scenarios(), "$.scenarios", MAX_ENTRIES)) {
            scenarios(p.scenarios());
        }
        Set<String> lines = new HashSet<>();
        if (p.referenceLines() != null && checks.size(p.referenceLines(), "$.referenceLines", MAX_ENTRIES)) {
            lines = referenceLines(p.referenceLines());
        }
        if (p.charts() != null && checks.size(p.charts(), "$.charts", MAX_ENTRIES)) {
            charts(p.charts(), lines);
        }
    }

    private void scenarios(List<ScenarioJson> scenarios) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String path = Checks.at("$.scenarios", i);
            ScenarioJson s = scenarios.get(i);
            if (!checks.present(s, path)) {
                continue;
            }
            if (base.id(s.id(), path + ".id") && !seen.add(s.id())) {
                checks.add(path + ".id", "is used by another scenario; scenario ids must be unique", s.id());
            }
            base.text(s.name(), path + ".name", true);
            base.text(s.description(), path + ".description", false);
            if (s.overrides() != null && checks.size(s.overrides(), path + ".overrides", ProjectionValidator.MAX_POINTS)) {
                for (int j = 0; j < s.overrides().size(); j++) {
                    override(s.overrides().get(j), Checks.at(path + ".overrides", j));
                }
            }
            scenarioAnchors(s, path);
        }
    }

    /** A scenario's own known points (schema version 2): a series of the file, a year, a value; one per year. */
    private void scenarioAnchors(ScenarioJson s, String scenarioPath) {
        String path = scenarioPath + ".anchors";
        if (s.anchors() == null || !checks.size(s.anchors(), path, ProjectionValidator.MAX_POINTS)) {
            return;
        }
        if (version < 2) {
            checks.add(path, "a scenario's own known points need \"schemaVersion\": 2 or later", s.anchors().size()
                    + " points");
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < s.anchors().size(); j++) {
            String at = Checks.at(path, j);
            AnchorOverrideJson a = s.anchors().get(j);
            if (!checks.present(a, at)) {
                continue;
            }
            checks.finite(a.value(), at + ".value");
            base.text(a.note(), at + ".note", false);
            boolean year = checks.year(a.year(), at + ".year");
            if (!checks.present(a.series(), at + ".series")) {
                continue;
            }
            SeriesJson target = series.get(a.series());
            if (target == null) {
                checks.add(at + ".series", "names no series of this file", a.series());
            } else if (target.derive() != null) {
                checks.add(at + ".series", "is computed from other series and has no known points of its own",
                        a.series());
            } else if (year && !seen.add(a.series() + "@" + a.year())) {
                checks.add(at + ".year", "is set twice for series '" + a.series() + "' in this scenario", a.year());
            }
        }
    }

    private void override(OverrideJson o, String path) {
        if (!checks.present(o, path)) {
            return;
        }
        boolean valueOk = amount(o, path);
        base.text(o.note(), path + ".note", false);
        if (!checks.present(o.series(), path + ".series") || !checks.present(o.segment(), path + ".segment")
                || !checks.present(o.parameter(), path + ".parameter")) {
            return;
        }
        SeriesJson s = series.get(o.series());
        if (s == null) {
            checks.add(path + ".series", "names no series of this file", o.series());
            return;
        }
        if (s.segments() == null || o.segment() < 0 || o.segment() >= s.segments().size()) {
            checks.add(path + ".segment", "series '" + o.series() + "' has no segment with this index (it has "
                    + (s.segments() == null ? 0 : s.segments().size()) + ", counted from 0)", o.segment());
            return;
        }
        SegmentJson g = s.segments().get(o.segment());
        if (g == null || g.type() == null) {
            return;
        }
        boolean known = switch (g.type()) {
            case "compound" -> o.parameter().equals("rate");
            case "linear" -> o.parameter().equals("increment");
            case "logistic" -> Set.of("capacity", "steepness", "midpoint").contains(o.parameter());
            case "target" -> o.parameter().equals("value");
            default -> false;
        };
        if (!known) {
            checks.add(path + ".parameter", "a " + g.type() + " segment has no such parameter", o.parameter());
        } else if (valueOk) {
            relativeRate(o, g, path);
        }
    }

    /**
     * Exactly one of value (absolute), points or factor (relative to the base); the relative kinds only from
     * schema version 2, points only for a rate. True when the one number given is finite.
     */
    private boolean amount(OverrideJson o, String path) {
        int given = (o.value() != null ? 1 : 0) + (o.points() != null ? 1 : 0) + (o.factor() != null ? 1 : 0);
        if (given != 1) {
            checks.add(path, "must give exactly one of value (the parameter itself), points (percentage points "
                    + "added to the base rate) or factor (times the base)", given + " given");
            return false;
        }
        if (o.value() != null) {
            return checks.finite(o.value(), path + ".value");
        }
        String field = o.points() != null ? "points" : "factor";
        if (version < 2) {
            checks.add(path + "." + field, "an override relative to the base needs \"schemaVersion\": 2 or later",
                    o.points() != null ? o.points() : o.factor());
        }
        if (o.points() != null && o.parameter() != null && !o.parameter().equals("rate")) {
            checks.add(path + ".points", "applies to a rate only; use factor or value for " + o.parameter(),
                    o.points());
        }
        return checks.finite(o.points() != null ? o.points() : o.factor(), path + "." + field);
    }

    /** The rate an override gives over the file's own rate must stay above -100 %, as a written rate must. */
    private void relativeRate(OverrideJson o, SegmentJson g, String path) {
        if (!o.parameter().equals("rate")) {
            return;
        }
        if (o.value() != null) {
            checks.rate(o.value(), path + ".value");
        } else if (g.rate() != null && Double.isFinite(g.rate())) {
            double rate = o.points() != null ? g.rate() + o.points() / 100 : g.rate() * o.factor();
            if (rate <= -1) {
                checks.add(path + (o.points() != null ? ".points" : ".factor"), "gives a rate of "
                        + String.format(java.util.Locale.ROOT, "%.2f", rate * 100) + " % over the base's "
                        + String.format(java.util.Locale.ROOT, "%.2f", g.rate() * 100) + " %; a rate must stay above "
                        + "-100 %",
                        o.points() != null ? o.points() : o.factor());
            }
        }
    }

    private Set<String> referenceLines(List<ReferenceLineJson> lines) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String path = Checks.at("$.referenceLines", i);
            ReferenceLineJson r = lines.get(i);
            if (!checks.present(r, path)) {
                continue;
            }
            if (base.id(r.id(), path + ".id") && !seen.add(r.id())) {
                checks.add(path + ".id", "is used by another reference line; ids must be unique", r.id());
            }
            base.text(r.label(), path + ".label", true);
            checks.finite(r.value(), path + ".value");
            unit(r.unit(), path + ".unit");
            if (checks.present(r.kind(), path + ".kind")) {
                if (r.kind().equals("sourced")) {
                    base.source(r.source(), path + ".source", true);
                } else if (!r.kind().equals("assumption")) {
                    checks.add(path + ".kind", "must be \"sourced\" or \"assumption\"", r.kind());
                }
            }
        }
        return seen;
    }

    private void charts(List<ChartJson> charts, Set<String> lines) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < charts.size(); i++) {
            String path = Checks.at("$.charts", i);
            ChartJson c = charts.get(i);
            if (!checks.present(c, path)) {
                continue;
            }
            if (base.id(c.id(), path + ".id") && !seen.add(c.id())) {
                checks.add(path + ".id", "is used by another chart; chart ids must be unique", c.id());
            }
            base.text(c.title(), path + ".title", true);
            boolean unitOk = unit(c.unit(), path + ".unit");
            if (checks.present(c.series(), path + ".series")) {
                if (c.series().isEmpty()) {
                    checks.add(path + ".series", "must list at least one series", "[]");
                }
                for (int j = 0; j < c.series().size(); j++) {
                    String id = c.series().get(j);
                    SeriesJson s = series.get(id);
                    String at = Checks.at(path + ".series", j);
                    if (s == null) {
                        checks.add(at, "names no series of this file", id);
                    } else if (unitOk && s.unit() != null && Unit.isCode(s.unit())
                            && !Unit.fromCode(s.unit()).convertibleTo(Unit.fromCode(c.unit()))) {
                        checks.add(at, "is in " + s.unit() + ", which this chart's unit " + c.unit()
                                + " cannot show", id);
                    }
                }
            }
            if (c.referenceLines() != null) {
                for (int j = 0; j < c.referenceLines().size(); j++) {
                    if (!lines.contains(c.referenceLines().get(j))) {
                        checks.add(Checks.at(path + ".referenceLines", j), "names no reference line of this file",
                                c.referenceLines().get(j));
                    }
                }
            }
        }
    }

    private boolean unit(String unit, String path) {
        if (!checks.present(unit, path)) {
            return false;
        }
        if (!Unit.isCode(unit)) {
            checks.add(path, "is not a unit mgp knows (" + ProjectionValidator.unitCodes() + ")", unit);
            return false;
        }
        return true;
    }
}
