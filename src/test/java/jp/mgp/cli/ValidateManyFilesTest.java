package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest.Run;

/** {@code validate} over several files and folders: a verdict per file, a summary, exit 1 if any is invalid. */
class ValidateManyFilesTest {

    /** The shipped file with series 2's first growth rate made impossible (-150 % a year). */
    static String brokenRate() throws Exception {
        return Files.readString(Fixtures.DEFAULT).replace("\"rate\": 0.3,", "\"rate\": -1.5,");
    }

    @Test
    void aFolderGetsAVerdictPerFileInNameOrderAndASummary(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("a-good.json");
        Path bad = dir.resolve("b-bad.json");
        Files.copy(Fixtures.DEFAULT, good);
        Files.writeString(bad, brokenRate());
        // Not scenarios of this folder: another kind of file, an editor's hidden file, a sub-folder's file.
        Files.writeString(dir.resolve("notes.txt"), "not json");
        Files.writeString(dir.resolve(".c-hidden.json"), "{");
        Files.createDirectory(dir.resolve("old"));
        Files.writeString(dir.resolve("old").resolve("d-broken.json"), "{");

        Run r = MgpCliTest.run("validate", dir.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().split("\n")).containsExactly(
                good + ": valid (14 series, 3 scenarios, 2024-2040)",
                bad + ": invalid (1 problem)",
                "    $.series[2].segments[0].rate: series “Multipurpose robot market (global)”, segment 2024–2040: the growth "
                        + "rate must be greater than -100 % a year (-1.0); a rate of -100 % or less leaves nothing to "
                        + "grow (found: -1.5)",
                "2 files: 1 valid, 1 invalid");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void allValidFilesExitZero(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("one.json");
        Path second = dir.resolve("two.json");
        Files.copy(Fixtures.DEFAULT, first);
        Files.copy(Fixtures.FIXTURES.resolve("japan-ai-2040-v1.json"), second);

        Run r = MgpCliTest.run("validate", first.toString(), second.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).endsWith("2 files: 2 valid, 0 invalid\n")
                .contains(second + ": valid (5 series, 3 scenarios, 2024-2040)\n");
    }

    @Test
    void aMissingFileAmongOthersIsInvalidAndTheOthersAreStillChecked(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.copy(Fixtures.DEFAULT, good);
        Path missing = dir.resolve("gone.json");

        Run r = MgpCliTest.run("validate", missing.toString(), good.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().split("\n")).containsExactly(
                missing + ": invalid (1 problem)",
                "    $: the file: the file does not exist (moved, renamed or deleted?)",
                good + ": valid (14 series, 3 scenarios, 2024-2040)",
                "2 files: 1 valid, 1 invalid");
    }

    @Test
    void aFileNamedTwiceIsCheckedOnce(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.DEFAULT, dir.resolve("only.json"));

        Run r = MgpCliTest.run("validate", dir.toString(), dir.resolve("only.json").toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).endsWith("1 file: 1 valid, 0 invalid\n");
    }

    @Test
    void theReportIsInJapaneseWithLangJa(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("a.json");
        Path bad = dir.resolve("b.json");
        Files.copy(Fixtures.DEFAULT, good);
        Files.writeString(bad, brokenRate());

        Run r = MgpCliTest.run("validate", dir.toString(), "--lang", "ja");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().split("\n")).containsExactly(
                good + ": 有効（系列 14、シナリオ 3、2024～2040 年）",
                bad + ": 無効（問題 1 件）",
                "    $.series[2].segments[0].rate: 系列「多用途ロボット市場（世界）」の 2024–2040 年の区間: 成長率は年 "
                        + "-100 %（-1.0）より大きくなければなりません。-100 % 以下では何も残りません（値: -1.5）",
                "2 ファイル: 有効 1、無効 1");
    }

    @Test
    void aFolderWithoutScenariosIsAnErrorNotASilentPass(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "nothing here");

        Run r = MgpCliTest.run("validate", dir.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("mgp validate: the folder " + dir + " holds no .json files; nothing was checked\n");
    }

    @Test
    void noFileIsAUsageError() {
        Run r = MgpCliTest.run("validate");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter").contains("FILE");
    }
}
