package jp.mgp.cli;

import java.util.Locale;

import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import jp.mgp.model.SimulationSetup;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The checks {@code simulate} and {@code sensitivity} share on what they were asked: a mistyped argument is refused
 * before any work, with exit code 2 and the usage, in {@code --lang}'s language.
 */
final class SimulationArguments {

    private SimulationArguments() {
    }

    static CommandLine.ParameterException refusal(CommandSpec spec, Locale locale, String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), CliText.get(key, locale, args));
    }

    /** The language of {@code --lang}; a word other than ja or en is itself refused (in English). */
    static Locale language(CommandSpec spec, String lang) {
        if (lang == null || lang.equals("en")) {
            return Locale.ENGLISH;
        }
        if (lang.equals("ja")) {
            return Locale.JAPANESE;
        }
        throw refusal(spec, Locale.ENGLISH, "simulate.lang", lang);
    }

    /** The scenario asked for exists (null: the file's default). */
    static void requireScenario(CommandSpec spec, Locale locale, Projection p, String scenario) {
        if (scenario != null && p.scenario(scenario).isEmpty()) {
            String known = String.join(", ", p.scenarios().stream().map(Scenario::id).toList());
            throw refusal(spec, locale, "simulate.scenario", scenario, known.isEmpty() ? "\u2013" : known);
        }
    }

    static void requirePaths(CommandSpec spec, Locale locale, Integer paths) {
        if (paths != null && (paths < SimulationSetup.MIN_PATHS || paths > SimulationSetup.MAX_PATHS)) {
            throw refusal(spec, locale, "simulate.paths", Integer.toString(SimulationSetup.MIN_PATHS),
                    Integer.toString(SimulationSetup.MAX_PATHS), Integer.toString(paths));
        }
    }
}
