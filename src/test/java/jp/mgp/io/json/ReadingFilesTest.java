package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.mgp.Fixtures;
import jp.mgp.model.Projection;

/**
 * What the reader opens and how it reads it: regular files only, within the size limit counted as read; UTF-8
 * only; a single value at the root, a long value and half a character each said in words; numbers, -0 and a
 * series without known points saved so that they read back the same.
 */
class ReadingFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Opening a FIFO for reading waits for a writer; the reader must refuse it from its attributes instead. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo made no FIFO");
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.read(fifo),
                InvalidProjectionException.class);
        assertThat(e.getMessage()).isEqualTo(fifo + ": $: is not a regular file (a pipe or a device?); mgp opens "
                + "only files saved on disk");
        assertThat(e.message(Locale.JAPANESE)).startsWith("ファイル: 通常のファイルではありません");
    }

    /** /dev/zero never ends and states a size of 0: it was read until memory ran out. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anEndlessDeviceIsRefusedNotReadUntilMemoryRunsOut() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.read(zero),
                InvalidProjectionException.class);
        assertThat(e.getMessage()).contains("is not a regular file");
    }

    @Test
    void aFolderIsRefusedAsAFolder() {
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.read(dir),
                InvalidProjectionException.class);
        assertThat(e.getMessage()).isEqualTo(dir + ": $: is a folder, not a file");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws Exception {
        byte[] plain = Files.readAllBytes(Fixtures.DEFAULT);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        Path file = dir.resolve("notepad.json");
        Files.write(file, marked);
        assertThat(ProjectionFiles.read(file)).isEqualTo(Fixtures.defaultProjection());
    }

    @Test
    void utf16AndUtf32AreRefusedWithASentenceSayingToSaveAsUtf8() throws Exception {
        String text = Files.readString(Fixtures.DEFAULT);
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE, java.nio.charset.Charset.forName("UTF-32")}) {
            InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.parse(text.getBytes(charset),
                    "wide.json"), InvalidProjectionException.class);
            assertThat(e.getMessage()).as(charset.name()).isEqualTo("wide.json: $: the file is not UTF-8 "
                    + "(UTF-16 or UTF-32?); save it as UTF-8");
            assertThat(e.message(Locale.JAPANESE)).contains("UTF-8 で保存してください");
        }
    }

    /** They were all called "empty or only null". */
    @Test
    void aListATextOrANumberAtTheRootIsSaidToBeASingleValue() {
        assertThat(refusal("[1, 2]")).isEqualTo("r.json: $: holds a single value, not a projection object { … } "
                + "(found: [ … ])");
        assertThat(refusal("\"projection\"")).endsWith("(found: projection)");
        assertThat(refusal("42")).endsWith("not a projection object { … } (found: 42)");
        assertThat(refusal("null")).isEqualTo("r.json: $: the file is empty or holds only null; expected a "
                + "projection object");
    }

    @Test
    void aLongValueIsEchoedCutAtSixtyCharacters() throws Exception {
        ObjectNode root = fixture();
        ((ObjectNode) root.get("series").get(0)).put("unit", "u".repeat(100_000));
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.parse(bytes(root), "long.json"),
                InvalidProjectionException.class);
        assertThat(e.problems()).singleElement().extracting(Problem::found)
                .isEqualTo("u".repeat(60) + "\u2026");
        assertThat(e.getMessage().length()).isLessThan(300);
    }

    @Test
    void jacksonsLimitsAreOursInWords() {
        String digits = "{\"schemaVersion\": 1" + "0".repeat(70) + "}";
        assertThat(refusal(digits)).isEqualTo("r.json: $.schemaVersion: a number has more than 64 digits");
        String deep = "{\"title\": " + "[".repeat(40) + "]".repeat(40) + "}";
        assertThat(refusal(deep)).isEqualTo("r.json: $.title" + "[0]".repeat(32)
                + ": lists or objects are nested too deeply");
        String name = "{\"" + "k".repeat(2000) + "\": 1}";
        assertThat(refusal(name)).endsWith("a field name is longer than 1000 characters");
    }

    /** Each limit is mgp's own, not Jackson's default of the day (which is 20,000,000 characters for a text). */
    @Test
    void everyReadLimitIsSetExplicitly() {
        var limits = ProjectionFiles.readConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(32);
        assertThat(limits.getMaxNumberLength()).isEqualTo(64);
        assertThat(limits.getMaxStringLength()).isEqualTo(100_000);
        assertThat(limits.getMaxNameLength()).isEqualTo(1_000);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(ProjectionFiles.MAX_BYTES);
    }

    /** Jackson is never asked to pick a class from the file ("@class"): such a field is only an unknown one. */
    @Test
    void aTypeNameInTheFileIsAnUnknownFieldNotAClassToMake() throws Exception {
        ObjectNode root = fixture();
        ((ObjectNode) root.get("series").get(0)).put("@class", "java.lang.ProcessBuilder");
        assertThat(refusal(new String(bytes(root), StandardCharsets.UTF_8))).isEqualTo("r.json: $.series[0].@class: "
                + "is not a field mgp knows; check its spelling (found: @class)");
    }

    @Test
    void anIntegerTooLargeForAYearIsAWrongKindOfValueNotInvalidJson() throws Exception {
        ObjectNode root = fixture();
        ((ObjectNode) root.get("horizon")).put("from", 99_999_999_999L);
        assertThat(refusal(new String(bytes(root), StandardCharsets.UTF_8)))
                .isEqualTo("r.json: $.horizon.from: must be a whole number");
    }

    /** Jackson named the field only after the whole object was read, by then at the file's last chart. */
    @Test
    void anUnknownFieldIsNamedAtItsOwnPath() throws Exception {
        ObjectNode root = fixture();
        ((ObjectNode) root.get("series").get(1)).put("colour", "#123456");
        assertThat(refusal(new String(bytes(root), StandardCharsets.UTF_8)))
                .isEqualTo("r.json: $.series[1].colour: is not a field mgp knows; check its spelling (found: colour)");
    }

    /** Half a character cannot be written as UTF-8: saving turned it into "?". It is refused where it stands. */
    @Test
    void halfACharacterIsRefusedAtItsPlace() throws Exception {
        ObjectNode root = fixture();
        ((ObjectNode) root.get("series").get(0).get("name")).put("en", "Market \ud800");
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.parse(bytes(root), "half.json"),
                InvalidProjectionException.class);
        assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("$.series[0].name.en");
        assertThat(e.message(Locale.ENGLISH)).contains("holds half a character");
    }

    /** 1e65 was saved as 66 plain digits, past the reader's 64; 1e-320 as 320 zeros. */
    @Test
    void extremeNumbersAreSavedSoTheyReadBack() throws Exception {
        for (double value : new double[] {1e65, 1e-320, -1.5e300, 123456.789}) {
            ObjectNode root = fixture();
            ((ObjectNode) root.get("series").get(0).get("anchors").get(0)).put("value", value);
            Projection read = ProjectionFiles.parse(bytes(root), "x.json");
            byte[] saved = ProjectionFiles.toBytes(read);
            Projection again = ProjectionFiles.parse(saved, "saved.json");
            assertThat(again).as("%s", value).isEqualTo(read);
            assertThat(again.series().get(0).anchors().get(0).value()).isEqualTo(value);
            assertThat(ProjectionFiles.toBytes(again)).isEqualTo(saved);
        }
        ObjectNode root = fixture();
        ((ObjectNode) root.get("series").get(0).get("anchors").get(0)).put("value", 1e65);
        assertThat(new String(ProjectionFiles.toBytes(ProjectionFiles.parse(bytes(root), "x.json")),
                StandardCharsets.UTF_8)).contains("\"value\": 1.0E65");
    }

    /** -0 was saved as 0, so the reopened projection differed from the one saved. */
    @Test
    void minusZeroIsReadAsZero() throws Exception {
        String text = new String(bytes(fixture()), StandardCharsets.UTF_8).replaceFirst("\"value\" : 1.5", "\"value\" : -0.0");
        assertThat(text).contains("-0.0");
        Projection read = ProjectionFiles.parse(text.getBytes(StandardCharsets.UTF_8), "z.json");
        assertThat(Double.doubleToRawLongBits(read.series().get(0).anchors().get(0).value())).isZero();
        assertThat(ProjectionFiles.parse(ProjectionFiles.toBytes(read), "saved.json")).isEqualTo(read);
    }

    @Test
    void aDerivedSeriesWithoutIdIsRefusedInWords() throws Exception {
        ObjectNode root = fixture();
        ((ObjectNode) root.get("series").get(2)).remove("id");
        assertThat(refusal(new String(bytes(root), StandardCharsets.UTF_8))).isEqualTo("r.json: $.series[2].id: is required");
    }

    /** An S-curve needs no known point; the series was saved as "anchors": [] and must read back. */
    @Test
    void aSeriesWithoutKnownPointsSavesAndReopens() throws Exception {
        ObjectNode root = fixture();
        ObjectNode a = (ObjectNode) root.get("series").get(0);
        a.remove("anchors");
        ArrayNode segments = (ArrayNode) a.get("segments");
        ObjectNode logistic = (ObjectNode) segments.get(4);
        logistic.put("from", 2020);
        segments.removeAll().add(logistic);
        ((ObjectNode) root.get("scenarios").get(1).get("overrides").get(0)).put("segment", 0);
        Projection read = ProjectionFiles.parse(bytes(root), "s.json");
        byte[] saved = ProjectionFiles.toBytes(read);
        assertThat(ProjectionFiles.parse(saved, "saved.json")).isEqualTo(read);
    }

    private static String refusal(String text) {
        return catchThrowableOfType(() -> ProjectionFiles.parse(text.getBytes(StandardCharsets.UTF_8), "r.json"),
                InvalidProjectionException.class).getMessage();
    }

    private static ObjectNode fixture() throws IOException {
        return (ObjectNode) JSON.readTree(Fixtures.FIXTURES.resolve("all-models.json").toFile());
    }

    private static byte[] bytes(ObjectNode root) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }
}
