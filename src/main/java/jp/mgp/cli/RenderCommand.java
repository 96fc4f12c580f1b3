package jp.mgp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes charts or the table to files, exactly as the window's export does. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Export a scenario file's charts as a PowerPoint deck (pptx), PDF, SVG or PNG, or its numbers as"
                + " a workbook (xlsx) or table (csv).")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (.json).")
    Path file;

    @Option(names = "--format", required = true, description = "pptx, pdf, svg, png, xlsx or csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "File to write; with several charts, png and svg add -<chart id> before the extension.")
    Path out;

    @Option(names = "--scenario", paramLabel = "ID", description = "Scenario (default: the file's base).")
    String scenario;

    @Option(names = "--chart", paramLabel = "ID", split = ",", description = "Chart(s) to export (default: all).")
    List<String> charts = List.of();

    @Option(names = "--lang", defaultValue = "en", description = "ja or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080",
            description = "Chart size in pixels (default: ${DEFAULT-VALUE}, a 16:9 slide).")
    String size;

    @Option(names = "--template", paramLabel = "FILE",
            description = "pptx: build the deck on this .pptx or .potx (its slide master and layouts).")
    Path template;

    @Option(names = "--pictures", description = "pptx: charts as pictures, for viewers without chart support.")
    boolean pictures;

    @Option(names = "--scale", defaultValue = "1", description = "PNG pixel scale, e.g. 2 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override
    public Integer call() throws Exception {
        ExportFormat f;
        try {
            f = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--format must be pptx, pdf, svg, png, xlsx or csv (found \"" + format + "\")");
        }
        int[] wh = size();
        if (!lang.equals("ja") && !lang.equals("en")) {
            throw new UserError("--lang must be ja or en (found \"" + lang + "\")");
        }
        if (template != null && !Files.isReadable(template)) {
            throw new UserError("--template " + template + ": no such file, or it cannot be read");
        }
        List<Path> written;
        try {
            written = Exporter.export(MgpCli.load(file), scenario, new Exporter.Request(f, charts,
                    Locale.forLanguageTag(lang), wh[0], wh[1], scale, template, pictures), out);
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        return 0;
    }

    private int[] size() {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(parts[0].trim());
            int h = Integer.parseInt(parts[1].trim());
            if (parts.length == 2 && w >= 100 && h >= 100 && w <= 8000 && h <= 8000) {
                return new int[] {w, h};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UserError("--size must be WIDTHxHEIGHT, each 100 to 8000, such as 1920x1080 (found \"" + size + "\")");
    }
}
