package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.engine.Sensitivity;
import jp.mgp.engine.Tornado;
import jp.mgp.engine.TornadoBar;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Which uncertain input moves a series in a year most: each rate range at its ends and each shock at its P5 and
 * P95, the others at base, largest swing first ({@code input,low,high,swing}, low and high being the target's
 * value with the input at its low and its high end).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true)
final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--target", required = true, paramLabel = "ID:YEAR")
    String target;

    @Option(names = "--scenario", paramLabel = "ID")
    String scenario;

    @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
    Locale lang;

    @Option(names = "--picture", paramLabel = "FILE")
    Path picture;

    @Override
    public Integer call() throws Exception {
        Locale locale = MessageLanguage.of(spec, lang);
        int colon = target.lastIndexOf(':');
        int year;
        try {
            year = Integer.parseInt(target.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
            throw SimulationArguments.refusal(spec, "sensitivity.target", target);
        }
        if (colon <= 0) {
            throw SimulationArguments.refusal(spec, "sensitivity.target", target);
        }
        if (picture != null) {
            try {
                jp.mgp.io.export.TornadoExport.checkTarget(picture);
            } catch (RuleViolation e) {
                throw SimulationArguments.refusal(spec, "--picture", e);
            }
        }
        Projection projection = MgpCli.load(file);
        SimulationArguments.requireScenario(spec, projection, scenario);
        Tornado tornado;
        try {
            tornado = Sensitivity.tornado(projection, scenario, target.substring(0, colon), year);
        } catch (RuleViolation e) {
            throw SimulationArguments.refusal(spec, "--target", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("input,low,high,swing");
        for (TornadoBar b : tornado.bars()) {
            out.println(b.input() + "," + Numbers.plain(b.low()) + "," + Numbers.plain(b.high()) + ","
                    + Numbers.plain(b.swing()));
        }
        if (tornado.bars().isEmpty()) {
            spec.commandLine().getErr().println(CliText.get("sensitivity.none", locale));
        }
        if (picture != null) {
            // On standard error: standard output is the table, for a script to read.
            jp.mgp.io.export.TornadoExport.write(projection, scenario, target.substring(0, colon), year,
                    MessageLanguage.content(lang), picture);
            spec.commandLine().getErr().println(CliText.get("sensitivity.picture", locale, picture.toString()));
        }
        return 0;
    }
}
