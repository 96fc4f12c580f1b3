package jp.mgp.cli;

import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What picocli refuses by itself (a word that is no command or option, a missing argument) in Japanese, followed by
 * the usage, as picocli prints its English: on a Japanese machine a strategist who mistyped a command was told so
 * in English only. In English picocli's own words stay, with its suggestions.
 */
final class MistypedCommand {

    private MistypedCommand() {
    }

    /** A refusal mgp words itself (in the messages' language), printed with the usage after it. */
    static final class Worded extends ParameterException {
        private static final long serialVersionUID = 1L;

        Worded(CommandLine command, String message) {
            super(command, message);
        }
    }

    /** Prints the refusal in {@code messages}' language and returns the exit code, 2. */
    static int refuse(ParameterException ex, String[] args, Locale messages,
                      CommandLine.IParameterExceptionHandler picocli) throws Exception {
        if (!Locale.JAPANESE.equals(messages) && !(ex instanceof Worded)) {
            return picocli.handleParseException(ex, args);
        }
        CommandLine command = ex.getCommandLine();
        var err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + japanese(ex));
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            err.println(CliText.get("parse.suggest", messages, String.join(", ", unmatched.getSuggestions())));
        } else {
            command.usage(err);
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String japanese(ParameterException ex) {
        if (ex instanceof Worded) {
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            List<String> names = missing.getMissing().stream().map(MistypedCommand::name).toList();
            return CliText.get("parse.missing", Locale.JAPANESE, String.join(", ", names));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return CliText.get("parse.unknown", Locale.JAPANESE, String.join(" ", unmatched.getUnmatched()));
        }
        // Rarer refusals (a value outside a list, an option given twice): picocli's words, said to be its.
        return CliText.get("parse.other", Locale.JAPANESE, ex.getMessage());
    }

    /**
     * Reads {@code type}'s values by their names, refusing any other word by the option's name in the messages'
     * language: picocli's own answer ("expected one of [csv, tsv, text] (case-sensitive)") was English only.
     */
    static <E extends Enum<E>> void readNames(CommandLine cli, Class<E> type) {
        cli.registerConverter(type, value -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value)) {
                    return e;
                }
            }
            throw RefusedArgument.unnamed("argument.oneOf", value, String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        });
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + " " + option.paramLabel() : arg.paramLabel();
    }
}
