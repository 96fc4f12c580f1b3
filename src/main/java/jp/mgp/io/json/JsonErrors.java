package jp.mgp.io.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
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

    /** Reports {@code e} at its path, or at {@code where} (the parser's place) when Jackson names none. */
    static void report(JsonProcessingException e, String where, Checks checks) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        // A syntax error is placed where the parser stood (the field whose value is broken), except the end of
        // the file, which belongs to the whole file rather than to the last field read.
        boolean cut = e instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
        String path = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath())
                : cut ? "$" : e.getProcessor() instanceof JsonParser p ? JsonPaths.of(p.getParsingContext()) : where;
        if (e instanceof StreamConstraintsException && (at == null || at.getLineNr() < 1)) {
            // Jackson does not say where a limit was passed; "line 1, column 1" would point at the wrong place.
            checks.report(path, "json.limit", "", why(e));
            return;
        }
        checks.report(path, "json.at", "", Integer.toString(line), Integer.toString(column), why(e));
    }

    private static LocalizedText why(JsonProcessingException e) {
        String jackson = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || jackson.startsWith("Unexpected end-of-input")) {
            return FileText.both("json.cut");
        }
        if (e instanceof StreamConstraintsException) {
            return constraint(jackson);
        }
        if (jackson.startsWith("Invalid UTF-8") || jackson.contains("Invalid UTF-8")) {
            return FileText.both("json.utf8");
        }
        if (jackson.startsWith("Duplicate field")) {
            return FileText.both("json.duplicate", Problem.shorten(first(QUOTED, jackson)));
        }
        Matcher c = CHARACTER.matcher(jackson);
        if (c.find()) {
            return FileText.both("json.char", Problem.shorten(c.group(1)));
        }
        if (jackson.startsWith("Unrecognized token")) {
            return FileText.both("json.token", Problem.shorten(first(QUOTED, jackson)));
        }
        if (jackson.startsWith("Trailing token")) {
            return FileText.both("json.trailing");
        }
        return FileText.both("json.other");
    }

    /** Which of the limits set in {@link ProjectionFiles} was passed, with the limit, in mgp's words. */
    private static LocalizedText constraint(String jackson) {
        if (jackson.contains("nesting depth")) {
            return FileText.both("json.deep");
        }
        if (jackson.startsWith("Number value length")) {
            return FileText.both("json.number", ProjectionFiles.MAX_NUMBER_DIGITS);
        }
        if (jackson.startsWith("String value length")) {
            return FileText.both("json.text", ProjectionFiles.MAX_TEXT);
        }
        if (jackson.startsWith("Name length")) {
            return FileText.both("json.name", ProjectionFiles.MAX_NAME);
        }
        if (jackson.startsWith("Document length")) {
            return FileText.both("json.document", ProjectionFiles.MAX_BYTES);
        }
        return FileText.both("json.long");
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
