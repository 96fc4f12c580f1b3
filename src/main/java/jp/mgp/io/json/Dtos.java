package jp.mgp.io.json;

import java.util.List;
import java.util.Map;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * The file's shape, one record per JSON object. Every field is boxed and nullable so that a missing or
 * mistyped field reaches the validator as null and is reported with its path instead of stopping the read.
 * The property order is the order fields are written in, which keeps saved files stable under git.
 */
final class Dtos {

    private Dtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"schemaVersion", "title", "description", "horizon", "metadata", "series", "scenarios",
            "referenceLines", "charts", "simulation"})
    record ProjectionJson(Integer schemaVersion, TextJson title, TextJson description, HorizonJson horizon,
                          Map<String, String> metadata, List<SeriesJson> series, List<ScenarioJson> scenarios,
                          List<ReferenceLineJson> referenceLines, List<ChartJson> charts, SimulationJson simulation) {

        /** A file without simulation settings. */
        ProjectionJson(Integer schemaVersion, TextJson title, TextJson description, HorizonJson horizon,
                       Map<String, String> metadata, List<SeriesJson> series, List<ScenarioJson> scenarios,
                       List<ReferenceLineJson> referenceLines, List<ChartJson> charts) {
            this(schemaVersion, title, description, horizon, metadata, series, scenarios, referenceLines, charts,
                    null);
        }
    }

    @JsonPropertyOrder({"ja", "en"})
    record TextJson(String ja, String en) {
    }

    @JsonPropertyOrder({"from", "to"})
    record HorizonJson(Integer from, Integer to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "unit", "color", "note", "anchors", "segments", "derive", "uncertainty"})
    record SeriesJson(String id, TextJson name, UnitJson unit, String color, TextJson note, List<AnchorJson> anchors,
                      List<SegmentJson> segments, DeriveJson derive, ShockJson uncertainty) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"year", "value", "kind", "pinned", "source", "note"})
    record AnchorJson(Integer year, Double value, String kind, Boolean pinned, SourceJson source, TextJson note) {
    }

    /** {@code date}, {@code page} and {@code url} are optional, for figures of the user's own research. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"publisher", "publisherEn", "document", "documentEn", "date", "page", "url", "via", "viaEn",
            "seed", "line", "quote"})
    record SourceJson(String publisher, String document, String date, String page, String url, String via,
                      String seed, Integer line, String quote, String publisherEn, String documentEn, String viaEn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "from", "to", "rate", "increment", "capacity", "steepness", "midpoint", "value",
            "basis", "rationale", "source", "rateRange"})
    record SegmentJson(String type, Integer from, Integer to, Double rate, Double increment, Double capacity,
                       Double steepness, Double midpoint, Double value, String basis, TextJson rationale,
                       SourceJson source, RateRangeJson rateRange) {

        SegmentJson(String type, Integer from, Integer to, Double rate, Double increment, Double capacity,
                    Double steepness, Double midpoint, Double value, String basis, TextJson rationale,
                    SourceJson source) {
            this(type, from, to, rate, increment, capacity, steepness, midpoint, value, basis, rationale, source,
                    null);
        }
    }

    /** A series' yearly shock: {@code "uncertainty": {"shock": 0.06, "rationale": {...}}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"shock", "rationale"})
    record ShockJson(Double shock, TextJson rationale) {
    }

    /** A compound segment's rate range; for {@code normal}, low and high are the 5th and 95th percentiles. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"low", "high", "distribution", "rationale"})
    record RateRangeJson(Double low, Double high, String distribution, TextJson rationale) {
    }

    /** What a simulation runs with, so that a fan reproduces exactly, and the correlations of series' shocks. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"seed", "paths", "correlation"})
    record SimulationJson(Long seed, Integer paths, CorrelationJson correlation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"series", "matrix", "rationale"})
    record CorrelationJson(List<String> series, List<List<Double>> matrix, TextJson rationale) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"op", "inputs", "factor"})
    record DeriveJson(String op, List<String> inputs, Double factor) {
    }

    /** Since schema version 2 a scenario may hold known points of its own ({@code anchors}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "description", "overrides", "anchors"})
    record ScenarioJson(String id, TextJson name, TextJson description, List<OverrideJson> overrides,
                        List<AnchorOverrideJson> anchors) {
    }

    /**
     * A changed parameter: exactly one of {@code value} (absolute, the only kind before schema version 2),
     * {@code points} (percentage points added to the base rate: 5 for +5 pt) or {@code factor} (times the base).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"series", "segment", "parameter", "value", "points", "factor", "note"})
    record OverrideJson(String series, Integer segment, String parameter, Double value, Double points, Double factor,
                        TextJson note) {
    }

    /** A scenario's own known point: the series is {@code value} in {@code year} in that scenario. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"series", "year", "value", "note"})
    record AnchorOverrideJson(String series, Integer year, Double value, TextJson note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "label", "value", "unit", "kind", "year", "source", "note"})
    record ReferenceLineJson(String id, TextJson label, Double value, UnitJson unit, String kind, SourceJson source,
                             Integer year, TextJson note) {

        ReferenceLineJson(String id, TextJson label, Double value, UnitJson unit, String kind, SourceJson source) {
            this(id, label, value, unit, kind, source, null, null);
        }
    }

    /** Since issue 13 a chart may stack its series as areas ({@code stacked}, absent for lines). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "title", "unit", "logScale", "stacked", "series", "referenceLines"})
    record ChartJson(String id, TextJson title, UnitJson unit, Boolean logScale, Boolean stacked, List<String> series,
                     List<String> referenceLines) {
    }

    /**
     * A unit: a built-in unit's code ({@code "jpy-tn"}), or a unit of the user's own written as an object
     * ({@link OwnUnitJson}). Exactly one of the two is set once read; neither when the value could not be read
     * (its problem is reported where it was found).
     */
    @JsonDeserialize(using = UnitReader.class)
    record UnitJson(String code, OwnUnitJson own) {

        static UnitJson of(String code) {
            return new UnitJson(code, null);
        }

        /** Written as it is read: the code as a text, a unit of the user's own as its object. */
        @JsonValue
        Object json() {
            return own != null ? own : code;
        }
    }

    /**
     * A unit of the user's own: {@code "unit": {"counted": {"ja": "台", "en": "units"}, "scale": 1000,
     * "decimals": 0}}, the thing counted in both languages, how many of it one of the unit is (1, 1000, 10000,
     * 1000000, 100000000, 1000000000 or 1000000000000) and the digits shown after the decimal point (0 to 3).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"counted", "scale", "decimals"})
    record OwnUnitJson(TextJson counted, Double scale, Integer decimals) {
    }

    /** Reads a unit's text as a code and its object as a unit of the user's own; anything else is misplaced. */
    static final class UnitReader extends StdDeserializer<UnitJson> {
        private static final long serialVersionUID = 1L;

        UnitReader() {
            super(UnitJson.class);
        }

        @Override
        public UnitJson deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return UnitJson.of(p.getText());
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return new UnitJson(null, ctxt.readValue(p, OwnUnitJson.class));
            }
            ctxt.handleUnexpectedToken(UnitJson.class, p);
            return new UnitJson(null, null);
        }
    }
}
