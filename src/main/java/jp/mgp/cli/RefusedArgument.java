package jp.mgp.cli;

import java.util.Locale;

import jp.mgp.model.LocalizedText;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * An argument mgp refuses, worded in both languages and naming the argument; the command line prints it in the
 * messages' language ({@link MessageLanguage}) and exits with 2, as for any mistyped command. A converter throws it while picocli reads
 * the arguments (picocli keeps it as the cause of its own exception); a command's checks against the file throw it
 * through {@link #of}.
 */
final class RefusedArgument extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    /** True when the words do not name the argument, and the command line puts its name before them. */
    private final boolean unnamed;

    RefusedArgument(LocalizedText text) {
        this(text, false);
    }

    private RefusedArgument(LocalizedText text, boolean unnamed) {
        super(text.en());
        this.text = text;
        this.unnamed = unnamed;
    }

    /**
     * A refusal of a converter shared by many options, which does not know which one it reads: the command line
     * names the option before these words ("--seed: "abc" is not a whole number").
     */
    static RefusedArgument unnamed(String key, Object... args) {
        return new RefusedArgument(new LocalizedText(CliText.get(key, Locale.JAPANESE, args),
                CliText.get(key, Locale.ENGLISH, args)), true);
    }

    boolean unnamed() {
        return unnamed;
    }

    /** The refusal worded from the command line's bundle, {@code key} with {@code args}, in both languages. */
    static RefusedArgument of(String key, Object... args) {
        return new RefusedArgument(new LocalizedText(CliText.get(key, Locale.JAPANESE, args),
                CliText.get(key, Locale.ENGLISH, args)));
    }

    /** Thrown from a command's own checks: picocli then treats it as a mistyped argument, exit 2. */
    ParameterException in(CommandLine commandLine) {
        return new ParameterException(commandLine, text.en(), this);
    }

    String message(Locale locale) {
        return text.get(locale);
    }

    /** The refusal behind a picocli exception, or null when picocli refused the arguments by itself. */
    static RefusedArgument behind(ParameterException e) {
        return e.getCause() instanceof RefusedArgument r ? r : null;
    }
}
