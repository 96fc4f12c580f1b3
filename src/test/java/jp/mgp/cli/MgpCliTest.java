package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.mgp.Fixtures;

/** The commands run in-process, as a script would call them. */
public class MgpCliTest {

    private static final String FILE = Fixtures.DEFAULT.toString();

    public record Run(int code, String out, String err) {
    }

    /**
     * The command line as on an English machine, whatever the machine running the tests (CI runs them on a Japanese
     * one too): without --lang its messages are English.
     */
    public static Run run(String... args) {
        return runOn(Locale.US, args);
    }

    /** The command line as on a machine whose language is {@code machine}. */
    public static Run runOn(Locale machine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MgpCli.run(args, machine, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The version comes from the build, so the jar, the installer and --version name the same one. */
    @Test
    void versionIsThePomsVersion() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(System.getProperty("mgp.pom.version")).as("set by the pom for the tests").matches("\\d+\\.\\d+.*");
        assertThat(r.out()).isEqualTo("mgp " + System.getProperty("mgp.pom.version") + "\n");
    }

    @Test
    void tableCsvHasTheAgreedHeaderAndOneRowPerSeriesYear() {
        Run r = run("table", FILE);
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("series,year,value,unit,kind");
        assertThat(lines).hasSize(1 + 14 * 17);
        assertThat(r.out()).contains("vertical-ai,2034,10.8,jpy-tn,sourced\n")
                .contains("vertical-ai,2040,34.916058,jpy-tn,derived\n")
                .contains("physical-ai,2040,54.815876,jpy-tn,derived\n")
                .contains("labour-gap,2040,2000000,people,sourced\n")
                .contains("digital-deficit,2031,-10.69,jpy-tn,assumption\n");
    }

    @Test
    void tableHonoursScenarioYearsAndFormat() {
        Run r = run("table", FILE, "--scenario", "optimistic", "--format", "tsv", "--from", "2039", "--to", "2040");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("series\tyear\tvalue\tunit\tkind\n")
                .contains("vertical-ai\t2040\t44.465788\tjpy-tn\tassumption\n");
        assertThat(r.out().split("\n")).hasSize(1 + 14 * 2);
    }

    @Test
    void tableTextIsAlignedWithKindMarks() {
        Run r = run("table", FILE, "--format", "text", "--from", "2034", "--to", "2034");
        assertThat(r.out()).contains("2034").contains("10.8 S")
                .endsWith("S sourced, D derived by the source's stated rule, A assumption; scenario base\n");
    }

    /**
     * With --lang ja the text table is Japanese throughout: it printed the units in Japanese but its header "year"
     * and the line that says what S, D and A mean in English; then the marks themselves stayed the English letters
     * S, D and A under a Japanese legend, and the unit took half-width brackets. Its columns line up on screen,
     * where a Japanese character takes two columns.
     */
    @Test
    void tableTextInJapaneseIsJapaneseThroughout() {
        Run r = run("table", FILE, "--format", "text", "--from", "2034", "--to", "2035", "--lang", "ja");
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0].strip()).startsWith("\u5e74 ").contains("vertical-ai\uff08\u5146\u5186\uff09");
        // 2034: vertical-ai is the GMI figure (sourced), physical-ai back-cast by Acumen's rate (derived),
        // multipurpose robots an assumption; 2035 is physical-ai's Acumen figure.
        assertThat(lines[1]).startsWith("2034").contains("10.8 \u51fa", "9.3 \u5c0e", "12.4 \u4eee");
        assertThat(lines[2]).startsWith("2035").contains("13.1 \u5c0e", "12.5 \u51fa");
        assertThat(lines[3]).isEqualTo("\u51fa\uff1d\u51fa\u6240\u3001\u5c0e\uff1d\u51fa\u6240\u306e"
                + "\u898f\u5247\u306b\u3088\u308b\u5c0e\u51fa\u3001\u4eee\uff1d\u4eee\u5b9a"
                + "\uff08\u30b7\u30ca\u30ea\u30aa base\uff09");
        assertThat(TableCommand.columns(lines[0])).isEqualTo(TableCommand.columns(lines[1]))
                .isEqualTo(TableCommand.columns(lines[2]));
        assertThat(r.out()).doesNotContain("year").doesNotContain("sourced").doesNotContain(" S ")
                .doesNotContain(" D ").doesNotContain(" A ").doesNotContain("(");
    }

    /** The English table keeps its letters and brackets; the csv and tsv tables are for machines and never change. */
    @Test
    void tableTextInEnglishKeepsItsLetters() {
        Run r = run("table", FILE, "--format", "text", "--from", "2034", "--to", "2034", "--lang", "en");
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).contains("vertical-ai (\u00a5 tn)");
        assertThat(lines[1]).contains("10.8 S", "9.3 D", "12.4 A");
        assertThat(lines[0].length()).isEqualTo(lines[1].length());
        assertThat(run("table", FILE, "--format", "csv", "--from", "2034", "--to", "2034", "--lang", "ja").out())
                .isEqualTo(run("table", FILE, "--format", "csv", "--from", "2034", "--to", "2034").out());
    }

    /**
     * A number option given words is refused by name in --lang's language, as mgp's other refusals are: picocli
     * answered "Invalid value for option '--seed': 'abc' is not a long" (a Java type's name) over the whole usage,
     * in English whatever --lang asked for.
     */
    @Test
    void aWholeNumberOptionGivenWordsIsRefusedByName() {
        Run seed = run("simulate", FILE, "--seed", "abc", "--lang", "ja");
        assertThat(seed.code()).isEqualTo(2);
        assertThat(seed.err()).isEqualTo("mgp simulate: --seed: \u300cabc\u300d\u306f\u6574\u6570\u3067\u306f"
                + "\u3042\u308a\u307e\u305b\u3093\n");
        Run from = run("table", FILE, "--from", "2030.5");
        assertThat(from.code()).isEqualTo(2);
        assertThat(from.err()).isEqualTo("mgp table: --from: \u201c2030.5\u201d is not a whole number\n");
        Run paths = run("simulate", FILE, "--paths=many");
        assertThat(paths.err()).isEqualTo("mgp simulate: --paths: \u201cmany\u201d is not a whole number\n");
    }

    @Test
    void anUnknownScenarioIsNamed() {
        Run r = run("table", FILE, "--scenario", "nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mgp table: --scenario nope: the file has no such scenario; it has base, optimistic,"
                + " pessimistic\n");
    }

    @Test
    void validateAcceptsTheDefault() {
        Run r = run("validate", FILE);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("valid (14 series, 3 scenarios, 2024-2040)");
    }

    @Test
    void validatePrintsOneLinePerProblemWithFilePathAndValue(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Fixtures.DEFAULT).replace("\"rate\": 0.3,", "\"rate\": -1.5,")
                .replace("\"to\": 2040\n  },", "\"to\": 2000\n  },"));
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim().split("\n")).containsExactlyInAnyOrder(
                bad + ": $.horizon.to: must not be before the horizon's first year (2024) (found: 2000)",
                bad + ": $.series[2].segments[0].rate: the growth rate must be greater than -100 % a year (-1.0); a "
                        + "rate of -100 % or less leaves nothing to grow (found: -1.5)");
    }

    @Test
    void validateInJapaneseNamesTheSeriesAndSegmentYears(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Fixtures.DEFAULT).replace("\"rate\": 0.3,", "\"rate\": -1.5,"));
        Run r = run("validate", bad.toString(), "--lang", "ja");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo(bad + ": $.series[2].segments[0].rate: 系列「多用途ロボット市場（世界）」の "
                + "2024–2040 年の区間: 成長率は年 -100 %（-1.0）より大きくなければなりません。-100 % 以下では何も残りません"
                + "（値: -1.5）");
    }

    @Test
    void validateNamesAMissingFile() {
        Run r = run("validate", "no/such/file.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no/such/file.json: $: the file does not exist");
    }

    @Test
    void solveCagrReproducesTheSeedRate() {
        Run r = run("solve", "cagr", "--from", "2034:10.8", "--to", "2040:35.0");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("CAGR 2034-2040: 21.65 %/yr");
    }

    @Test
    void solveRateFindsTheRateForATarget() {
        Run r = run("solve", "rate", FILE, "--series", "vertical-ai", "--reach", "35.0", "--by", "2040");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("with rate 21.65 %/yr").contains("segment 1 (compound, 2034-2040, now 21.60 %/yr)");
    }

    @Test
    void solveCrossingAnswersNeverPlainly() {
        Run yes = run("solve", "crossing", FILE, "--series", "physical-ai", "--value", "12.5");
        assertThat(yes.out()).contains("reaches 12.5 in 2035.00");
        Run never = run("solve", "crossing", FILE, "--series", "vertical-ai", "--value", "100");
        assertThat(never.code()).isZero();
        assertThat(never.out()).contains("never reaches 100 within 2024-2040");
    }

    @Test
    void solveFitUsesTheAnchors() {
        Run r = run("solve", "fit", FILE, "--series", "vertical-ai");
        assertThat(r.out()).contains("21.65 %/yr fitted to 2 anchors");
    }

    @Test
    void sourcesListEverySourcedPointWithItsCitation() {
        Run r = run("sources", FILE);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("vertical-ai 2034 ¥10.8 tn")
                .contains("Global Market Insights, \"Vertical AI Market Global Forecast 2025-2034\"")
                .contains("[002_3dadbe7a501d20c9.txt:216]")
                .contains("labour-gap 2040 2.0 m people")
                .contains("reference crude-oil-imports")
                .contains("[004_70d1c788e3e3de2a.txt:642]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "validate", "solve", "sources"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: mgp " + command);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("table").code()).isEqualTo(2);
        assertThat(run("solve", "cagr", "--from", "2034:10.8").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        Run r = run("solve", "cagr", "--from", "x", "--to", "2040:1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mgp solve cagr: --from must be YEAR:VALUE, such as 2034:10.8 (found \u201cx\u201d)\n");
    }

    /** A failure of mgp's own reaches the user as one line in their language, without a class name or stack trace. */
    @Test
    void aFailureOfMgpsOwnIsOneLineInTheUsersLanguage() {
        StringWriter en = new StringWriter();
        picocli.CommandLine render = new picocli.CommandLine(new MgpCli(Locale.ENGLISH)).getSubcommands().get("render");
        render.setErr(new PrintWriter(en, true));
        Exception failure = new java.io.UncheckedIOException("cannot read the bundled font /assets/fonts/ipaexg.ttf",
                new java.io.IOException("Problem reading font data."));
        MgpCli.unexpected(failure, render, Locale.ENGLISH);
        assertThat(en.toString()).isEqualTo("mgp render: stopped by a problem in mgp itself (cannot read the bundled "
                + "font /assets/fonts/ipaexg.ttf). Please report it; run again with -Dmgp.debug=true to see the "
                + "details." + System.lineSeparator());

        StringWriter ja = new StringWriter();
        render.setErr(new PrintWriter(ja, true));
        MgpCli.unexpected(new IllegalStateException(null, new java.io.IOException("disk gone")), render,
                Locale.JAPANESE);
        assertThat(ja.toString()).isEqualTo("mgp render: mgp自体の問題で止まりました（disk gone）。ご報告ください。"
                + "-Dmgp.debug=true を付けて実行すると詳細が表示されます。" + System.lineSeparator());
        assertThat(en.toString() + ja.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
