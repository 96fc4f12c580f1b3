package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.Problem;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks scenario files. One file keeps the first contract scripts were written against: its verdict on standard
 * output, or one line per problem on standard error with its JSON path (and, with {@code --lang} or on a Japanese
 * machine, the place in words, in that language). Several files, or a folder, give a report on standard output: a
 * verdict per file with its problems indented below it (place in words and JSON path, in the messages' language),
 * then a summary line. Exit 0 when every file is valid, 1 when any is not.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> arguments;

    @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
    Locale lang;

    private final ProjectionEngine engine = new ProjectionEngine();

    @Override
    public Integer call() throws Exception {
        Locale locale = MessageLanguage.of(spec, lang);
        if (arguments.size() == 1 && !Files.isDirectory(arguments.get(0))) {
            return checkOne(arguments.get(0), locale);
        }
        List<Path> files = ScenarioFiles.expand(arguments, locale);
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        for (Path file : files) {
            try {
                Projection projection = MgpCli.load(file);
                List<String> warnings = warnings(projection, locale);
                out.println(CliText.get("validate.valid", locale, file.toString(), projection.series().size(),
                        projection.scenarios().size(), Integer.toString(projection.firstYear()),
                        Integer.toString(projection.lastYear()),
                        warnings.isEmpty() ? "" : CliText.get("validate.warnings", locale, warnings.size())));
                warnings.forEach(w -> out.println("    " + CliText.get("validate.warning", locale, w)));
            } catch (InvalidProjectionException e) {
                invalid++;
                out.println(CliText.get("validate.invalid", locale, file.toString(), e.problems().size()));
                printProblems(out, e, locale);
            }
        }
        out.println(CliText.get("validate.summary", locale, files.size(), files.size() - invalid, invalid));
        out.flush();
        return invalid == 0 ? 0 : MgpCli.EXIT_PROBLEM;
    }

    /** Each problem indented under its file's verdict: the single-file line without the file's name in front. */
    static void printProblems(PrintWriter out, InvalidProjectionException e, Locale locale) {
        for (Problem p : e.problems()) {
            out.println("    " + p.describe(e.file(), locale).substring(e.file().length() + 2));
        }
    }

    private Integer checkOne(Path file, Locale locale) throws InvalidProjectionException {
        Projection projection;
        try {
            projection = MgpCli.load(file);
        } catch (InvalidProjectionException e) {
            if (lang == null) {
                // Worded in the machine's language, as any command's file is.
                throw e;
            }
            PrintWriter err = spec.commandLine().getErr();
            for (Problem p : e.problems()) {
                err.println(p.describe(e.file(), lang));
            }
            err.flush();
            return MgpCli.EXIT_PROBLEM;
        }
        List<String> warnings = warnings(projection, locale);
        PrintWriter out = spec.commandLine().getOut();
        warnings.forEach(w -> out.println(file + ": " + CliText.get("validate.warning", locale, w)));
        out.println(CliText.get("validate.valid", locale, file.toString(), projection.series().size(),
                projection.scenarios().size(), Integer.toString(projection.firstYear()),
                Integer.toString(projection.lastYear()),
                warnings.isEmpty() ? "" : CliText.get("validate.warnings", locale, warnings.size())));
        return 0;
    }

    /** What the engine warns about when projecting each scenario, as {@code scenario ID: warning}, in a language. */
    private List<String> warnings(Projection projection, Locale locale) {
        return projection.scenarios().stream().map(Scenario::id).flatMap(id -> {
            ProjectionResult result = engine.project(projection, id);
            return result.warnings().stream().map(w -> CliText.get("validate.inScenario", locale, id, w.get(locale)));
        }).toList();
    }
}
