package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mgp} on the command line. Exit codes: 0 done, 1 the file or the question cannot be answered (the reason is
 * printed), 2 the command was mistyped (usage is printed).
 */
@Command(name = "mgp", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Market Growth Projector: project, check and question scenario files.",
        subcommands = {TableCommand.class, ValidateCommand.class, SolveCommand.class, SourcesCommand.class,
                RenderCommand.class, FmtCommand.class, ImportCommand.class})
public final class MgpCli implements Runnable {

    public static final int EXIT_PROBLEM = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: table, validate, solve, sources, render, fmt");
    }

    /** Whether {@code word} is one of the commands (so the launcher can tell a command from a file to open). */
    public static boolean isCommand(String word) {
        return new CommandLine(new MgpCli()).getSubcommands().containsKey(word) || word.startsWith("-");
    }

    /** Runs the command line with the given streams and returns the exit code; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new MgpCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidProjectionException invalid) {
                commandLine.getErr().println(invalid.getMessage());
            } else if (ex instanceof UserError || ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("mgp " + commandLine.getCommandName() + ": " + ex.getMessage());
            } else {
                throw ex;
            }
            commandLine.getErr().flush();
            return EXIT_PROBLEM;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static Projection load(Path file) throws InvalidProjectionException {
        return ProjectionFiles.read(file);
    }
}
