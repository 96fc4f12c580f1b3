package jp.mgp.cli;

import static jp.mgp.cli.MgpCliTest.runOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest.Run;

/**
 * Arguments refused only once read (a range the wrong way round, a year outside the file, a name the file lacks) are
 * mistyped commands like any other: exit 2 and one line naming the options, in the messages' language. {@code mgp
 * table FILE --from 2040 --to 2030} exited 1, as for a file that cannot be answered.
 */
class RangeArgumentsTest {

    private static final String FILE = Fixtures.DEFAULT.toString();

    /** A mistyped command: exit 2, nothing written, and the one line {@code err}. */
    private static void refused(Run run, String err) {
        assertThat(run.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(err);
    }

    @Test
    void toBeforeFromIsAMistypedCommandNamingBothOptions() {
        refused(runOn(Locale.US, "table", FILE, "--from", "2040", "--to", "2030"),
                "mgp table: --to 2030 is before --from 2040; give a range of at least one year\n");
        refused(runOn(Locale.JAPAN, "table", FILE, "--from", "2040", "--to", "2030"),
                "mgp table: --to 2030 が --from 2040 より前です。1 年以上の範囲を指定してください\n");
    }

    @Test
    void aYearOutsideTheFileIsRefusedByItsOption() {
        refused(runOn(Locale.US, "table", FILE, "--from", "2050"),
                "mgp table: --from 2050: outside the file's years 2024\u20132040\n");
        refused(runOn(Locale.JAPAN, "table", FILE, "--to", "2020"),
                "mgp table: --to 2020: ファイルの期間 2024～2040 年の外です\n");
        // A range of one year is a range.
        Run one = runOn(Locale.US, "table", FILE, "--from", "2040", "--to", "2040");
        assertThat(one.code()).isZero();
        assertThat(one.out().split("\n")).hasSize(1 + 14);
    }

    @Test
    void aCagrBackwardsOrBetweenSignsIsRefusedByItsOptions() {
        refused(runOn(Locale.US, "solve", "cagr", "--from", "2040:35", "--to", "2034:10.8"),
                "mgp solve cagr: --to 2034 must be after --from 2040: a growth rate"
                + " joins two different years\n");
        refused(runOn(Locale.JAPAN, "solve", "cagr", "--from", "2040:35", "--to", "2040:36"),
                "mgp solve cagr: --to 2040 は --from 2040 より後の年にしてください。"
                + "成長率は異なる二つの年を結びます\n");
        refused(runOn(Locale.US, "solve", "cagr", "--from", "2030:-1", "--to", "2040:2"),
                "mgp solve cagr: --from and --to: no constant growth rate joins -1 and 2;"
                + " both must be non-zero and of the same sign\n");
        refused(runOn(Locale.JAPAN, "solve", "cagr", "--from", "2030", "--to", "2040:2"),
                "mgp solve cagr: --from は 年:値 の形で指定してください（例: 2034:10.8。"
                + "「2030」が指定されました）\n");
    }

    @Test
    void aSeriesOrScenarioTheFileLacksIsAMistypedCommand() {
        for (String solve : new String[] {"rate", "crossing", "fit"}) {
            String[] args = solve.equals("rate") ? new String[] {"solve", solve, FILE, "--series", "nope", "--reach",
                "3", "--by", "2040"} : solve.equals("crossing") ? new String[] {"solve", solve, FILE, "--series",
                "nope", "--value", "3"} : new String[] {"solve", solve, FILE, "--series", "nope"};
            Run r = runOn(Locale.US, args);
            assertThat(r.code()).as(solve).isEqualTo(MgpCli.EXIT_USAGE);
            assertThat(r.err()).as(solve).startsWith("mgp solve " + solve + ": --series nope: the file has no such"
                    + " series; it has vertical-ai, physical-ai, ").endsWith(", labour-gap-remaining\n");
        }
        refused(runOn(Locale.JAPAN, "solve", "crossing", FILE, "--series", "vertical-ai", "--value", "3",
                "--scenario", "nope"),
                "mgp solve crossing: --scenario nope: このファイルにそのシナリオはありません。"
                + "あるのは base, optimistic, pessimistic です\n");
    }

    /** --lang itself: a word other than ja or en exited 1 (validate, fmt, import) or was taken as English (table). */
    @Test
    void aLanguageOtherThanJaOrEnIsRefusedByEveryCommand() {
        for (String[] args : new String[][] {{"table", FILE}, {"sources", FILE}, {"validate", FILE}, {"fmt", FILE},
            {"simulate", FILE}, {"sensitivity", FILE, "--target", "total:2040"}, {"import", FILE, "--into", FILE},
            {"render", FILE, "--format", "csv", "--out", "x.csv"}}) {
            String[] withLang = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--lang", "fr")).toArray(String[]::new);
            Run r = runOn(Locale.US, withLang);
            assertThat(r.code()).as(args[0]).isEqualTo(MgpCli.EXIT_USAGE);
            assertThat(r.err()).as(args[0]).isEqualTo("mgp " + args[0] + ": --lang fr: the language must be ja or en\n");
        }
        assertThat(runOn(Locale.JAPAN, "table", FILE, "--lang", "fr").err())
                .isEqualTo("mgp table: --lang fr: 言語は ja か en を指定してください\n");
    }

    /** simulate's and sensitivity's refusals were picocli's with the whole usage after them; now one line. */
    @Test
    void simulateRefusesInOneLine() {
        refused(runOn(Locale.JAPAN, "simulate", FILE, "--paths", "5"),
                "mgp simulate: --paths は 100～1000000 の整数です（5 が指定されました）\n");
        refused(runOn(Locale.US, "sensitivity", FILE, "--target", "total2040"),
                "mgp sensitivity: --target must be SERIES:YEAR, such as physical-ai:2040"
                + " (found \"total2040\")\n");
    }
}
