package jp.mgp.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Any file offered to mgp is either accepted and then shown, projected and saved faithfully, or refused in the
 * user's words ({@link HostileFiles}). The inputs are the shipped file and a fixture of every growth model with
 * one to three mutations each (a field deleted or retyped, extreme numbers, huge or half characters, deep nesting,
 * a duplicate key, truncation, flipped bytes, a BOM, UTF-16), and small projections generated from scratch. The
 * default run tries 1,500 of each (src/test/resources/junit-platform.properties); {@code mvn -Pfuzz test} raises that (docs/RELIABILITY.md).
 */
class HostileFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<byte[]> ORIGINALS = List.of(bytes(Path.of("projections", "japan-ai-2040.json")),
            bytes(Path.of("src", "test", "resources", "projections", "all-models.json")));
    private static final String RAW = "@@raw@@";
    private static final String[] NUMBERS = {"0", "-0", "-0.0", "1e308", "-1e308", "1e-320", "4.9e-324", "1e65",
            "1e400", "NaN", "Infinity", "-Infinity", "2147483648", "-1", "1e15", "0.1", "-0.99999",
            "123456789012345678901234567890", "1" + "0".repeat(70), "2024.5", "1e-7"};
    private static final String[] TEXTS = {"", " ", "x", "\ud800", "a\udc00b", "\ud83d\ude80", "\u0000",
            "x".repeat(70), "y".repeat(100_001), "line\nbreak", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "{\"@class\":\"java.lang.Runtime\"}", "base", "vertical-ai", "jpy-tn", "sourced", "compound", "#zzzzzz"};

    private final Path dir = tempDir();
    private final HostileFiles files = new HostileFiles(dir);

    /** The property's folder goes with it: a run of the suite leaves nothing in the temporary folder. */
    @net.jqwik.api.lifecycle.AfterProperty
    void removeTheFolder() throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void aMutatedFileIsAcceptedWhole_orRefusedInWords(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        byte[] bytes = mutate(ORIGINALS.get(random.nextInt(ORIGINALS.size())), random);
        Statistics.label("mutated").collect(files.check(bytes));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void aGeneratedProjectionIsAcceptedWhole_orRefusedInWords(@ForAll("seeds") long seed) {
        byte[] bytes = Generated.projection(new Random(seed));
        Statistics.label("generated").collect(files.check(bytes));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    static byte[] mutate(byte[] original, Random random) {
        try {
            JsonNode tree = JSON.readTree(original);
            List<String> raws = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                treeMutation(tree, random, raws);
            }
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            for (String raw : raws) {
                text = text.replaceFirst("\"" + RAW + "\"", java.util.regex.Matcher.quoteReplacement(raw));
            }
            if (random.nextInt(4) == 0) {
                text = duplicateLine(text, random);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return random.nextInt(3) == 0 ? byteMutation(bytes, text, random) : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces, deletes or retypes one value somewhere in the tree. */
    private static void treeMutation(JsonNode tree, Random random, List<String> raws) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        if (parent.size() == 0) {
            return;
        }
        int index = random.nextInt(parent.size());
        JsonNode replacement;
        int kind = random.nextInt(10);
        switch (kind) {
            case 0 -> replacement = null;
            case 1, 2, 3 -> {
                raws.add(NUMBERS[random.nextInt(NUMBERS.length)]);
                replacement = NODES.textNode(RAW);
            }
            case 4, 5 -> replacement = NODES.textNode(TEXTS[random.nextInt(TEXTS.length)]);
            case 6 -> replacement = random.nextBoolean() ? NODES.nullNode() : NODES.booleanNode(random.nextBoolean());
            case 7 -> {
                ArrayNode nested = NODES.arrayNode();
                ArrayNode inner = nested;
                for (int d = random.nextInt(40); d > 0; d--) {
                    inner = inner.addArray();
                }
                replacement = nested;
            }
            case 8 -> replacement = NODES.objectNode();
            default -> {
                if (parent instanceof ObjectNode o) {
                    o.put("extra" + random.nextInt(3), 1);
                }
                return;
            }
        }
        if (parent instanceof ObjectNode o) {
            Iterator<String> names = o.fieldNames();
            String name = names.next();
            for (int i = 0; i < index; i++) {
                name = names.next();
            }
            if (replacement == null) {
                o.remove(name);
            } else {
                o.set(name, replacement);
            }
        } else {
            ArrayNode a = (ArrayNode) parent;
            if (replacement == null) {
                a.remove(index);
            } else {
                a.set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    /** Writes one "key": value line twice, for a duplicate key. */
    private static String duplicateLine(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int i = random.nextInt(lines.length);
        if (!lines[i].trim().startsWith("\"") || !lines[i].trim().endsWith(",")) {
            return text;
        }
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(i, lines[i]);
        return String.join("\n", out);
    }

    private static byte[] byteMutation(byte[] bytes, String text, Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1: {
                byte[] flipped = bytes.clone();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            }
            case 2: {
                byte[] bom = new byte[bytes.length + 3];
                bom[0] = (byte) 0xEF;
                bom[1] = (byte) 0xBB;
                bom[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, bom, 3, bytes.length);
                return bom;
            }
            case 3:
                return text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            default: {
                byte[] inserted = new byte[bytes.length + 1];
                int at = random.nextInt(bytes.length);
                System.arraycopy(bytes, 0, inserted, 0, at);
                inserted[at] = (byte) random.nextInt(256);
                System.arraycopy(bytes, at, inserted, at + 1, bytes.length - at);
                return inserted;
            }
        }
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("mgp-hostile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Small projections made from scratch: a few series in any unit, known points, segments and a scenario. */
    static final class Generated {
        private static final String[] UNITS = {"jpy-tn", "jpy-100m", "usd-bn", "people", "people-10k", "percent",
                "eflops", "index"};
        private static final double[] VALUES = {0, 1e-320, 1e-9, 0.001, 1, 10.8, 35, 2_000_000, 1e15, 1e200, 1e308,
                -1, -1e-9, -5000};
        private static final String[] NAMES = {"A", "市場", "\ud83d\ude80 rockets", "x".repeat(200), "a\tb", "\"q\""};

        static byte[] projection(Random r) {
            int from = 1900 + r.nextInt(300);
            int to = Math.min(2200, from + 1 + r.nextInt(40));
            ObjectNode root = NODES.objectNode();
            root.put("schemaVersion", 2);
            root.set("title", text(r));
            root.putObject("horizon").put("from", from).put("to", to);
            ArrayNode series = root.putArray("series");
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                ObjectNode s = series.addObject();
                s.put("id", "s" + i);
                s.set("name", text(r));
                s.put("unit", UNITS[r.nextInt(UNITS.length)]);
                ArrayNode anchors = s.putArray("anchors");
                int y = from + r.nextInt(to - from + 1);
                for (int a = 1 + r.nextInt(3); a > 0 && y <= to; a--) {
                    ObjectNode anchor = anchors.addObject().put("year", y).put("value", value(r));
                    if (r.nextBoolean()) {
                        anchor.put("kind", "sourced").putObject("source").put("publisher", "P").put("line", 1);
                    } else {
                        anchor.put("kind", "assumption");
                    }
                    y += 1 + r.nextInt(10);
                }
                ArrayNode segments = s.putArray("segments");
                int start = from;
                while (start < to && r.nextInt(4) != 0) {
                    int end = Math.min(to, start + 1 + r.nextInt(20));
                    ObjectNode g = segments.addObject();
                    switch (r.nextInt(3)) {
                        case 0 -> g.put("type", "compound").put("from", start).put("to", end)
                                .put("rate", -0.99 + r.nextDouble() * 4);
                        case 1 -> g.put("type", "linear").put("from", start).put("to", end).put("increment", value(r));
                        default -> g.put("type", "hold").put("from", start).put("to", end);
                    }
                    g.put("basis", "assumption");
                    start = end;
                }
            }
            if (r.nextBoolean()) {
                ObjectNode d = series.addObject();
                if (r.nextInt(4) != 0) {
                    d.put("id", "d");
                }
                d.set("name", text(r));
                d.put("unit", series.get(0).get("unit").asText());
                d.putObject("derive").put("op", "scale").put("factor", value(r)).putArray("inputs").add("s0");
            }
            ArrayNode scenarios = root.putArray("scenarios");
            scenarios.addObject().put("id", "base").set("name", text(r));
            if (r.nextBoolean() && series.get(0).get("segments").size() > 0
                    && "compound".equals(series.get(0).get("segments").get(0).get("type").asText())) {
                ObjectNode alt = scenarios.addObject().put("id", "alt");
                alt.set("name", text(r));
                alt.putArray("overrides").addObject().put("series", "s0").put("segment", 0)
                        .put("parameter", "rate").put("points", r.nextDouble() * 10 - 5);
            }
            try {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static double value(Random r) {
            double v = VALUES[r.nextInt(VALUES.length)];
            return r.nextBoolean() ? v : v * (0.5 + r.nextDouble());
        }

        private static ObjectNode text(Random r) {
            return NODES.objectNode().put("ja", NAMES[r.nextInt(NAMES.length)]).put("en", NAMES[r.nextInt(NAMES.length)]);
        }
    }

}
