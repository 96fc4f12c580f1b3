package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest.Run;

/**
 * {@code fmt} on real files. The shipped projection is saved by mgp, so its bytes are the canonical form that a
 * reindented copy must come back to; a version-1 file must come back as version 2 saying the same.
 */
class FmtCommandTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));

    private static byte[] shipped() throws Exception {
        return Files.readAllBytes(Fixtures.DEFAULT);
    }

    /** The shipped file as another editor might save it: four-space indent, CRLF, no final newline. */
    private static String reindented() throws Exception {
        String text = Files.readString(Fixtures.DEFAULT).stripTrailing();
        return text.replace("  ", "    ").replace("\n", "\r\n");
    }

    private static Path write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, LONG_AGO);
        return file;
    }

    @Test
    void theShippedFileIsAlreadyCanonical() throws Exception {
        // The premise of the tests below: what mgp saves is what fmt writes.
        Run r = MgpCliTest.run("fmt", "--check", Fixtures.DEFAULT.toString());

        assertThat(r.out()).startsWith(Fixtures.DEFAULT + ": unchanged\n");
        assertThat(r.code()).isZero();
    }

    @Test
    void aReindentedFileComesBackToTheCanonicalBytesAndASecondRunLeavesItAlone(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("outlook.json"), reindented());

        Run first = MgpCliTest.run("fmt", file.toString());

        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(file + ": formatted\n1 file: 1 formatted, 0 unchanged, 0 invalid, 0 failed\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(shipped());
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(LONG_AGO);

        Files.setLastModifiedTime(file, LONG_AGO);
        Run second = MgpCliTest.run("fmt", file.toString());

        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(file + ": unchanged\n1 file: 0 formatted, 1 unchanged, 0 invalid, 0 failed\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(shipped());
        assertThat(Files.getLastModifiedTime(file)).as("not rewritten").isEqualTo(LONG_AGO);
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left beside it").containsExactly(file);
        }
    }

    @Test
    void aVersionOneFileIsRewrittenAsVersionTwoSayingTheSame(@TempDir Path dir) throws Exception {
        Path v1 = Fixtures.FIXTURES.resolve("japan-ai-2040-v1.json");
        Path file = dir.resolve("old.json");
        Files.copy(v1, file);
        assertThat(Files.readString(file)).contains("\"schemaVersion\": 1,");

        Run r = MgpCliTest.run("fmt", file.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith(file + ": formatted\n");
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"schemaVersion\": 2,\n").endsWith("}\n");
        assertThat(Fixtures.fixture("japan-ai-2040-v1.json")).isEqualTo(jp.mgp.io.json.ProjectionFiles.read(file));
        assertThat(MgpCliTest.run("fmt", "--check", file.toString()).code()).as("now canonical").isZero();
    }

    @Test
    void checkOnACanonicalFileExitsZeroAndTouchesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("canonical.json");
        Files.copy(Fixtures.DEFAULT, file);
        Files.setLastModifiedTime(file, LONG_AGO);

        Run r = MgpCliTest.run("fmt", file.toString(), "--check");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(file + ": unchanged\n"
                + "1 file: 0 would be reformatted, 1 unchanged, 0 invalid, 0 failed\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(shipped());
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
    }

    @Test
    void checkListsTheFilesThatWouldChangeExitsOneAndWritesNothing(@TempDir Path dir) throws Exception {
        Path canonical = dir.resolve("a.json");
        Files.copy(Fixtures.DEFAULT, canonical);
        Path untidy = write(dir.resolve("b.json"), reindented());
        byte[] before = Files.readAllBytes(untidy);

        Run r = MgpCliTest.run("fmt", "--check", dir.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(canonical + ": unchanged\n" + untidy + ": would be reformatted\n"
                + "2 files: 1 would be reformatted, 1 unchanged, 0 invalid, 0 failed\n");
        assertThat(Files.readAllBytes(untidy)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(untidy)).isEqualTo(LONG_AGO);
    }

    @Test
    void anInvalidFileIsRefusedWithItsProblemsAndLeftAsItWasWhileTheOthersAreFormatted(@TempDir Path dir)
            throws Exception {
        Path bad = write(dir.resolve("a-bad.json"), ValidateManyFilesTest.brokenRate());
        byte[] badBefore = Files.readAllBytes(bad);
        Path untidy = write(dir.resolve("b-untidy.json"), reindented());

        Run r = MgpCliTest.run("fmt", dir.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().split("\n")).containsExactly(
                bad + ": invalid, left as it was (1 problem)",
                "    $.series[2].segments[0].rate: series “Multipurpose robot market (global)”, segment 2024–2040: the "
                        + "growth rate must be greater than -100 % a year (-1.0); a rate of -100 % or less leaves "
                        + "nothing to grow (found: -1.5)",
                untidy + ": formatted",
                "2 files: 1 formatted, 0 unchanged, 1 invalid, 0 failed");
        assertThat(Files.readAllBytes(bad)).isEqualTo(badBefore);
        assertThat(Files.getLastModifiedTime(bad)).isEqualTo(LONG_AGO);
        assertThat(Files.readAllBytes(untidy)).isEqualTo(shipped());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonAtAllIsRefusedWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path junk = write(dir.resolve("junk.json"), "{\"schemaVersion\": 2, \"title\": ");

        Run r = MgpCliTest.run("fmt", junk.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith(junk + ": invalid, left as it was (").doesNotContain("Exception");
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(junk)).isEqualTo("{\"schemaVersion\": 2, \"title\": ");
    }

    @Test
    void aLinkedFileIsFormattedWhereItLivesAndTheLinkStays(@TempDir Path dir) throws Exception {
        Path real = write(dir.resolve("real.json"), reindented());
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());

        Run r = MgpCliTest.run("fmt", link.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith(link + ": formatted\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(shipped());
    }

    @Test
    void theReportIsInJapaneseWithLangJa(@TempDir Path dir) throws Exception {
        Path bad = write(dir.resolve("a.json"), ValidateManyFilesTest.brokenRate());
        Path untidy = write(dir.resolve("b.json"), reindented());

        Run r = MgpCliTest.run("fmt", "--lang", "ja", "--check", bad.toString(), untidy.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().split("\n")).containsExactly(
                bad + ": 無効なため変更しません（問題 1 件）",
                "    $.series[2].segments[0].rate: 系列「多用途ロボット市場（世界）」の 2024–2040 年の区間: 成長率は年 "
                        + "-100 %（-1.0）より大きくなければなりません。-100 % 以下では何も残りません（値: -1.5）",
                untidy + ": 整形が必要です",
                "2 ファイル: 整形が必要 1、変更なし 0、無効 1、失敗 0");
    }

    @Test
    void noFileIsAUsageError() {
        Run r = MgpCliTest.run("fmt", "--check");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter").contains("FILE");
    }
}
