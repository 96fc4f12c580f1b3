package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.TableCsv;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints every series' value per year, with its unit and provenance. */
@Command(name = "table", mixinStandardHelpOptions = true)
final class TableCommand implements Callable<Integer> {

    enum Format { csv, tsv, text }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID")
    String scenario;

    @Option(names = "--format", defaultValue = "csv")
    Format format;

    @Option(names = "--from", paramLabel = "YEAR")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR")
    Integer to;

    @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
    Locale lang;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && to < from) {
            // A mistyped command, refused before the file is read, as every other refused argument is (exit 2).
            throw RefusedArgument.of("table.toBeforeFrom", Integer.toString(to), Integer.toString(from))
                    .in(spec.commandLine());
        }
        Projection projection = MgpCli.load(file);
        if (scenario != null && projection.scenario(scenario).isEmpty()) {
            throw RefusedArgument.of("render.scenario", scenario, String.join(", ",
                    projection.scenarios().stream().map(jp.mgp.model.Scenario::id).toList())).in(spec.commandLine());
        }
        ProjectionResult result = new ProjectionEngine().project(projection, scenario);
        int first = from == null ? result.firstYear() : from;
        int last = to == null ? result.lastYear() : to;
        // The year given outside the file's years is named (the other may be the horizon's end, not given).
        for (Object[] given : new Object[][] {{"--from", from}, {"--to", to}}) {
            Integer year = (Integer) given[1];
            if (year != null && (year < result.firstYear() || year > result.lastYear())) {
                throw RefusedArgument.of("table.outsideHorizon", given[0], Integer.toString(year),
                        Integer.toString(result.firstYear()), Integer.toString(result.lastYear()))
                        .in(spec.commandLine());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.text) {
            text(out, result, first, last, MessageLanguage.content(lang));
        } else {
            out.print(TableCsv.write(result, first, last, format == Format.csv ? "," : "\t"));
        }
        return 0;
    }

    private static void text(PrintWriter out, ProjectionResult result, int first, int last, Locale locale) {
        int n = result.seriesCount();
        String[][] cells = new String[last - first + 2][n + 1];
        cells[0][0] = CliText.get("table.text.year", locale);
        for (int s = 0; s < n; s++) {
            cells[0][s + 1] = CliText.get("table.text.unit", locale, result.series(s).id(),
                    result.series(s).unit().label(locale));
        }
        // Each value's kind as a mark the legend below explains: S/D/A in English, 出/導/仮 in Japanese.
        String blank = " ".repeat(columns(CliText.get("table.text.mark.sourced", locale)));
        for (int y = first; y <= last; y++) {
            String[] row = cells[y - first + 1];
            row[0] = Integer.toString(y);
            for (int s = 0; s < n; s++) {
                Kind kind = result.kind(s, y);
                row[s + 1] = result.series(s).unit().formatNumber(result.value(s, y), locale) + " "
                        + (kind == null ? blank : CliText.get(markKey(kind), locale));
            }
        }
        int[] width = new int[n + 1];
        for (String[] row : cells) {
            for (int c = 0; c <= n; c++) {
                width[c] = Math.max(width[c], columns(row[c]));
            }
        }
        for (String[] row : cells) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c <= n; c++) {
                sb.append(c == 0 ? "" : "  ").append(" ".repeat(width[c] - columns(row[c]))).append(row[c]);
            }
            out.println(sb);
        }
        // In --lang's language, as the units are: "year" and this key were English under a Japanese table.
        out.println(result.scenarioId() == null ? CliText.get("table.text.kinds", locale)
                : CliText.get("table.text.kindsInScenario", locale, result.scenarioId()));
    }

    private static String markKey(Kind kind) {
        return switch (kind) {
            case SOURCED -> "table.text.mark.sourced";
            case DERIVED -> "table.text.mark.derived";
            case ASSUMPTION -> "table.text.mark.assumption";
        };
    }

    /**
     * The columns {@code text} takes in a terminal: a Japanese character (kanji, kana, full-width brackets) takes two,
     * so a Japanese table's columns line up on screen, not only in characters counted.
     */
    static int columns(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6;
    }
}
