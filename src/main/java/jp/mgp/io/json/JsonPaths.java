package jp.mgp.io.json;

import java.util.List;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;

import jp.mgp.model.LocalizedText;

/** Jackson's positions written as the JSON paths users see: {@code $.series[2].segments[0].rate}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonStreamContext context) {
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String part;
            if (c.inArray()) {
                part = "[" + Math.max(0, c.getCurrentIndex()) + "]";
            } else {
                part = c.getCurrentName() == null ? "" : "." + c.getCurrentName();
            }
            sb.insert(0, part);
        }
        return "$" + sb;
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : path) {
            sb.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        return sb.toString();
    }

    /** The kind of value a field takes, in both languages, for "must be …". */
    static LocalizedText describe(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Integer.class || raw == int.class) {
            return FileText.both("type.integer");
        }
        if (raw == Double.class || raw == double.class) {
            return FileText.both("type.number");
        }
        if (raw == String.class) {
            return FileText.both("type.text");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return FileText.both("type.boolean");
        }
        if (raw == Dtos.UnitJson.class) {
            return FileText.both("type.unit");
        }
        if (type.isCollectionLikeType()) {
            return FileText.both("type.list");
        }
        return FileText.both("type.object");
    }
}
