package jp.mgp.io.json;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.mgp.io.json.Dtos.SegmentJson;
import jp.mgp.model.Segment;

/** The file's segment fields by the model's parameter names, both ways, so no other code lists them. */
final class SegmentParameters {

    private SegmentParameters() {
    }

    /** Every parameter field of the file's segment by name, null where it is not given. */
    static Map<String, Double> of(SegmentJson g) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("rate", g.rate());
        m.put("increment", g.increment());
        m.put("capacity", g.capacity());
        m.put("steepness", g.steepness());
        m.put("midpoint", g.midpoint());
        m.put("value", g.value());
        return m;
    }

    /** The parameter {@code name} of {@code g} for the file: null where the model has none or leaves it out. */
    static Double of(Segment g, String name) {
        if (!g.model().has(name)) {
            return null;
        }
        double v = g.parameter(name);
        return Double.isNaN(v) ? null : v;
    }
}
