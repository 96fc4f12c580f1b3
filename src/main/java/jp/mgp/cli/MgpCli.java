package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.i18n.Bundles;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mgp} on the command line. Exit codes: 0 done, 1 the file or the question cannot be answered (the reason is
 * printed), 2 the command was mistyped (usage is printed) or an argument is refused (one line naming it). Messages
 * and the usage help are in the language {@link MessageLanguage} decides: {@code --lang}, else the machine's.
 */
@Command(name = "mgp", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {TableCommand.class, ValidateCommand.class, SolveCommand.class, SourcesCommand.class,
                RenderCommand.class, FmtCommand.class, SimulateCommand.class,
                SensitivityCommand.class, ImportCommand.class})
public final class MgpCli implements Runnable {

    public static final int EXIT_PROBLEM = 1;
    /** A mistyped command, or an argument mgp refuses (named in the message). */
    public static final int EXIT_USAGE = 2;

    /** The usage help's words (descriptions of commands and options) in both languages. */
    static final String USAGE_BUNDLE = "jp.mgp.cli.usage";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The machine's language, of which only Japanese counts: it decides the messages' when --lang is absent. */
    private final Locale machine;

    MgpCli(Locale machine) {
        this.machine = machine;
    }

    Locale machine() {
        return machine;
    }

    @Override
    public void run() {
        throw new MistypedCommand.Worded(spec.commandLine(), CliText.get("command.missing",
                MessageLanguage.of(spec, null)));
    }

    /** {@code text} as a whole number from {@code min} to {@code max}, or a refusal saying it is none. */
    static long wholeNumber(String text, long min, long max) {
        try {
            long n = Long.parseLong(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notOne) {
            // Refused below, in both languages.
        }
        throw RefusedArgument.unnamed("argument.wholeNumber", text);
    }

    /** Whether {@code word} is one of the commands (so the launcher can tell a command from a file to open). */
    public static boolean isCommand(String word) {
        return new CommandLine(new MgpCli(Locale.ROOT)).getSubcommands().containsKey(word) || word.startsWith("-");
    }

    /** Runs the command line on this machine (its default locale) with the given streams; used by main. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, Locale.getDefault(), out, err);
    }

    /**
     * Runs the command line as on a machine whose language is {@code machine}, with the given streams, and returns
     * the exit code; tests state the machine's language rather than inherit the one they run on.
     */
    public static int run(String[] args, Locale machine, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new MgpCli(machine));
        cli.setOut(out);
        cli.setErr(err);
        Locale messages = MessageLanguage.of(args, machine);
        // The usage help in the messages' language: set on every command before any usage is printed.
        cli.setResourceBundle(Bundles.get(USAGE_BUNDLE, messages));
        // Words where a whole number belongs are refused by the option's name in the messages' language: picocli's
        // own answer named a Java type ("'abc' is not a long") over the whole usage.
        cli.registerConverter(Integer.class, v -> (int) wholeNumber(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cli.registerConverter(Integer.TYPE, v -> (int) wholeNumber(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cli.registerConverter(Long.class, v -> wholeNumber(v, Long.MIN_VALUE, Long.MAX_VALUE));
        cli.registerConverter(Long.TYPE, v -> wholeNumber(v, Long.MIN_VALUE, Long.MAX_VALUE));
        MistypedCommand.readNames(cli, TableCommand.Format.class);
        MistypedCommand.readNames(cli, SimulateCommand.Format.class);
        MistypedCommand.readNames(cli, SolveCommand.FitCommand.Model.class);
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((ex, arguments) -> {
            RefusedArgument refused = RefusedArgument.behind(ex);
            if (refused == null) {
                return MistypedCommand.refuse(ex, arguments, messages, usage);
            }
            // One line in the user's language naming the argument: the whole usage would bury it.
            String name = refused.unnamed() && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option
                    ? option.longestName() + ": " : "";
            ex.getCommandLine().getErr().println(ex.getCommandLine().getCommandSpec().qualifiedName() + ": " + name
                    + refused.message(messages));
            ex.getCommandLine().getErr().flush();
            return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidProjectionException invalid) {
                // In English the lines scripts were first written against; in Japanese each names its place.
                commandLine.getErr().println(messages.equals(Locale.ENGLISH) ? invalid.getMessage()
                        : String.join("\n", invalid.problems().stream()
                                .map(p -> p.describe(invalid.file(), messages)).toList()));
            } else if (ex instanceof RuleViolation refused) {
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": "
                        + refused.message(messages));
            } else if (ex instanceof UserError || ex instanceof IllegalArgumentException) {
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            } else {
                unexpected(ex, commandLine, messages);
            }
            commandLine.getErr().flush();
            return EXIT_PROBLEM;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A failure that is mgp's own, not the user's (a defect, a damaged installation): one line in the user's
     * language saying so, with the innermost cause's words but no class name or stack trace, which reach the
     * user only when asked for with {@code -Dmgp.debug=true}.
     */
    static void unexpected(Exception ex, CommandLine commandLine, Locale messages) {
        Throwable innermost = ex;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String words = ex.getMessage() != null ? ex.getMessage() : String.valueOf(innermost.getMessage());
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": "
                + CliText.get("unexpected", messages, words));
        if (Boolean.getBoolean("mgp.debug")) {
            ex.printStackTrace(commandLine.getErr());
        }
    }

    static Projection load(Path file) throws InvalidProjectionException {
        return ProjectionFiles.read(file);
    }
}
