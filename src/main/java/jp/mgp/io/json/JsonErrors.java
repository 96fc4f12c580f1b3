package jp.mgp.io.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;

import jp.mgp.model.LocalizedText;

/**
 * Jackson's words for a file that is not JSON ("Invalid UTF-8 middle byte 0x7b", "Unexpected end-of-input")
 * turned into mgp's, in both languages, with the line and column. Jackson does not sort its syntax errors into
 * types, so the kind is read from the start of its message; one it does not recognise still gets the place and
 * mgp's general words, never Jackson's.
 */
final class JsonErrors {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code");

    private JsonErrors() {
    }

    static void report(JsonProcessingException e, Checks checks) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        String path = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "$";
        checks.report(path, "json.at", "", Integer.toString(line), Integer.toString(column), why(e));
    }

    private static LocalizedText why(JsonProcessingException e) {
        String jackson = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || jackson.startsWith("Unexpected end-of-input")) {
            return FileText.both("json.cut");
        }
        if (e instanceof StreamConstraintsException) {
            return FileText.both(jackson.contains("depth") ? "json.deep" : "json.long");
        }
        if (jackson.startsWith("Invalid UTF-8") || jackson.contains("Invalid UTF-8")) {
            return FileText.both("json.utf8");
        }
        if (jackson.startsWith("Duplicate field")) {
            return FileText.both("json.duplicate", first(QUOTED, jackson));
        }
        Matcher c = CHARACTER.matcher(jackson);
        if (c.find()) {
            return FileText.both("json.char", c.group(1));
        }
        if (jackson.startsWith("Unrecognized token")) {
            return FileText.both("json.token", first(QUOTED, jackson));
        }
        if (jackson.startsWith("Trailing token")) {
            return FileText.both("json.trailing");
        }
        return FileText.both("json.other");
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
