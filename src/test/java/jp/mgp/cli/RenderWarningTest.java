package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest.Run;

/**
 * render says on standard error which years it wrote empty because the engine could not compute them, in the
 * messages' language, one line per warning, and still writes the files and exits 0: it printed only "wrote …" for a
 * deck whose digital-deficit line had a gap over 2025-2029.
 */
class RenderWarningTest {

    private static final String JA = "警告: シナリオ base: 系列「デジタル赤字（日本、マイナスで表示）」: "
            + "5年分の値を計算できませんでした（始めの値と符号が逆の目標値、または数値の範囲を超える値）\n";
    private static final String EN = "warning: scenario base: series \u201cDigital deficit (Japan, shown below "
            + "zero)\u201d: 5 year(s) could not be computed (a target of the opposite sign to the start value, or a "
            + "value beyond the range of numbers)\n";

    @Test
    void aJapaneseDeckIsWrittenAndTheWarningPrintedInJapanese(@TempDir Path dir) throws Exception {
        Path file = Fixtures.deficitTypedPositive(dir);
        Path deck = dir.resolve("deck.pptx");
        Run r = MgpCliTest.runOn(Locale.US, "render", file.toString(), "--format", "pptx", "--out", deck.toString(),
                "--lang", "ja");
        assertThat(r.code()).isZero();
        assertThat(deck).isNotEmptyFile();
        assertThat(r.out()).isEqualTo(deck + " に書き出しました\n");
        assertThat(r.err()).isEqualTo(file + ": " + JA);
    }

    @Test
    void anEnglishTableNamesItsScenarioAndAWorkbookEveryScenario(@TempDir Path dir) throws Exception {
        Path file = Fixtures.deficitTypedPositive(dir);
        Path csv = dir.resolve("table.csv");
        Run r = MgpCliTest.runOn(Locale.US, "render", file.toString(), "--format", "csv", "--out", csv.toString());
        assertThat(r.code()).isZero();
        assertThat(csv).isNotEmptyFile();
        assertThat(r.err()).isEqualTo(file + ": " + EN);
        Path book = dir.resolve("book.xlsx");
        Run x = MgpCliTest.runOn(Locale.JAPAN, "render", file.toString(), "--format", "xlsx", "--out", book.toString());
        assertThat(x.code()).isZero();
        assertThat(book).isNotEmptyFile();
        assertThat(x.err()).isEqualTo(file + ": " + JA + file + ": " + JA.replace("base", "optimistic") + file
                + ": " + JA.replace("base", "pessimistic"));
    }

    @Test
    void theShippedFileRendersWithoutAWord(@TempDir Path dir) {
        Path deck = dir.resolve("deck.pptx");
        Run r = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "pptx", "--out", deck.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
