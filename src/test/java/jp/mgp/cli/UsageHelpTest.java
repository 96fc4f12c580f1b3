package jp.mgp.cli;

import static jp.mgp.cli.MgpCliTest.runOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.mgp.cli.MgpCliTest.Run;
import jp.mgp.i18n.Bundles;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code mgp --help} and {@code mgp COMMAND --help} in the messages' language: it was English only. Every command,
 * option and parameter has a description in both usage bundles, Japanese in Japanese, and --help prints it.
 */
class UsageHelpTest {

    /** Hiragana, katakana or kanji: a Japanese description has some; an English one none. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    /** Each command of mgp, with its usage bundle in {@code language} as MgpCli sets it. */
    private static List<CommandLine> commands(Locale language) {
        CommandLine mgp = new CommandLine(new MgpCli(language));
        mgp.setResourceBundle(Bundles.get(MgpCli.USAGE_BUNDLE, language));
        List<CommandLine> all = new ArrayList<>();
        List<CommandLine> next = new ArrayList<>(List.of(mgp));
        while (!next.isEmpty()) {
            CommandLine c = next.remove(0);
            all.add(c);
            next.addAll(c.getSubcommands().values());
        }
        return all;
    }

    private static List<ArgSpec> arguments(CommandSpec spec) {
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        return args;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    @Test
    void everyOptionAndParameterIsDescribedInBothLanguages() {
        List<CommandLine> japanese = commands(Locale.JAPANESE);
        List<CommandLine> english = commands(Locale.ENGLISH);
        assertThat(japanese).hasSize(14);
        for (int c = 0; c < japanese.size(); c++) {
            CommandSpec ja = japanese.get(c).getCommandSpec();
            CommandSpec en = english.get(c).getCommandSpec();
            assertThat(String.join(" ", ja.usageMessage().description())).as(ja.qualifiedName()).containsPattern(JAPANESE);
            assertThat(String.join(" ", en.usageMessage().description())).as(en.qualifiedName()).isNotBlank()
                    .doesNotContain("使");
            List<ArgSpec> jaArgs = arguments(ja);
            List<ArgSpec> enArgs = arguments(en);
            assertThat(jaArgs).hasSize(enArgs.size());
            for (int a = 0; a < jaArgs.size(); a++) {
                String where = ja.qualifiedName() + " " + name(jaArgs.get(a));
                String jaText = String.join(" ", jaArgs.get(a).description());
                String enText = String.join(" ", enArgs.get(a).description());
                assertThat(jaText).as(where + " in Japanese").containsPattern(JAPANESE);
                assertThat(enText).as(where + " in English").isNotBlank().doesNotContainPattern(JAPANESE);
            }
        }
    }

    /** Each command's --help prints every description in the language asked for, by --lang or by the machine. */
    @Test
    void helpPrintsTheDescriptionsInTheMessagesLanguage() {
        for (Locale language : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            for (CommandLine command : commands(language)) {
                CommandSpec spec = command.getCommandSpec();
                List<String> words = new ArrayList<>(List.of(spec.qualifiedName().split(" ")));
                words.remove(0);
                words.add("--help");
                Run byMachine = runOn(language, words.toArray(String[]::new));
                words.add("--lang");
                words.add(language.getLanguage());
                Run byLang = runOn(language == Locale.JAPANESE ? Locale.US : Locale.JAPAN,
                        words.toArray(String[]::new));
                for (Run run : new Run[] {byMachine, byLang}) {
                    assertThat(run.code()).as(spec.qualifiedName()).isZero();
                    String printed = run.out().replaceAll("\\s+", "");
                    assertThat(printed).as(spec.qualifiedName()).startsWith(
                            (language == Locale.JAPANESE ? "使い方:" : "Usage:") + spec.qualifiedName().replace(" ", ""));
                    for (ArgSpec arg : arguments(spec)) {
                        assertThat(printed).as(spec.qualifiedName() + " " + name(arg))
                                .contains(String.join("", arg.description()).replaceAll("\\s+", ""));
                    }
                }
            }
        }
    }

    @Test
    void theTopHelpListsTheCommandsInJapanese() {
        Run r = runOn(Locale.JAPAN, "--help");
        assertThat(r.out()).startsWith("使い方: mgp [-hV] [COMMAND]\n").contains("\nコマンド:\n")
                .contains("  table        各系列の値を年ごとに出力します")
                .contains("  -h, --help      この使い方を表示して終了します。");
        assertThat(runOn(Locale.JAPAN, "--help", "--lang", "en").out()).startsWith("Usage: mgp [-hV] [COMMAND]\n")
                .contains("\nCommands:\n").contains("  table        Print every series' value per year");
    }
}
