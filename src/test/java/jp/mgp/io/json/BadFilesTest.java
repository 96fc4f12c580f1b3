package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.mgp.Fixtures;

/** A table of broken files, each edited from the shipped default, and the message each must give. */
class BadFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Arguments bad(String what, Consumer<ObjectNode> edit, String path, String message) {
        return Arguments.of(what, edit, path, message);
    }

    private static ObjectNode seg(ObjectNode root, int series, int segment) {
        return (ObjectNode) root.at("/series/" + series + "/segments/" + segment);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("rate of -100 %", r -> seg(r, 0, 0).put("rate", -1.0), "$.series[0].segments[0].rate",
                        "must be greater than -100 %"),
                bad("rate given in percent", r -> seg(r, 0, 0).put("rate", 21.6), "$.series[0].segments[0].rate",
                        "21.6 % is 0.216"),
                bad("NaN rate", r -> seg(r, 2, 0).put("rate", Double.NaN), "$.series[2].segments[0].rate",
                        "must be a finite number"),
                bad("infinite anchor", r -> ((ObjectNode) r.at("/series/1/anchors/0")).put("value",
                        Double.POSITIVE_INFINITY), "$.series[1].anchors[0].value", "must be a finite number"),
                bad("negative year range", r -> ((ObjectNode) r.get("horizon")).put("to", 2020), "$.horizon.to",
                        "must not be before the horizon's first year (2024)"),
                bad("year out of range", r -> ((ObjectNode) r.get("horizon")).put("from", 1850), "$.horizon.from",
                        "must be a year from 1900 to 2200"),
                bad("text where a number goes", r -> seg(r, 0, 0).put("rate", "fast"),
                        "$.series[0].segments[0].rate", "must be a number"),
                bad("object where a list goes", r -> r.putObject("charts"), "$.charts", "must be a list"),
                bad("number where a text object goes", r -> r.put("title", 5), "$.title", "must be an object"),
                bad("text where an object goes", r -> r.put("horizon", "2024-2040"), "$.horizon",
                        "must be an object"),
                bad("text where a source goes", r -> ((ObjectNode) r.at("/series/0/anchors/0")).put("source", "GMI"),
                        "$.series[0].anchors[0].source", "must be an object"),
                bad("unknown field", r -> seg(r, 0, 0).put("rat", 0.2), "$.series[0].segments[0].rat",
                        "is not a field mgp knows"),
                bad("duplicate series id", r -> ((ObjectNode) r.at("/series/1")).put("id", "vertical-ai"),
                        "$.series[1].id", "series ids must be unique"),
                bad("chart names a missing series", r -> ((ArrayNode) r.at("/charts/0/series")).add("quantum-ai"),
                        "$.charts[0].series[3]", "names no series"),
                bad("scenario overrides a missing segment",
                        r -> ((ObjectNode) r.at("/scenarios/1/overrides/0")).put("segment", 7),
                        "$.scenarios[1].overrides[0].segment", "has no segment with this index"),
                bad("override of a parameter the segment lacks",
                        r -> ((ObjectNode) r.at("/scenarios/1/overrides/0")).put("parameter", "capacity"),
                        "$.scenarios[1].overrides[0].parameter", "no such parameter"),
                bad("segments out of order", r -> seg(r, 0, 1).put("from", 2030), "$.series[0].segments[1].from",
                        "overlaps the segment before it"),
                bad("anchors out of order", r -> ((ObjectNode) r.at("/series/0/anchors/1")).put("year", 2030),
                        "$.series[0].anchors[1].year", "must come after"),
                bad("sourced without a source", r -> ((ObjectNode) r.at("/series/0/anchors/0")).remove("source"),
                        "$.series[0].anchors[0].source", "is required for a sourced figure"),
                bad("derived anchor", r -> ((ObjectNode) r.at("/series/0/anchors/0")).put("kind", "derived"),
                        "$.series[0].anchors[0].kind", "must be \"sourced\" or \"assumption\""),
                bad("unknown unit", r -> ((ObjectNode) r.at("/series/4")).put("unit", "furlongs"),
                        "$.series[4].unit", "is not a unit mgp knows"),
                bad("unknown segment type", r -> seg(r, 4, 0).put("type", "exponential"),
                        "$.series[4].segments[0].type", "must be one of"),
                bad("newer schema", r -> r.put("schemaVersion", 9), "$.schemaVersion", "newer mgp"),
                bad("missing horizon", r -> r.remove("horizon"), "$.horizon", "is required"),
                bad("bad id characters", r -> ((ObjectNode) r.at("/series/0")).put("id", "Vertical AI!"),
                        "$.series[0].id", "lower-case letters"),
                bad("hostile id length", r -> ((ObjectNode) r.at("/series/0")).put("id", "a".repeat(5000)),
                        "$.series[0].id", "lower-case letters"),
                bad("target with nothing to aim at", r -> seg(r, 3, 0).put("to", 2029),
                        "$.series[3].segments[0].value", "unless a pinned anchor stands"),
                bad("reference figure's year out of range", r -> ((ObjectNode) r.at("/referenceLines/0"))
                        .put("year", 1850), "$.referenceLines[0].year", "must be a year from 1900 to 2200"),
                bad("reference note not a text object", r -> ((ObjectNode) r.at("/referenceLines/0"))
                        .put("note", "flipped"), "$.referenceLines[0].note", "must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenFileNamesTheFieldTheProblemAndTheFile(String what, Consumer<ObjectNode> edit, String path,
                                                         String message) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(Fixtures.DEFAULT));
        edit.accept(root);
        byte[] bytes = JSON.writeValueAsString(root).replace("\"NaN\"", "NaN").getBytes(StandardCharsets.UTF_8);
        InvalidProjectionException e = catchThrowableOfType(
                () -> ProjectionFiles.parse(bytes, "broken.json"), InvalidProjectionException.class);
        assertThat(e).as(what).isNotNull();
        assertThat(e.problems()).as(e.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.message()).contains(message);
                });
        assertThat(e.getMessage()).contains("broken.json: " + path + ": ");
    }

    @Test
    void allProblemsOfAFileAreReportedAtOnce() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(Fixtures.DEFAULT));
        seg(root, 0, 0).put("rate", -2.0);
        seg(root, 1, 0).put("rate", "x");
        ((ObjectNode) root.get("horizon")).put("to", 1000);
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.parse(
                JSON.writeValueAsBytes(root), "f.json"), InvalidProjectionException.class);
        assertThat(e.problems()).extracting(Problem::path).contains("$.series[0].segments[0].rate",
                "$.series[1].segments[0].rate", "$.horizon.to");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("$.series[0].segments[0].rate"))
                .singleElement().extracting(Problem::found).isEqualTo("-2.0");
    }

    @Test
    void syntaxErrorsGiveTheLineAndColumn() {
        byte[] bytes = "{\n  \"schemaVersion\": 1,\n  \"title\": }".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProjectionFiles.parse(bytes, "x.json")).hasMessageContaining("x.json: ")
                .hasMessageContaining("line 3");
    }

    @Test
    void aFileCutShortSaysWhereItEndsInMgpsWordsNotJacksons() {
        byte[] bytes = "{ \"schemaVersion\": 1, \"title\": { \"ja\": \"x\", \"en\": \"x\" }"
                .getBytes(StandardCharsets.UTF_8);
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.parse(bytes, "cut.json"),
                InvalidProjectionException.class);
        assertThat(e).hasMessage("cut.json: $: is not valid JSON at line 1, column 56: the file ends before the "
                + "projection is complete (is it cut short?)");
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("ファイル: 1 行 56 列目が JSON として正しくありません: "
                + "予測が終わる前にファイルが終わっています（途中で切れていませんか？）\n    （$）");
    }

    @Test
    void deeplyNestedHostileInputIsRefusedCleanly() {
        String deep = "{\"metadata\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> ProjectionFiles.parse(deep.getBytes(StandardCharsets.UTF_8), "deep.json"))
                .isInstanceOf(InvalidProjectionException.class).hasMessageContaining("deep.json: ");
    }

    @Test
    void duplicateKeysAreRefused() {
        String dup = "{\"schemaVersion\": 1, \"schemaVersion\": 1}";
        assertThatThrownBy(() -> ProjectionFiles.parse(dup.getBytes(StandardCharsets.UTF_8), "dup.json"))
                .hasMessageContaining("dup.json: $.schemaVersion: is not valid JSON at line 1, column 37: the field "
                        + "\u201cschemaVersion\u201d appears twice in one object");
    }

    @Test
    void emptyAndNullFilesAreNamed() {
        assertThatThrownBy(() -> ProjectionFiles.parse("null".getBytes(StandardCharsets.UTF_8), "n.json"))
                .hasMessageContaining("n.json: $: ");
        assertThatThrownBy(() -> ProjectionFiles.parse(new byte[0], "e.json")).hasMessageContaining("e.json: $");
    }

}
