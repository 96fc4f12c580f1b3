package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.mgp.Fixtures;

/**
 * A broken file is explained in the window's language, naming the place in words (the series' name, the
 * segment's years) with the JSON path as detail, and in mgp's words, never Jackson's.
 */
class FileProblemsInWordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static InvalidProjectionException broken(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(Fixtures.DEFAULT));
        edit.accept(root);
        return catchThrowableOfType(() -> ProjectionFiles.parse(JSON.writeValueAsBytes(root), "f.json"),
                InvalidProjectionException.class);
    }

    @Test
    void aTypeErrorNamesTheSeriesAndTheSegmentsYearsInJapanese() throws Exception {
        InvalidProjectionException e = broken(r -> ((ObjectNode) r.at("/series/0/segments/0")).put("rate", "fast"));
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("系列「バーティカルAI市場（世界）」の 2024–2034 年の区間: "
                + "数値でなければなりません（値: fast）\n    （$.series[0].segments[0].rate）");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("series \u201cVertical AI market (global)\u201d, segment "
                + "2024\u20132034: must be a number (found: fast)\n    ($.series[0].segments[0].rate)");
        // The CLI's line keeps its shape: file, JSON path, message, value.
        assertThat(e.getMessage()).isEqualTo("f.json: $.series[0].segments[0].rate: must be a number (found: fast)");
    }

    @Test
    void aRateTheModelRefusesIsWordedByTheModelInBothLanguages() throws Exception {
        InvalidProjectionException e = broken(r -> ((ObjectNode) r.at("/series/0/segments/0")).put("rate", -2.0));
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("系列「バーティカルAI市場（世界）」の 2024–2034 年の区間: "
                + "成長率は年 -100 %（-1.0）より大きくなければなりません。-100 % 以下では何も残りません（値: -2.0）\n"
                + "    （$.series[0].segments[0].rate）");
        assertThat(e.message(Locale.ENGLISH)).startsWith("series \u201cVertical AI market (global)\u201d, segment "
                + "2024\u20132034: the growth rate must be greater than -100 % a year");
    }

    @Test
    void malformedUtf8IsExplainedWithItsLineAndColumnNotJacksonsWords() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("{\n  \"title\": {\"ja\": \"".getBytes(StandardCharsets.US_ASCII));
        // 0xE3 starts a three-byte character; '{' (0x7b) cannot continue it: "Invalid UTF-8 middle byte 0x7b".
        out.write(new byte[] {(byte) 0xE3, 0x7b});
        out.write("\"}}".getBytes(StandardCharsets.US_ASCII));
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.parse(out.toByteArray(),
                "latin.json"), InvalidProjectionException.class);
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("ファイルの表題: 2 行 22 列目が JSON として正しくありません: "
                + "UTF-8 の文字ではないバイトがあります。ファイルを UTF-8 で保存してください\n    （$.title.ja）");
        assertThat(e.getMessage()).isEqualTo("latin.json: $.title.ja: is not valid JSON at line 2, column 22: a byte there is "
                + "not UTF-8 text; save the file as UTF-8").doesNotContain("0x7b");
    }

    @Test
    void aStrayCharacterAndATokenWithoutQuotesAreNamed() {
        InvalidProjectionException stray = catchThrowableOfType(() -> ProjectionFiles.parse(
                "{\n  \"title\": }".getBytes(StandardCharsets.UTF_8), "x.json"), InvalidProjectionException.class);
        assertThat(stray.message(Locale.JAPANESE)).startsWith("ファイルの表題: 2 行 12 列目が JSON として正しくありません: "
                + "値・カンマ・閉じかっこがあるべき所に「}」があります");
        InvalidProjectionException bare = catchThrowableOfType(() -> ProjectionFiles.parse(
                "{\"title\": fast}".getBytes(StandardCharsets.UTF_8), "y.json"), InvalidProjectionException.class);
        assertThat(bare.message(Locale.ENGLISH)).contains("found \u201cfast\u201d, which is not a JSON value");
    }
}
