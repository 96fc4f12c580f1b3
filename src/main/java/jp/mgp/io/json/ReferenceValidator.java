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
import jp.mgp.model.GrowthModel;

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
                checks.report(path + ".id", "scenario.idTaken", s.id());
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
            checks.report(path, "scenario.anchorsVersion", s.anchors().size());
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
                checks.report(at + ".series", "reference.noSeries", a.series());
            } else if (target.derive() != null) {
                checks.report(at + ".series", "scenario.anchorDerived", a.series());
            } else if (year && !seen.add(a.series() + "@" + a.year())) {
                checks.report(at + ".year", "scenario.anchorTwice", a.year(), a.series());
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
            checks.report(path + ".series", "reference.noSeries", o.series());
            return;
        }
        if (s.segments() == null || o.segment() < 0 || o.segment() >= s.segments().size()) {
            checks.report(path + ".segment", "override.segment", o.segment(), o.series(),
                    s.segments() == null ? 0 : s.segments().size());
            return;
        }
        SegmentJson g = s.segments().get(o.segment());
        if (g == null || g.type() == null) {
            return;
        }
        boolean known = GrowthModel.byId(g.type()).map(m -> m.has(o.parameter())).orElse(false);
        if (!known) {
            checks.report(path + ".parameter", "override.parameter", o.parameter(), g.type());
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
            checks.report(path, "override.amount", given);
            return false;
        }
        if (o.value() != null) {
            return checks.finite(o.value(), path + ".value");
        }
        String field = o.points() != null ? "points" : "factor";
        if (version < 2) {
            checks.report(path + "." + field, "override.relativeVersion", o.points() != null ? o.points() : o.factor());
        }
        if (o.points() != null && o.parameter() != null && !o.parameter().equals("rate")) {
            checks.report(path + ".points", "override.pointsRateOnly", o.points(), o.parameter());
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
                checks.report(path + (o.points() != null ? ".points" : ".factor"), "override.rateBelow",
                        o.points() != null ? o.points() : o.factor(), percent(rate), percent(g.rate()));
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
                checks.report(path + ".id", "line.idTaken", r.id());
            }
            base.text(r.label(), path + ".label", true);
            checks.finite(r.value(), path + ".value");
            base.unit(r.unit(), path + ".unit");
            if (r.year() != null) {
                checks.year(r.year(), path + ".year");
            }
            base.text(r.note(), path + ".note", false);
            if (checks.present(r.kind(), path + ".kind")) {
                if (r.kind().equals("sourced")) {
                    base.source(r.source(), path + ".source", true);
                } else if (!r.kind().equals("assumption")) {
                    checks.report(path + ".kind", "line.kind", r.kind());
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
                checks.report(path + ".id", "chart.idTaken", c.id());
            }
            base.text(c.title(), path + ".title", true);
            base.unit(c.unit(), path + ".unit");
            // Which series and reference lines a chart may name is the model's rule (ProjectionRules.checkChart).
            if (checks.present(c.series(), path + ".series")) {
                for (int j = 0; j < c.series().size(); j++) {
                    checks.present(c.series().get(j), Checks.at(path + ".series", j));
                }
            }
            if (c.referenceLines() != null) {
                for (int j = 0; j < c.referenceLines().size(); j++) {
                    checks.present(c.referenceLines().get(j), Checks.at(path + ".referenceLines", j));
                }
            }
        }
    }

    /** A rate in percent with two decimals; past a million per cent in powers of ten, so 1e308 is not 309 digits. */
    private static String percent(double rate) {
        double percent = rate * 100;
        return String.format(java.util.Locale.ROOT, Math.abs(percent) < 1e6 ? "%.2f" : "%.3g", percent);
    }
}
