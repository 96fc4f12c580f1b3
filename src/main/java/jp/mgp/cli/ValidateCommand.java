package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
 * Checks a file; prints one line per problem with its JSON path. With {@code --lang}, each line also names the
 * place in words (series name, segment years) and is worded in that language.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file. Exit 0 if valid; otherwise 1 and one line per problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (.json).")
    Path file;

    @Option(names = "--lang", paramLabel = "ja|en",
            description = "Word each problem in this language and name its place (series, segment years).")
    String lang;

    @Override
    public Integer call() throws Exception {
        if (lang != null && !lang.equals("ja") && !lang.equals("en")) {
            throw new UserError("--lang must be ja or en (found \"" + lang + "\")");
        }
        Projection projection;
        try {
            projection = MgpCli.load(file);
        } catch (InvalidProjectionException e) {
            if (lang == null) {
                throw e;
            }
            PrintWriter err = spec.commandLine().getErr();
            for (Problem p : e.problems()) {
                err.println(p.describe(e.file(), Locale.forLanguageTag(lang)));
            }
            err.flush();
            return 1;
        }
        ProjectionEngine engine = new ProjectionEngine();
        int warnings = 0;
        for (Scenario scenario : projection.scenarios()) {
            ProjectionResult result = engine.project(projection, scenario.id());
            for (String w : result.warnings()) {
                spec.commandLine().getOut().println(file + ": warning: scenario " + scenario.id() + ": " + w);
                warnings++;
            }
        }
        spec.commandLine().getOut().println(file + ": valid (" + projection.series().size() + " series, "
                + projection.scenarios().size() + " scenarios, " + projection.firstYear() + "-"
                + projection.lastYear() + (warnings > 0 ? ", " + warnings + " warnings" : "") + ")");
        return 0;
    }
}
