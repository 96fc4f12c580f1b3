package jp.mgp.io.json;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

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
            "referenceLines", "charts"})
    record ProjectionJson(Integer schemaVersion, TextJson title, TextJson description, HorizonJson horizon,
                          Map<String, String> metadata, List<SeriesJson> series, List<ScenarioJson> scenarios,
                          List<ReferenceLineJson> referenceLines, List<ChartJson> charts) {
    }

    @JsonPropertyOrder({"ja", "en"})
    record TextJson(String ja, String en) {
    }

    @JsonPropertyOrder({"from", "to"})
    record HorizonJson(Integer from, Integer to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "unit", "color", "anchors", "segments", "derive"})
    record SeriesJson(String id, TextJson name, String unit, String color, List<AnchorJson> anchors,
                      List<SegmentJson> segments, DeriveJson derive) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"year", "value", "kind", "pinned", "source", "note"})
    record AnchorJson(Integer year, Double value, String kind, Boolean pinned, SourceJson source, TextJson note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"publisher", "document", "via", "seed", "line", "quote"})
    record SourceJson(String publisher, String document, String via, String seed, Integer line, String quote) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "from", "to", "rate", "increment", "capacity", "steepness", "midpoint", "value",
            "basis", "rationale", "source"})
    record SegmentJson(String type, Integer from, Integer to, Double rate, Double increment, Double capacity,
                       Double steepness, Double midpoint, Double value, String basis, TextJson rationale,
                       SourceJson source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"op", "inputs", "factor"})
    record DeriveJson(String op, List<String> inputs, Double factor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "description", "overrides"})
    record ScenarioJson(String id, TextJson name, TextJson description, List<OverrideJson> overrides) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"series", "segment", "parameter", "value", "note"})
    record OverrideJson(String series, Integer segment, String parameter, Double value, TextJson note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "label", "value", "unit", "kind", "source"})
    record ReferenceLineJson(String id, TextJson label, Double value, String unit, String kind, SourceJson source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "title", "unit", "logScale", "series", "referenceLines"})
    record ChartJson(String id, TextJson title, String unit, Boolean logScale, List<String> series,
                     List<String> referenceLines) {
    }
}
