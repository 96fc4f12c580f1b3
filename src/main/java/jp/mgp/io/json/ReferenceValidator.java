package jp.mgp.io.json;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mgp.io.json.Dtos.ChartJson;
import jp.mgp.io.json.Dtos.OverrideJson;
import jp.mgp.io.json.Dtos.ProjectionJson;
import jp.mgp.io.json.Dtos.ReferenceLineJson;
import jp.mgp.io.json.Dtos.ScenarioJson;
import jp.mgp.io.json.Dtos.SegmentJson;
import jp.mgp.io.json.Dtos.SeriesJson;
import jp.mgp.model.GrowthModel;
import jp.mgp.model.Unit;

/** Checks the parts of a file that refer to its series: scenarios' overrides, reference lines and charts. */
final class ReferenceValidator {

    private static final int MAX_ENTRIES = 100;

    private final Checks checks;
    private final ProjectionValidator base;
    private final Map<String, SeriesJson> series;

    ReferenceValidator(Checks checks, ProjectionValidator base, Map<String, SeriesJson> series) {
        this.checks = checks;
        this.base = base;
        this.series = series;
    }

    void validate(ProjectionJson p) {
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
        }
    }

    private void override(OverrideJson o, String path) {
        if (!checks.present(o, path)) {
            return;
        }
        boolean valueOk = checks.finite(o.value(), path + ".value");
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
        } else if (valueOk && o.parameter().equals("rate")) {
            checks.rate(o.value(), path + ".value");
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
            unit(r.unit(), path + ".unit");
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
            unit(c.unit(), path + ".unit");
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

    private boolean unit(String unit, String path) {
        if (!checks.present(unit, path)) {
            return false;
        }
        if (!Unit.isCode(unit)) {
            checks.report(path, "unit.unknown", unit, ProjectionValidator.unitCodes());
            return false;
        }
        return true;
    }
}
