package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest.Run;

/**
 * The engine's warning that validate prints (years it could not compute) is worded in the messages' language and
 * names the series in words: with --lang ja it was "scenario base: digital-deficit: 1 year(s) could not be computed
 * (…)" under a Japanese verdict. It counts the years left without a value (2025 to 2029 here), not the one step
 * that failed.
 */
class ValidateWarningLanguageTest {

    @Test
    void theWarningIsJapaneseWithLangJa(@TempDir Path dir) throws Exception {
        Path file = Fixtures.deficitTypedPositive(dir);
        Run r = MgpCliTest.run("validate", file.toString(), "--lang", "ja");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith(file + ": 警告: シナリオ base: 系列「デジタル赤字（日本、マイナスで表示）」: "
                + "5年分の値を計算できませんでした（始めの値と符号が逆の目標値、または数値の範囲を超える値）\n")
                .contains(file + ": 警告: シナリオ pessimistic: 系列「デジタル赤字（日本、マイナスで表示）」: ")
                .endsWith(file + ": 有効（系列 14、シナリオ 3、2024～2040 年、警告 3 件）\n")
                .doesNotContain("scenario").doesNotContain("could not");
    }

    @Test
    void theWarningIsEnglishOnAnEnglishMachineAndInTheManyFileReport(@TempDir Path dir) throws Exception {
        Path file = Fixtures.deficitTypedPositive(dir);
        Run r = MgpCliTest.runOn(Locale.US, "validate", file.toString());
        assertThat(r.out()).startsWith(file + ": warning: scenario base: series \u201cDigital deficit (Japan, shown "
                + "below zero)\u201d: 5 year(s) could not be computed (a target of the opposite sign to the start "
                + "value, or a value beyond the range of numbers)\n");
        Run folder = MgpCliTest.runOn(Locale.JAPAN, "validate", dir.toString());
        assertThat(folder.out()).contains("    警告: シナリオ optimistic: 系列「デジタル赤字（日本、マイナスで表示）」: 5年分の値を");
    }
}
