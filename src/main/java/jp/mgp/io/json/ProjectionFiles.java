package jp.mgp.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import jp.mgp.io.json.Dtos.ProjectionJson;
import jp.mgp.model.Projection;
import jp.mgp.model.ProjectionRules;
import jp.mgp.model.Series;

/**
 * Reads and writes scenario files. Reading reports every problem of a file at once, each with its JSON path;
 * writing is stable (fixed key order, two-space indent, LF, trailing newline, whole numbers without ".0") so
 * that re-saving an unchanged file gives the same bytes, and atomic.
 */
public final class ProjectionFiles {

    /** Larger files are refused before parsing: a projection is kilobytes, a hostile file could be gigabytes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    /**
     * Jackson's limits, each set here rather than left to its defaults (which change between versions): a
     * projection nests 6 deep, its longest numbers are a few digits and its longest texts a few hundred
     * characters. What goes past them is refused in mgp's words ({@link JsonErrors}).
     */
    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_DIGITS = 64;
    static final int MAX_TEXT = 100_000;
    static final int MAX_NAME = 1_000;

    static {
        READER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_TEXT).maxNumberLength(MAX_NUMBER_DIGITS)
                .maxNameLength(MAX_NAME).maxDocumentLength(MAX_BYTES).build());
    }

    private ProjectionFiles() {
    }

    /** The limits the reader's parser works within (docs/SECURITY.md), for the test that they are all set. */
    static StreamReadConstraints readConstraints() {
        return READER.getFactory().streamReadConstraints();
    }

    /**
     * @throws InvalidProjectionException with every problem found, or naming the file that is missing, locked or
     *                                    unreadable
     */
    public static Projection read(Path file) throws InvalidProjectionException {
        String name = file.toString();
        byte[] bytes;
        try {
            // Only a regular file is opened: opening a FIFO blocks until someone writes to it, and a device such
            // as /dev/zero has no end. The attributes say which without opening it.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw invalid(name, "file.folder", "");
            }
            if (!attributes.isRegularFile()) {
                throw invalid(name, "file.special", "");
            }
            if (attributes.size() > MAX_BYTES) {
                throw invalid(name, "file.tooLarge", Long.toString(attributes.size()), MAX_BYTES);
            }
            // The limit counts the bytes read, not the size the file system states: a file swapped for a special
            // one, or growing, still stops one byte past it.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw invalid(name, "file.tooLarge", "", MAX_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw invalid(name, "file.missing", "");
        } catch (AccessDeniedException e) {
            throw invalid(name, "file.denied", "");
        } catch (IOException e) {
            throw invalid(name, "file.unreadable", "", AtomicFiles.reason(e));
        }
        return parse(bytes, name);
    }

    /**
     * Parses a projection from bytes; {@code name} is the file named in problems. The file's shape is checked
     * first; then the model's rules ({@link ProjectionRules}) say whether what it says makes sense: for the whole
     * projection when its shape is sound, else for each series whose own shape is, so that every problem that
     * can be found is reported at once.
     */
    public static Projection parse(byte[] bytes, String name) throws InvalidProjectionException {
        Checks checks = new Checks();
        JsonNode tree = tree(bytes, name, checks);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw invalid(name, "file.empty", "");
        }
        if (!tree.isObject()) {
            throw invalid(name, "file.notObject", tree.isArray() ? "[ … ]" : tree.asText());
        }
        new TreeChecks(checks).check((ObjectNode) tree);
        ProjectionJson json;
        try {
            json = READER.readerFor(ProjectionJson.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .withHandler(new Collector(checks)).readValue(tree);
        } catch (IOException e) {
            // Valid JSON whose value Jackson could not fit even with the collector's help: a value of the wrong
            // kind, worded as such at its place (never "not valid JSON").
            String path = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "$";
            Throwable cause = e.getCause() instanceof InputCoercionException c ? c : e;
            Class<?> target = cause instanceof MismatchedInputException m ? m.getTargetType()
                    : cause instanceof InputCoercionException c ? c.getTargetType() : null;
            Object kind = target != null ? JsonPaths.describe(READER.constructType(target))
                    : FileText.both("type.value");
            String found = cause instanceof JsonParseException p && p.getProcessor() != null
                    ? text(p.getProcessor()) : "";
            checks.report(path, "type", found, kind);
            throw refusal(name, checks);
        }
        if (json == null) {
            throw invalid(name, "file.empty", "");
        }
        new ProjectionValidator(checks).validate(json);
        Projection projection = null;
        if (checks.problems().isEmpty()) {
            projection = ProjectionMapper.toModel(SchemaMigration.toCurrent(json));
            ProjectionRules.check(projection).forEach(checks::add);
        } else {
            Map<Integer, Series> readable = new TreeMap<>();
            for (int i = 0; json.series() != null && i < json.series().size(); i++) {
                if (json.series().get(i) != null && checks.clean(Checks.at("$.series", i))) {
                    readable.put(i, ProjectionMapper.series(json.series().get(i)));
                }
            }
            ProjectionRules.checkIds(readable).forEach(checks::add);
            readable.forEach((i, s) -> ProjectionRules.checkSeries(s, i).forEach(checks::add));
        }
        if (!checks.problems().isEmpty()) {
            ProjectionJson file = json;
            checks.replaceAll(p -> p.place().isEmpty() ? p.at(FilePlaces.words(p.path(), file)) : p);
            throw new InvalidProjectionException(name, checks.problems());
        }
        return projection;
    }

    /**
     * The file's JSON, read as UTF-8 (a BOM skipped, UTF-16/32 refused: {@link Utf8}) within the read limits;
     * null for an empty file. Syntax errors and passed limits are refused in mgp's words at their place.
     */
    private static JsonNode tree(byte[] bytes, String name, Checks checks) throws InvalidProjectionException {
        int start = Utf8.start(bytes, name);
        try (JsonParser parser = READER.getFactory().createParser(bytes, start, bytes.length - start)) {
            try {
                JsonNode tree = READER.readTree(parser);
                if (tree != null && parser.nextToken() != null) {
                    // Reading a tree from a parser stops after the first value; the file must end there.
                    var at = parser.currentTokenLocation();
                    checks.report("$", "json.at", "", Integer.toString(at.getLineNr()),
                            Integer.toString(at.getColumnNr()), FileText.both("json.trailing"));
                    throw refusal(name, checks);
                }
                return tree;
            } catch (JsonProcessingException e) {
                // A passed limit does not say where it was; the parser, which stopped there, does.
                JsonErrors.report(e, JsonPaths.of(parser.getParsingContext()), checks);
                throw refusal(name, checks);
            }
        } catch (JsonProcessingException e) {
            JsonErrors.report(e, "$", checks);
            throw refusal(name, checks);
        } catch (IOException e) {
            // Not JSON at all (binary bytes Jackson cannot decode): it cannot even tell where.
            checks.report("$", "json.at", "", 1, 1, FileText.both("json.utf8"));
            throw refusal(name, checks);
        }
    }

    /** The problems found so far, at places named in words (no file shape is known yet to name a series). */
    private static InvalidProjectionException refusal(String name, Checks checks) {
        checks.replaceAll(p -> p.at(FilePlaces.words(p.path(), null)));
        return new InvalidProjectionException(name, checks.problems());
    }

    /** The file's bytes for a projection: UTF-8, stable, ending in a newline. */
    public static byte[] toBytes(Projection projection) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        try {
            String text = Writer.MAPPER.writer(printer).writeValueAsString(ProjectionMapper.toJson(projection));
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a valid projection always serializes", e);
        }
    }

    /** Saves atomically: the old file stays whole until the new one is complete on disk. */
    public static void write(Projection projection, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(projection));
    }

    private static String text(JsonParser p) {
        try {
            return p.getText() == null ? "" : p.getText();
        } catch (IOException e) {
            return "";
        }
    }

    private static InvalidProjectionException invalid(String file, String key, String found, Object... args) {
        return new InvalidProjectionException(file, List.of(new Problem("$", FilePlaces.words("$", null),
                FileText.both(key, args), found)));
    }

    /** Turns Jackson's complaints about one field into problems and carries on, so all are reported at once. */
    private static final class Collector extends DeserializationProblemHandler {
        private final Checks checks;

        Collector(Checks checks) {
            this.checks = checks;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType type, JsonToken t, JsonParser p,
                                            String msg) throws IOException {
            checks.report(JsonPaths.of(p.getParsingContext()), "type", found(t, p), JsonPaths.describe(type));
            p.skipChildren();
            return null;
        }

        /** What stands where the wrong kind of value was found: the value itself, or [ … ] / { … } in any language. */
        private static String found(JsonToken t, JsonParser p) throws IOException {
            if (t != null && t.isScalarValue()) {
                return p.getText();
            }
            return t == JsonToken.START_ARRAY ? "[ … ]" : "{ … }";
        }

        /** A number or text where an object goes ({@code "title": 5}): Jackson finds no way to build one. */
        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> type,
                                                ValueInstantiator instantiator, JsonParser p, String msg)
                throws IOException {
            checks.report(JsonPaths.of(p.getParsingContext()), "type", found(p.currentToken(), p),
                    JsonPaths.describe(ctxt.constructType(type)));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> type, String value, String msg) {
            checks.report(JsonPaths.of(ctxt.getParser().getParsingContext()), "type", value,
                    JsonPaths.describe(ctxt.constructType(type)));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> type, Number value, String msg) {
            checks.report(JsonPaths.of(ctxt.getParser().getParsingContext()), "type", value,
                    JsonPaths.describe(ctxt.constructType(type)));
            return null;
        }
    }

    /** The writing side, set up on first save (reading a file at start-up does not need it). */
    private static final class Writer {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new SimpleModule().addSerializer(Double.class, new PlainDoubleSerializer()))
                .build();
    }

    /** Whole numbers without ".0" and no exponents where plain digits are short enough, so 2000000 people stay 2000000 and 0.216 stays 0.216. */
    private static final class PlainDoubleSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        PlainDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                gen.writeNumber((long) d);
                return;
            }
            // 1e65 written out plain is 66 digits, past what the reader takes (MAX_NUMBER_DIGITS), and 1e-320 is
            // 320 zeros: beyond 24 characters a number is written as Java writes it (1.0E65), which reads back
            // to the same double.
            String plain = new BigDecimal(Double.toString(d)).toPlainString();
            gen.writeNumber(plain.length() <= 24 ? plain : Double.toString(d));
        }
    }

}
