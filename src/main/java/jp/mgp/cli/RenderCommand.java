package jp.mgp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes charts or the table to files, exactly as the window's export does. Every argument is checked before
 * anything is rendered ({@link RenderArguments}); a refused one exits with 2 and one line in the messages' language
 * naming it. The deck is in {@code --lang}'s language, English when it is not given, whatever the machine's. Years
 * the engine could not compute are written empty and named on standard error, one line each; the exit is still 0.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = RenderArguments.Format.class)
    ExportFormat format;

    @Option(names = "--out", paramLabel = "PATH")
    Path out;

    @Option(names = "--update", paramLabel = "DECK")
    Path update;

    @Option(names = "--scenario", paramLabel = "ID")
    String scenario;

    @Option(names = "--chart", paramLabel = "ID", split = ",")
    List<String> charts = List.of();

    @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
    Locale lang;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080",
            converter = RenderArguments.SizeConverter.class)
    RenderArguments.Size size;

    @Option(names = "--template", paramLabel = "FILE")
    Path template;

    @Option(names = "--pictures")
    boolean pictures;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "SCALE", converter = RenderArguments.Scale.class)
    double scale;

    @Option(names = "--fans")
    boolean fans;

    @Override
    public Integer call() throws Exception {
        try {
            RenderArguments.checkUsed(format, name -> spec.commandLine().getParseResult().hasMatchedOption(name));
            RenderArguments.checkPixels(size, scale);
            RenderArguments.checkTarget(out, update, template, pictures);
            RenderArguments.checkOutName(format, out);
            if (template != null && !Files.isReadable(template)) {
                throw RefusedArgument.of("render.template.missing", template);
            }
            Projection projection = MgpCli.load(file);
            RenderArguments.checkIds(projection, scenario, charts);
            if (update != null) {
                return update(projection);
            }
            List<Path> written;
            try {
                written = Exporter.export(projection, scenario, new Exporter.Request(format, charts,
                        MessageLanguage.content(lang),
                        size.width(), size.height(), scale, template, pictures, fans), out);
            } catch (RuleViolation refused) {
                // What Exporter refuses before writing (a folder as --out, a template that is no deck) is what
                // the arguments named.
                throw new RefusedArgument(refused.text());
            }
            Locale messages = MessageLanguage.of(spec, lang);
            written.forEach(p -> spec.commandLine().getOut().println(CliText.get("render.wrote", messages,
                    p.toString())));
            warn(projection, format == ExportFormat.XLSX);
            return 0;
        } catch (RefusedArgument refused) {
            throw refused.in(spec.commandLine());
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
    }

    private int update(Projection projection) throws IOException {
        Exporter.UpdateReport report;
        try {
            // Without --lang (null) the deck keeps its own language.
            report = Exporter.update(projection, scenario, new Exporter.Request(format, charts, lang, size.width(),
                    size.height(), scale, null, false, fans), update, out == null ? update : out);
        } catch (RuleViolation refused) {
            throw new RefusedArgument(refused.text());
        }
        var printed = spec.commandLine().getOut();
        Locale messages = MessageLanguage.of(spec, lang);
        printed.println(CliText.get("render.updated", messages, report.deck()));
        if (!report.updated().isEmpty()) {
            printed.println(CliText.get("render.updated.charts", messages, String.join(", ", report.updated())));
        }
        if (!report.added().isEmpty()) {
            printed.println(CliText.get("render.updated.added", messages, String.join(", ", report.added())));
        }
        if (!report.gone().isEmpty()) {
            printed.println(CliText.get("render.updated.gone", messages, String.join(", ", report.gone())));
        }
        warn(projection, false);
        return 0;
    }

    /**
     * Prints on standard error, one line each in the messages' language, what the engine warns about in what was
     * written (years it could not compute, which the files show as gaps and blanks): the files are still written and
     * still useful, so render exits 0, but a script or a user is told, as validate tells them. A workbook holds
     * every scenario, so {@code everyScenario} asks for each one's warnings.
     */
    private void warn(Projection projection, boolean everyScenario) {
        Locale messages = MessageLanguage.of(spec, lang);
        ProjectionEngine engine = new ProjectionEngine();
        List<ProjectionResult> results = everyScenario && !projection.scenarios().isEmpty()
                ? projection.scenarios().stream().map(s -> engine.project(projection, s.id())).toList()
                : List.of(engine.project(projection, scenario));
        PrintWriter err = spec.commandLine().getErr();
        for (ProjectionResult result : results) {
            for (var warning : result.warnings()) {
                String said = result.scenarioId() == null ? warning.get(messages)
                        : CliText.get("validate.inScenario", messages, result.scenarioId(), warning.get(messages));
                err.println(file + ": " + CliText.get("validate.warning", messages, said));
            }
        }
        err.flush();
    }
}
