package jp.mgp.io.json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.mgp.io.json.Dtos.AnchorJson;
import jp.mgp.io.json.Dtos.ProjectionJson;
import jp.mgp.io.json.Dtos.SegmentJson;
import jp.mgp.io.json.Dtos.SeriesJson;
import jp.mgp.io.json.Dtos.SourceJson;
import jp.mgp.io.json.Dtos.TextJson;
import jp.mgp.model.Unit;

/**
 * Checks a read file against everything the model and engine rely on, reporting all problems at once: finite
 * numbers, rates above -100 %, years in order and within 1900-2200, unique ids, references that exist, sizes
 * bounded. Scenarios, reference lines and charts are checked by {@link ReferenceValidator}.
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
    private static final Set<String> SEGMENT_TYPES = Set.of("compound", "linear", "logistic", "hold", "target");
    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            "compound", Set.of("rate"), "linear", Set.of("increment"),
            "logistic", Set.of("capacity", "steepness", "midpoint"), "hold", Set.of(), "target", Set.of("value"));

    private final Checks checks;

    ProjectionValidator(Checks checks) {
        this.checks = checks;
    }

    void validate(ProjectionJson p) {
        if (checks.present(p.schemaVersion(), "$.schemaVersion")) {
            if (p.schemaVersion() > CURRENT_SCHEMA) {
                checks.add("$.schemaVersion", "the file was written by a newer mgp (this one reads schema version "
                        + CURRENT_SCHEMA + "); update mgp to open it", p.schemaVersion());
            } else if (p.schemaVersion() < 1) {
                checks.add("$.schemaVersion", "must be a version from 1 to " + CURRENT_SCHEMA, p.schemaVersion());
            }
        }
        text(p.title(), "$.title", false);
        text(p.description(), "$.description", false);
        horizon(p);
        if (p.metadata() != null && p.metadata().size() > 100) {
            checks.add("$.metadata", "has " + p.metadata().size() + " entries; at most 100 are allowed", null);
        }
        if (checks.present(p.series(), "$.series")) {
            if (p.series().isEmpty()) {
                checks.add("$.series", "must list at least one series", "[]");
            }
            if (checks.size(p.series(), "$.series", MAX_SERIES)) {
                series(p.series());
            }
        }
        new ReferenceValidator(checks, this, ids(p.series())).validate(p);
    }

    private void horizon(ProjectionJson p) {
        if (!checks.present(p.horizon(), "$.horizon")) {
            return;
        }
        boolean from = checks.year(p.horizon().from(), "$.horizon.from");
        boolean to = checks.year(p.horizon().to(), "$.horizon.to");
        if (from && to && p.horizon().to() < p.horizon().from()) {
            checks.add("$.horizon.to", "must not be before $.horizon.from (" + p.horizon().from() + ")",
                    p.horizon().to());
        }
    }

    private static Map<String, SeriesJson> ids(List<SeriesJson> series) {
        Map<String, SeriesJson> byId = new HashMap<>();
        if (series != null) {
            for (SeriesJson s : series) {
                if (s != null && s.id() != null) {
                    byId.putIfAbsent(s.id(), s);
                }
            }
        }
        return byId;
    }

    private void series(List<SeriesJson> all) {
        Set<String> seen = new HashSet<>();
        Map<String, SeriesJson> byId = ids(all);
        for (int i = 0; i < all.size(); i++) {
            String path = Checks.at("$.series", i);
            SeriesJson s = all.get(i);
            if (!checks.present(s, path)) {
                continue;
            }
            if (id(s.id(), path + ".id") && !seen.add(s.id())) {
                checks.add(path + ".id", "is used by another series; series ids must be unique", s.id());
            }
            text(s.name(), path + ".name", true);
            if (checks.present(s.unit(), path + ".unit") && !Unit.isCode(s.unit())) {
                checks.add(path + ".unit", "is not a unit mgp knows (" + unitCodes() + ")", s.unit());
            }
            if (s.color() != null && !COLOR.matcher(s.color()).matches()) {
                checks.add(path + ".color", "must be a colour like #1f77b4", s.color());
            }
            if (s.derive() != null) {
                if (!empty(s.anchors()) || !empty(s.segments())) {
                    checks.add(path, "a derived series has no anchors or segments of its own", s.id());
                }
                new DerivationValidator(checks).validate(s, path, byId);
            } else {
                anchors(s, path);
                segments(s, path);
            }
        }
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private void anchors(SeriesJson s, String seriesPath) {
        String path = seriesPath + ".anchors";
        List<AnchorJson> anchors = s.anchors();
        if (anchors == null || !checks.size(anchors, path, MAX_POINTS)) {
            return;
        }
        Integer previous = null;
        for (int i = 0; i < anchors.size(); i++) {
            String at = Checks.at(path, i);
            AnchorJson a = anchors.get(i);
            if (!checks.present(a, at)) {
                continue;
            }
            if (checks.year(a.year(), at + ".year")) {
                if (previous != null && a.year() <= previous) {
                    checks.add(at + ".year", "must come after the year of the anchor before it (" + previous
                            + "); list anchors by year, one per year", a.year());
                }
                previous = a.year();
            }
            checks.finite(a.value(), at + ".value");
            if (checks.present(a.kind(), at + ".kind")) {
                if (a.kind().equals("sourced")) {
                    source(a.source(), at + ".source", true);
                } else if (!a.kind().equals("assumption")) {
                    checks.add(at + ".kind", "must be \"sourced\" or \"assumption\" (a computed value is derived "
                            + "by the engine, not written)", a.kind());
                }
            }
            if (a.kind() != null && !a.kind().equals("sourced") && a.source() != null) {
                source(a.source(), at + ".source", false);
            }
            text(a.note(), at + ".note", false);
        }
        boolean pinned = anchors.stream().anyMatch(a -> a != null && !Boolean.FALSE.equals(a.pinned()));
        boolean logistic = s.segments() != null && s.segments().stream()
                .anyMatch(g -> g != null && "logistic".equals(g.type()));
        if (!pinned && !logistic) {
            checks.add(path, "series '" + s.id() + "' has no pinned anchor and no logistic segment, so no year "
                    + "can be computed", anchors.size() + " anchors");
        }
    }

    private void segments(SeriesJson s, String seriesPath) {
        String path = seriesPath + ".segments";
        List<SegmentJson> segments = s.segments();
        if (segments == null || !checks.size(segments, path, MAX_POINTS)) {
            return;
        }
        Integer previousEnd = null;
        for (int i = 0; i < segments.size(); i++) {
            String at = Checks.at(path, i);
            SegmentJson g = segments.get(i);
            if (!checks.present(g, at)) {
                continue;
            }
            boolean from = checks.year(g.from(), at + ".from");
            boolean to = checks.year(g.to(), at + ".to");
            if (from && to) {
                if (g.to() <= g.from()) {
                    checks.add(at + ".to", "must be after $.from (" + g.from() + "); a segment spans at least one "
                            + "year", g.to());
                } else if (previousEnd != null && g.from() < previousEnd) {
                    checks.add(at + ".from", "overlaps the segment before it, which runs to " + previousEnd
                            + "; list segments by year without overlap", g.from());
                }
                previousEnd = g.to();
            }
            if (!checks.present(g.type(), at + ".type")) {
                continue;
            }
            if (!SEGMENT_TYPES.contains(g.type())) {
                checks.add(at + ".type", "must be one of compound, linear, logistic, hold, target", g.type());
                continue;
            }
            parameters(g, at, s);
            basis(g, at);
        }
    }

    private void parameters(SegmentJson g, String at, SeriesJson s) {
        Set<String> allowed = PARAMETERS.get(g.type());
        Map<String, Double> given = new HashMap<>();
        given.put("rate", g.rate());
        given.put("increment", g.increment());
        given.put("capacity", g.capacity());
        given.put("steepness", g.steepness());
        given.put("midpoint", g.midpoint());
        given.put("value", g.value());
        for (Map.Entry<String, Double> e : given.entrySet()) {
            if (e.getValue() != null && !allowed.contains(e.getKey())) {
                checks.add(at + "." + e.getKey(), "does not apply to a " + g.type() + " segment", e.getValue());
            }
        }
        switch (g.type()) {
            case "compound":
                checks.rate(g.rate(), at + ".rate");
                break;
            case "linear":
                checks.finite(g.increment(), at + ".increment");
                break;
            case "logistic":
                if (checks.finite(g.capacity(), at + ".capacity") && g.capacity() == 0) {
                    checks.add(at + ".capacity", "must not be zero", g.capacity());
                }
                checks.finite(g.steepness(), at + ".steepness");
                if (checks.finite(g.midpoint(), at + ".midpoint") && Math.abs(g.midpoint() - 2000) > 300) {
                    checks.add(at + ".midpoint", "must be a year from 1700 to 2300", g.midpoint());
                }
                break;
            case "target":
                if (g.value() != null) {
                    checks.finite(g.value(), at + ".value");
                } else if (g.to() != null && (s.anchors() == null || s.anchors().stream().noneMatch(a -> a != null
                        && g.to().equals(a.year()) && !Boolean.FALSE.equals(a.pinned())))) {
                    checks.add(at + ".value", "is required unless a pinned anchor stands in the segment's last year ("
                            + g.to() + ")", null);
                }
                break;
            default:
                break;
        }
    }

    private void basis(SegmentJson g, String at) {
        if (!checks.present(g.basis(), at + ".basis")) {
            return;
        }
        if (g.basis().equals("derived")) {
            if (g.rationale() == null || (blank(g.rationale().ja()) && blank(g.rationale().en()))) {
                checks.add(at + ".rationale", "is required for a derived segment: say which rule of the source it "
                        + "follows", null);
            }
        } else if (!g.basis().equals("assumption")) {
            checks.add(at + ".basis", "must be \"derived\" (the source's stated rule) or \"assumption\"", g.basis());
        }
        text(g.rationale(), at + ".rationale", false);
        if (g.source() != null) {
            source(g.source(), at + ".source", false);
        }
    }

    void source(SourceJson source, String path, boolean required) {
        if (source == null) {
            if (required) {
                checks.add(path, "is required for a sourced figure: give at least the publisher or the document",
                        null);
            }
            return;
        }
        if (blank(source.publisher()) && blank(source.document())) {
            checks.add(path, "must name the publisher or the document", null);
        }
        if (source.line() != null && source.line() < 0) {
            checks.add(path + ".line", "must be a line number (1 or more), or 0 for none", source.line());
        }
        for (String s : new String[] {source.publisher(), source.document(), source.via(), source.seed(),
                source.quote()}) {
            if (s != null && s.length() > MAX_TEXT) {
                checks.add(path, "has a text longer than " + MAX_TEXT + " characters", s.length() + " characters");
            }
        }
    }

    boolean id(String id, String path) {
        if (!checks.present(id, path)) {
            return false;
        }
        if (!ID.matcher(id).matches()) {
            checks.add(path, "must be 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or "
                    + "digit", id);
            return false;
        }
        return true;
    }

    void text(TextJson text, String path, boolean required) {
        if (text == null) {
            if (required) {
                checks.add(path, "is required: give {\"ja\": …, \"en\": …}", null);
            }
            return;
        }
        if (required && blank(text.ja()) && blank(text.en())) {
            checks.add(path, "needs a Japanese or an English text", null);
        }
        if ((text.ja() != null && text.ja().length() > MAX_TEXT) || (text.en() != null && text.en().length() > MAX_TEXT)) {
            checks.add(path, "is longer than " + MAX_TEXT + " characters", null);
        }
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
