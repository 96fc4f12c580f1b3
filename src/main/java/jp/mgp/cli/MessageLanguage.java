package jp.mgp.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one place that decides the language of the command line's messages (refusals, errors, warnings, the one-line
 * reports and the usage help): {@code --lang} when it is given, else the machine's language when it is Japanese,
 * else English. A strategist on a Japanese machine who mistypes an argument is told so in Japanese without asking.
 * <p>
 * The language of what a command writes (the deck, a table's headers, the sources) is another matter: it is
 * {@code --lang} when given and English otherwise ({@link #content}), as a Japanese machine often makes an English
 * deck. The machine's language is passed in ({@link MgpCli#run(String[], Locale, java.io.PrintWriter,
 * java.io.PrintWriter)}), so that tests can state it instead of inheriting the machine's.
 */
final class MessageLanguage {

    private MessageLanguage() {
    }

    /** The messages' language: {@code lang} (from {@code --lang}) when given, else the machine's if Japanese. */
    static Locale decide(Locale lang, Locale machine) {
        if (lang != null) {
            return lang;
        }
        return machine != null && "ja".equals(machine.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** The messages' language of the command {@code spec} runs, whose {@code --lang} read {@code lang} (or null). */
    static Locale of(CommandSpec spec, Locale lang) {
        return decide(lang, machine(spec));
    }

    /**
     * The messages' language among raw arguments, for a refusal made before or while picocli reads them (its
     * {@code --lang} may not be read yet); a {@code --lang} that is neither ja nor en counts as not given.
     */
    static Locale of(String[] args, Locale machine) {
        Locale lang = null;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && word(value) != null) {
                lang = word(value);
            }
        }
        return decide(lang, machine);
    }

    /** The language of what a command writes: {@code --lang} when given, else English whatever the machine's. */
    static Locale content(Locale lang) {
        return lang == null ? Locale.ENGLISH : lang;
    }

    /** The machine's language as {@code mgp} was started with it. */
    static Locale machine(CommandSpec spec) {
        return spec.root().userObject() instanceof MgpCli mgp ? mgp.machine() : Locale.getDefault();
    }

    private static Locale word(String value) {
        return switch (value) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }

    /** {@code --lang}: ja or en; any other word is refused by name (exit 2), in the machine's language. */
    static final class Converter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            Locale lang = word(value);
            if (lang == null) {
                throw RefusedArgument.of("render.lang", value);
            }
            return lang;
        }
    }
}
