package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.engine.FanResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the file's uncertainty as Monte Carlo paths and prints each series-year's P5, P10, P50, P90, P95 and mean:
 * the figures the window's fan charts draw, from the seed and paths the file gives unless told otherwise.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true)
final class SimulateCommand implements Callable<Integer> {

    enum Format { csv, text }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID")
    String scenario;

    @Option(names = "--paths", paramLabel = "N")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S")
    Long seed;

    @Option(names = "--format", defaultValue = "csv")
    Format format;

    @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
    Locale lang;

    @Override
    public Integer call() throws Exception {
        SimulationArguments.requirePaths(spec, paths);
        Projection projection = MgpCli.load(file);
        SimulationArguments.requireScenario(spec, projection, scenario);
        SimulationSettings settings = SimulationSettings.of(projection);
        settings = paths == null ? settings : settings.withPaths(paths);
        settings = seed == null ? settings : settings.withSeed(seed);
        FanResult fan = Simulation.run(projection, scenario, settings, SimulationMonitor.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            out.println("series,year,p5,p10,p50,p90,p95,mean");
            for (int s = 0; s < fan.seriesCount(); s++) {
                for (int y = 0; y < fan.years(); y++) {
                    StringBuilder row = new StringBuilder(fan.series(s).id()).append(',').append(fan.year(y));
                    for (double level : FanResult.levels()) {
                        row.append(',').append(Numbers.plain(fan.quantile(s, y, level)));
                    }
                    out.println(row.append(',').append(Numbers.plain(fan.mean(s, y))));
                }
            }
        } else {
            text(out, fan, MessageLanguage.content(lang));
        }
        return 0;
    }

    private static void text(PrintWriter out, FanResult fan, Locale locale) {
        out.println(CliText.get("simulate.text.title", locale, Integer.toString(fan.paths()),
                Long.toString(fan.seed()), fan.scenarioId() == null ? "\u2013" : fan.scenarioId()));
        for (int s = 0; s < fan.seriesCount(); s++) {
            Series series = fan.series(s);
            out.println();
            out.println(series.name().get(locale) + " (" + series.unit().label(locale) + ")"
                    + (fan.isUncertain(s) ? "" : "  " + CliText.get("simulate.text.certain", locale)));
            String[][] cells = new String[fan.years() + 1][7];
            cells[0] = new String[] {CliText.get("simulate.text.year", locale), "P5", "P10", "P50", "P90", "P95",
                    CliText.get("simulate.text.mean", locale)};
            for (int y = 0; y < fan.years(); y++) {
                String[] row = cells[y + 1];
                row[0] = Integer.toString(fan.year(y));
                for (int l = 0; l < FanResult.levels().length; l++) {
                    row[l + 1] = series.unit().formatNumber(fan.quantile(s, y, FanResult.levels()[l]), locale);
                }
                row[6] = series.unit().formatNumber(fan.mean(s, y), locale);
            }
            int[] width = new int[7];
            for (String[] row : cells) {
                for (int c = 0; c < 7; c++) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
            for (String[] row : cells) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < 7; c++) {
                    sb.append(c == 0 ? "" : "  ").append(" ".repeat(width[c] - row[c].length())).append(row[c]);
                }
                out.println(sb);
            }
        }
    }
}
