package jp.mgp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a file; prints one line per problem with its JSON path. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file. Exit 0 if valid; otherwise 1 and one line per problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (.json).")
    Path file;

    @Override
    public Integer call() throws Exception {
        Projection projection = MgpCli.load(file);
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
