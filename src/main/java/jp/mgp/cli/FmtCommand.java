package jp.mgp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Rewrites scenario files in the form mgp saves them in (the current schema version, fixed key order, two-space
 * indent, trailing newline), so that a file kept in git changes only where its content does. A file is written,
 * atomically, only when its bytes would change; an invalid one is refused with its problems and left as it was.
 * With {@code --check} nothing is written and the exit code says whether anything would change.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true)
final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> arguments;

    @Option(names = "--check")
    boolean check;

    @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
    Locale lang;

    /** What became of one file. */
    private enum Outcome { CHANGED, UNCHANGED, INVALID, FAILED }

    @Override
    public Integer call() {
        Locale locale = MessageLanguage.of(spec, lang);
        List<Path> files = ScenarioFiles.expand(arguments, locale);
        PrintWriter out = spec.commandLine().getOut();
        int[] counts = new int[Outcome.values().length];
        for (Path file : files) {
            counts[format(file, out, locale).ordinal()]++;
        }
        out.println(CliText.get(check ? "fmt.summary.check" : "fmt.summary", locale, files.size(),
                counts[Outcome.CHANGED.ordinal()], counts[Outcome.UNCHANGED.ordinal()],
                counts[Outcome.INVALID.ordinal()], counts[Outcome.FAILED.ordinal()]));
        out.flush();
        boolean failed = counts[Outcome.INVALID.ordinal()] + counts[Outcome.FAILED.ordinal()] > 0;
        boolean wouldChange = check && counts[Outcome.CHANGED.ordinal()] > 0;
        return failed || wouldChange ? MgpCli.EXIT_PROBLEM : 0;
    }

    private Outcome format(Path file, PrintWriter out, Locale locale) {
        String name = file.toString();
        Projection projection;
        try {
            projection = ProjectionFiles.read(file);
        } catch (InvalidProjectionException e) {
            out.println(CliText.get("fmt.invalid", locale, name, e.problems().size()));
            ValidateCommand.printProblems(out, e, locale);
            return Outcome.INVALID;
        }
        byte[] canonical = ProjectionFiles.toBytes(projection);
        if (!readsBackTheSame(canonical, projection, name)) {
            // Never trade a user's file for one that says something else: leave it and say so.
            out.println(CliText.get("fmt.notRoundTrip", locale, name));
            return Outcome.FAILED;
        }
        byte[] current;
        try {
            current = Files.readAllBytes(file);
        } catch (IOException e) {
            out.println(CliText.get("fmt.unreadable", locale, name, String.valueOf(e.getMessage())));
            return Outcome.FAILED;
        }
        if (Arrays.equals(current, canonical)) {
            out.println(CliText.get("fmt.unchanged", locale, name));
            return Outcome.UNCHANGED;
        }
        if (check) {
            out.println(CliText.get("fmt.wouldChange", locale, name));
            return Outcome.CHANGED;
        }
        try {
            // Through a link to the file it names: replacing the link itself would cut it from the file it shared.
            ProjectionFiles.write(projection, file.toRealPath());
        } catch (IOException e) {
            out.println(CliText.get("fmt.writeFailed", locale, name, String.valueOf(e.getMessage())));
            return Outcome.FAILED;
        }
        out.println(CliText.get("fmt.formatted", locale, name));
        return Outcome.CHANGED;
    }

    /** Whether the canonical bytes read back as the very projection they were written from. */
    private static boolean readsBackTheSame(byte[] canonical, Projection projection, String name) {
        try {
            return ProjectionFiles.parse(canonical, name).equals(projection);
        } catch (InvalidProjectionException e) {
            return false;
        }
    }
}
