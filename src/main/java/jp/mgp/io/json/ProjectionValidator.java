package jp.mgp.io.json;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.mgp.io.json.Dtos.AnchorJson;
import jp.mgp.io.json.Dtos.DeriveJson;
import jp.mgp.io.json.Dtos.ProjectionJson;
import jp.mgp.io.json.Dtos.SegmentJson;
import jp.mgp.io.json.Dtos.SeriesJson;
import jp.mgp.io.json.Dtos.SourceJson;
import jp.mgp.io.json.Dtos.TextJson;
import jp.mgp.io.json.Dtos.OwnUnitJson;
import jp.mgp.io.json.Dtos.UnitJson;
import jp.mgp.model.GrowthModel;
import jp.mgp.model.Unit;

/**
 * Checks a read file's shape, reporting all problems at once: what is required is there, words are ones mgp
 * knows, numbers finite, years within 1900-2200, ids well formed, sizes bounded; enough for the file to map to
 * the model. What the values mean (rates within their bounds, years in order, something to grow from, inputs
 * that exist) is the model's {@link jp.mgp.model.ProjectionRules}, which {@link ProjectionFiles} runs next.
 * Scenarios, reference lines and charts are checked by {@link ReferenceValidator}.
 */
final class ProjectionValidator {

    /**
     * The version written. 2 added overrides relative to the base (points, factor) and a scenario's own known
     * points; a version-1 file's overrides are absolute values, which version 2 reads the same way.
     */
    static final int CURRENT_SCHEMA = 2;
    static final int MAX_SERIES = 200;
    static final int MAX_POINTS = 1000;
    static final int MAX_TEXT = 10_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final List<String> OPS = List.of("sum", "difference", "ratio", "scale", "product", "cumulative");

    private final Checks checks;

    ProjectionValidator(Checks checks) {
        this.checks = checks;
    }

    void validate(ProjectionJson p) {
        if (checks.present(p.schemaVersion(), "$.schemaVersion")) {
            if (p.schemaVersion() > CURRENT_SCHEMA) {
                checks.report("$.schemaVersion", "schema.newer", p.schemaVersion(), CURRENT_SCHEMA);
            } else if (p.schemaVersion() < 1) {
                checks.report("$.schemaVersion", "schema.old", p.schemaVersion(), CURRENT_SCHEMA);
            }
        }
        text(p.title(), "$.title", false);
        text(p.description(), "$.description", false);
        horizon(p);
        if (p.metadata() != null && p.metadata().size() > 100) {
            checks.report("$.metadata", "size", null, p.metadata().size(), 100);
        }
        if (checks.present(p.series(), "$.series")) {
            if (p.series().isEmpty()) {
                checks.report("$.series", "series.empty", "[]");
            }
            if (checks.size(p.series(), "$.series", MAX_SERIES)) {
                series(p.series());
            }
        }
        new ReferenceValidator(checks, this, ids(p.series())).validate(p);
        new UncertaintyValidator(checks, this).simulation(p.simulation());
    }

    private static Map<String, SeriesJson> ids(List<SeriesJson> series) {
        Map<String, SeriesJson> byId = new java.util.HashMap<>();
        if (series != null) {
            for (SeriesJson s : series) {
                if (s != null && s.id() != null) {
                    byId.putIfAbsent(s.id(), s);
                }
            }
        }
        return byId;
    }

    private void horizon(ProjectionJson p) {
        if (!checks.present(p.horizon(), "$.horizon")) {
            return;
        }
        boolean from = checks.year(p.horizon().from(), "$.horizon.from");
        boolean to = checks.year(p.horizon().to(), "$.horizon.to");
        if (from && to && p.horizon().to() < p.horizon().from()) {
            checks.report("$.horizon.to", "horizon.order", p.horizon().to(), Integer.toString(p.horizon().from()));
        }
    }

    private void series(List<SeriesJson> all) {
        for (int i = 0; i < all.size(); i++) {
            String path = Checks.at("$.series", i);
            SeriesJson s = all.get(i);
            if (!checks.present(s, path)) {
                continue;
            }
            id(s.id(), path + ".id");
            text(s.name(), path + ".name", true);
            if (s.note() != null) {
                text(s.note(), path + ".note", false);
            }
            unit(s.unit(), path + ".unit");
            if (s.color() != null && !COLOR.matcher(s.color()).matches()) {
                checks.report(path + ".color", "color", s.color());
            }
            if (s.derive() != null) {
                derive(s.derive(), path + ".derive");
            }
            anchors(s, path);
            segments(s, path);
            new UncertaintyValidator(checks, this).shock(s.uncertainty(), path);
        }
    }

    private void derive(DeriveJson d, String path) {
        if (checks.present(d.op(), path + ".op") && !OPS.contains(d.op())) {
            checks.report(path + ".op", "derive.op", d.op());
        }
        checks.present(d.inputs(), path + ".inputs");
        if (d.inputs() != null && checks.size(d.inputs(), path + ".inputs", 100)) {
            for (int i = 0; i < d.inputs().size(); i++) {
                checks.present(d.inputs().get(i), Checks.at(path + ".inputs", i));
            }
        }
        if (d.factor() != null && ("sum".equals(d.op()) || "difference".equals(d.op())
                || "cumulative".equals(d.op()))) {
            checks.report(path + ".factor", "derive.factor", d.factor(), d.op());
        } else if (d.factor() != null || "scale".equals(d.op())) {
            checks.finite(d.factor(), path + ".factor");
        }
    }

    private void anchors(SeriesJson s, String seriesPath) {
        String path = seriesPath + ".anchors";
        List<AnchorJson> anchors = s.anchors();
        if (anchors == null || !checks.size(anchors, path, MAX_POINTS)) {
            return;
        }
        for (int i = 0; i < anchors.size(); i++) {
            String at = Checks.at(path, i);
            AnchorJson a = anchors.get(i);
            if (!checks.present(a, at)) {
                continue;
            }
            checks.year(a.year(), at + ".year");
            checks.finite(a.value(), at + ".value");
            if (checks.present(a.kind(), at + ".kind")) {
                if (a.kind().equals("sourced")) {
                    source(a.source(), at + ".source", true);
                } else if (!a.kind().equals("assumption")) {
                    checks.report(at + ".kind", "anchor.kind", a.kind());
                }
            }
            if (a.kind() != null && !a.kind().equals("sourced") && a.source() != null) {
                source(a.source(), at + ".source", false);
            }
            text(a.note(), at + ".note", false);
        }
    }

    private void segments(SeriesJson s, String seriesPath) {
        String path = seriesPath + ".segments";
        List<SegmentJson> segments = s.segments();
        if (segments == null || !checks.size(segments, path, MAX_POINTS)) {
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            String at = Checks.at(path, i);
            SegmentJson g = segments.get(i);
            if (!checks.present(g, at)) {
                continue;
            }
            checks.year(g.from(), at + ".from");
            checks.year(g.to(), at + ".to");
            new UncertaintyValidator(checks, this).rateRange(g.rateRange(), at);
            if (!checks.present(g.type(), at + ".type")) {
                continue;
            }
            GrowthModel model = GrowthModel.byId(g.type()).orElse(null);
            if (model == null) {
                checks.report(at + ".type", "segment.type", g.type(), GrowthModel.ids());
                continue;
            }
            parameters(g, model, at);
            basis(g, at);
        }
    }

    /** Each parameter the model has is a finite number (a target may leave its value out); no other is given. */
    private void parameters(SegmentJson g, GrowthModel model, String at) {
        for (Map.Entry<String, Double> e : SegmentParameters.of(g).entrySet()) {
            if (e.getValue() != null && !model.has(e.getKey())) {
                checks.report(at + "." + e.getKey(), "segment.notApplicable", e.getValue(), model.id());
            }
        }
        for (GrowthModel.Parameter p : model.parameters()) {
            Double v = SegmentParameters.of(g).get(p.id());
            if (model != GrowthModel.TARGET || v != null) {
                checks.finite(v, at + "." + p.id());
            }
        }
    }

    private void basis(SegmentJson g, String at) {
        if (!checks.present(g.basis(), at + ".basis")) {
            return;
        }
        if (!g.basis().equals("derived") && !g.basis().equals("assumption")) {
            checks.report(at + ".basis", "basis", g.basis());
        }
        text(g.rationale(), at + ".rationale", false);
        if (g.source() != null) {
            source(g.source(), at + ".source", false);
        }
    }

    void source(SourceJson source, String path, boolean required) {
        if (source == null) {
            if (required) {
                checks.report(path, "source.required", null);
            }
            return;
        }
        if (blank(source.publisher()) && blank(source.document())) {
            checks.report(path, "source.name", null);
        }
        if (source.line() != null && source.line() < 0) {
            checks.report(path + ".line", "source.line", source.line());
        }
        for (String s : new String[] {source.publisher(), source.document(), source.via(), source.seed(),
                source.quote(), source.publisherEn(), source.documentEn(), source.viaEn(), source.date(), source.page(),
                source.url()}) {
            if (s != null && s.length() > MAX_TEXT) {
                checks.report(path, "source.long", s.length(), MAX_TEXT);
            }
        }
    }

    boolean id(String id, String path) {
        if (!checks.present(id, path)) {
            return false;
        }
        if (!ID.matcher(id).matches()) {
            checks.report(path, "id", id);
            return false;
        }
        return true;
    }

    void text(TextJson text, String path, boolean required) {
        if (text == null) {
            if (required) {
                checks.report(path, "text.required", null);
            }
            return;
        }
        if (required && blank(text.ja()) && blank(text.en())) {
            checks.report(path, "text.blank", null);
        }
        if ((text.ja() != null && text.ja().length() > MAX_TEXT) || (text.en() != null && text.en().length() > MAX_TEXT)) {
            checks.report(path, "text.long", null, MAX_TEXT);
        }
    }

    /**
     * A unit: a built-in's code, or a unit of the user's own with the thing it counts, its scale and its decimals
     * (whether those are allowed is the model's rule, {@link jp.mgp.model.ProjectionRules#checkUnit}).
     */
    boolean unit(UnitJson unit, String path) {
        if (!checks.present(unit, path)) {
            return false;
        }
        if (unit.own() == null) {
            if (unit.code() == null) {
                // Neither a text nor an object: reported where it was read.
                return false;
            }
            if (!Unit.isCode(unit.code())) {
                checks.report(path, "unit.unknown", unit.code(), unitCodes());
                return false;
            }
            return true;
        }
        OwnUnitJson own = unit.own();
        boolean counted = checks.present(own.counted(), path + ".counted");
        if (counted) {
            text(own.counted(), path + ".counted", false);
        }
        boolean scale = checks.finite(own.scale(), path + ".scale");
        return checks.present(own.decimals(), path + ".decimals") && counted && scale;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String unitCodes() {
        StringBuilder sb = new StringBuilder();
        for (Unit u : Unit.values()) {
            sb.append(sb.length() > 0 ? ", " : "").append(u.code());
        }
        return sb.toString();
    }
}
