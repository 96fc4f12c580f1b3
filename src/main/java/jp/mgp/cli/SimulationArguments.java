package jp.mgp.cli;

import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Scenario;
import jp.mgp.model.SimulationSetup;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The checks {@code simulate} and {@code sensitivity} share on what they were asked: a mistyped argument is refused
 * before any work, with exit code 2 and one line naming it in the messages' language, as every other command's.
 */
final class SimulationArguments {

    private SimulationArguments() {
    }

    static CommandLine.ParameterException refusal(CommandSpec spec, String key, Object... args) {
        return RefusedArgument.of(key, args).in(spec.commandLine());
    }

    /** The model's refusal of what {@code option} named, with the option's name before it in both languages. */
    static CommandLine.ParameterException refusal(CommandSpec spec, String option, RuleViolation refused) {
        LocalizedText text = refused.text();
        return new RefusedArgument(new LocalizedText(option + ": " + text.ja(), option + ": " + text.en()))
                .in(spec.commandLine());
    }

    /** The scenario asked for exists (null: the file's default). */
    static void requireScenario(CommandSpec spec, Projection p, String scenario) {
        if (scenario != null && p.scenario(scenario).isEmpty()) {
            String known = String.join(", ", p.scenarios().stream().map(Scenario::id).toList());
            throw refusal(spec, "simulate.scenario", scenario, known.isEmpty() ? "\u2013" : known);
        }
    }

    static void requirePaths(CommandSpec spec, Integer paths) {
        if (paths != null && (paths < SimulationSetup.MIN_PATHS || paths > SimulationSetup.MAX_PATHS)) {
            throw refusal(spec, "simulate.paths", Integer.toString(SimulationSetup.MIN_PATHS),
                    Integer.toString(SimulationSetup.MAX_PATHS), Integer.toString(paths));
        }
    }
}
