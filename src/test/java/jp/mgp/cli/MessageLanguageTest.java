package jp.mgp.cli;

import static jp.mgp.cli.MgpCliTest.runOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest.Run;

/**
 * The command line's messages are in one language, decided in one place: --lang when given, else the machine's if
 * Japanese, else English. They were English without --lang even on a Japanese machine. What a command writes (a
 * table, the deck, the sources) stays English without --lang, as a Japanese machine often makes an English deck.
 * The machine's language is stated in each test, never inherited from the one running it.
 */
class MessageLanguageTest {

    private static final String FILE = Fixtures.DEFAULT.toString();
    private static final String MISSING_JA = "no/such/file.json: $: ファイル: ファイルがありません"
            + "（移動・名前の変更・削除されましたか？）\n";

    @Test
    void langWinsElseAJapaneseMachineElseEnglish() {
        assertThat(MessageLanguage.decide(null, Locale.JAPAN)).isEqualTo(Locale.JAPANESE);
        assertThat(MessageLanguage.decide(null, Locale.JAPANESE)).isEqualTo(Locale.JAPANESE);
        assertThat(MessageLanguage.decide(null, Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(MessageLanguage.decide(null, Locale.FRANCE)).isEqualTo(Locale.ENGLISH);
        assertThat(MessageLanguage.decide(Locale.ENGLISH, Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
        assertThat(MessageLanguage.decide(Locale.JAPANESE, Locale.US)).isEqualTo(Locale.JAPANESE);
        assertThat(MessageLanguage.of(new String[] {"table", "f", "--lang=en"}, Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
        // A --lang that is no language is refused itself; until then the machine's language words the messages.
        assertThat(MessageLanguage.of(new String[] {"table", "--lang", "fr"}, Locale.JAPAN)).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void aMissingFileIsNamedInTheMachinesLanguage() {
        Run ja = runOn(Locale.JAPAN, "table", "no/such/file.json");
        assertThat(ja.code()).isEqualTo(MgpCli.EXIT_PROBLEM);
        assertThat(ja.err()).isEqualTo(MISSING_JA);
        Run en = runOn(Locale.US, "table", "no/such/file.json");
        assertThat(en.err()).isEqualTo("no/such/file.json: $: the file does not exist (moved, renamed or deleted?)\n");
        // --lang decides over the machine's language, both ways.
        assertThat(runOn(Locale.JAPAN, "table", "no/such/file.json", "--lang", "en").err()).isEqualTo(en.err());
        assertThat(runOn(Locale.US, "sources", "no/such/file.json", "--lang", "ja").err()).isEqualTo(MISSING_JA);
    }

    @Test
    void aMistypedArgumentIsRefusedInTheMachinesLanguage() {
        Run ja = runOn(Locale.JAPAN, "table", FILE, "--from", "2030.5");
        assertThat(ja.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(ja.err()).isEqualTo("mgp table: --from: 「2030.5」は整数ではありません\n");
        assertThat(runOn(Locale.US, "table", FILE, "--from", "2030.5").err())
                .isEqualTo("mgp table: --from: \u201c2030.5\u201d is not a whole number\n");
        assertThat(runOn(Locale.JAPAN, "render", FILE, "--format", "doc", "--out", "x.doc").err())
                .isEqualTo("mgp render: --format doc: mgp が書き出せる形式は pptx、pdf、svg、png、xlsx、csv です\n");
        assertThat(runOn(Locale.JAPAN, "render", FILE, "--format", "doc", "--lang", "en").err())
                .isEqualTo("mgp render: --format doc: mgp writes pptx, pdf, svg, png, xlsx or csv\n");
    }

    /** What picocli refuses by itself (an unknown word, a missing argument) is Japanese on a Japanese machine too. */
    @Test
    void aMistypedCommandIsToldInTheMachinesLanguage() {
        Run unknown = runOn(Locale.JAPAN, "tabel", FILE);
        assertThat(unknown.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(unknown.err()).isEqualTo("mgp: このコマンドにない引数です: tabel " + FILE + "\nもしかして: table\n");
        assertThat(runOn(Locale.US, "tabel", FILE).err()).startsWith("Unmatched arguments from index 0: 'tabel'")
                .contains("Did you mean: mgp table?");
        Run missing = runOn(Locale.JAPAN, "render", FILE);
        assertThat(missing.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(missing.err()).startsWith("mgp render: 次の指定がありません: --format FORMAT\n使い方: mgp render ");
        assertThat(runOn(Locale.JAPAN, "table").err()).startsWith("mgp table: 次の指定がありません: FILE\n使い方: mgp table ");
        Run format = runOn(Locale.JAPAN, "table", FILE, "--format", "xls");
        assertThat(format.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(format.err()).isEqualTo("mgp table: --format: 「xls」は csv, tsv, text のいずれでもありません\n");
        assertThat(runOn(Locale.US, "simulate", FILE, "--format", "tsv").err())
                .isEqualTo("mgp simulate: --format: \u201ctsv\u201d is not one of csv, text\n");
        assertThat(runOn(Locale.JAPAN, "solve").err()).startsWith("mgp solve: 何を求めるかを指定してください: cagr、rate、"
                + "crossing、fit のいずれか\n使い方: mgp solve ");
    }

    @Test
    void theOneLineReportsFollowTheMachinesLanguage(@TempDir Path dir) throws Exception {
        assertThat(runOn(Locale.JAPAN, "validate", FILE).out())
                .isEqualTo(FILE + ": 有効（系列 14、シナリオ 3、2024～2040 年）\n");
        assertThat(runOn(Locale.US, "validate", FILE).out())
                .isEqualTo(FILE + ": valid (14 series, 3 scenarios, 2024-2040)\n");
        Path copy = dir.resolve("copy.json");
        Files.copy(Fixtures.DEFAULT, copy);
        Run fmt = runOn(Locale.JAPAN, "fmt", "--check", copy.toString());
        assertThat(fmt.out()).isEqualTo(copy + ": 変更なし\n1 ファイル: 整形が必要 0、変更なし 1、無効 0、失敗 0\n");
        Run csv = runOn(Locale.JAPAN, "render", FILE, "--format", "csv", "--out", dir.resolve("t.csv").toString());
        assertThat(csv.out()).isEqualTo(dir.resolve("t.csv") + " に書き出しました\n");
    }

    /** A Japanese machine's table, sources and text formats stay English without --lang: only messages follow it. */
    @Test
    void whatACommandWritesStaysEnglishWithoutLang() {
        Run table = runOn(Locale.JAPAN, "table", FILE, "--format", "text", "--from", "2034", "--to", "2034");
        assertThat(table.out()).isEqualTo(runOn(Locale.US, "table", FILE, "--format", "text", "--from", "2034",
                "--to", "2034").out()).startsWith("year").contains("vertical-ai (\u00a5 tn)");
        Run sources = runOn(Locale.JAPAN, "sources", FILE);
        assertThat(sources.out()).startsWith("vertical-ai 2034 \u00a510.8 tn\n")
                .isEqualTo(runOn(Locale.US, "sources", FILE).out());
        Run simulate = runOn(Locale.JAPAN, "simulate", FILE, "--paths", "100", "--format", "text");
        assertThat(simulate.out()).startsWith("Simulated: 100 paths");
    }

    /** The entry main uses reads the machine's language from the default locale. */
    @Test
    void mainsEntryTakesTheDefaultLocaleAsTheMachines() {
        Locale before = Locale.getDefault();
        try {
            for (Locale machine : new Locale[] {Locale.JAPAN, Locale.US}) {
                Locale.setDefault(machine);
                StringWriter err = new StringWriter();
                int code = MgpCli.run(new String[] {"table", "no/such/file.json"}, new PrintWriter(new StringWriter()),
                        new PrintWriter(err));
                assertThat(code).isEqualTo(MgpCli.EXIT_PROBLEM);
                assertThat(err.toString()).isEqualTo(runOn(machine, "table", "no/such/file.json").err());
            }
            assertThat(MgpCliTest.run("table", "no/such/file.json").err()).doesNotContain("ファイル");
        } finally {
            Locale.setDefault(before);
        }
    }
}
