package jp.mgp.io.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks on the parsed tree before it is bound to {@link Dtos}: fields mgp does not know and texts with half a
 * character (a lone UTF-16 surrogate such as {@code "\ud800"}, which no file can save back), each at its exact
 * path. Jackson reports unknown fields of a record only after the whole object is read, by which time its idea
 * of the place has moved on; the tree keeps it. A -0 is written back as 0, so it is read as 0: the saved file
 * then reopens to the same projection and no "-0" is shown.
 */
final class TreeChecks {

    private final Checks checks;

    TreeChecks(Checks checks) {
        this.checks = checks;
    }

    void check(ObjectNode root) {
        walk(root, Dtos.ProjectionJson.class, "$");
    }

    private void walk(JsonNode node, Type type, String path) {
        if (type == String.class && (node.isNumber() || node.isBoolean())) {
            // Jackson would take 5 or -Infinity as the text "5"; a text field holds a text in quotes.
            checks.report(path, "type", node.asText(), FileText.both("type.text"));
        } else if (node.isTextual()) {
            if (halfCharacter(node.textValue())) {
                checks.report(path, "text.surrogate", null);
            }
        } else if (node.isArray()) {
            Type element = type instanceof ParameterizedType p && p.getRawType() == List.class
                    ? p.getActualTypeArguments()[0] : Object.class;
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                if (negativeZero(array.get(i))) {
                    array.set(i, IntNode.valueOf(0));
                }
                walk(array.get(i), element, Checks.at(path, i));
            }
        } else if (node.isObject()) {
            // A unit is a code or, for a unit of the user's own, an object of that shape.
            object((ObjectNode) node, type == Dtos.UnitJson.class ? Dtos.OwnUnitJson.class : type, path);
        }
    }

    private void object(ObjectNode node, Type type, String path) {
        Class<?> record = type instanceof Class<?> c && c.isRecord() ? c : null;
        boolean map = type instanceof ParameterizedType p && p.getRawType() == Map.class;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            String at = path + "." + name;
            if (halfCharacter(name)) {
                checks.report(path, "text.surrogate", null);
                continue;
            }
            Type fieldType = map ? ((ParameterizedType) type).getActualTypeArguments()[1] : component(record, name);
            if (record != null && fieldType == null) {
                checks.report(at, "field.unknown", name);
                continue;
            }
            if (negativeZero(field.getValue())) {
                field.setValue(IntNode.valueOf(0));
            }
            walk(field.getValue(), fieldType == null ? Object.class : fieldType, at);
        }
    }

    private static Type component(Class<?> record, String name) {
        if (record == null) {
            return null;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getGenericType();
            }
        }
        return null;
    }

    private static boolean negativeZero(JsonNode node) {
        return node.isFloatingPointNumber() && node.doubleValue() == 0
                && Double.doubleToRawLongBits(node.doubleValue()) != 0;
    }

    /** A high surrogate not followed by a low one, or a low one alone. */
    static boolean halfCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
