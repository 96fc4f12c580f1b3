package jp.mgp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import jp.mgp.engine.Cagr;
import jp.mgp.engine.CrossingSolver;
import jp.mgp.engine.GrowthFit;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.engine.RateSolver;
import jp.mgp.model.ModelText;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The questions a strategist asks of a projection, answered with the working shown. The answer is the command's
 * report, so it is worded in the messages' language ({@link MessageLanguage}); its numbers are written as for
 * machines ('.' decimal, no grouping) in either language, and years never as "2,024".
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        subcommands = {SolveCommand.CagrCommand.class, SolveCommand.RateCommand.class,
                SolveCommand.CrossingCommand.class, SolveCommand.FitCommand.class})
final class SolveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new MistypedCommand.Worded(spec.commandLine(), CliText.get("solve.missing",
                MessageLanguage.of(spec, null)));
    }

    /**
     * The series {@code --series} names in the file, under {@code --scenario} when given: a name the file lacks is a
     * mistyped argument (exit 2), named with the ones it has.
     */
    static Series requireSeries(CommandSpec spec, Projection p, String series, String scenario) {
        if (scenario != null && p.scenario(scenario).isEmpty()) {
            throw RefusedArgument.of("render.scenario", scenario, String.join(", ",
                    p.scenarios().stream().map(jp.mgp.model.Scenario::id).toList())).in(spec.commandLine());
        }
        return p.series(series).orElseThrow(() -> RefusedArgument.of("solve.series", series,
                String.join(", ", p.series().stream().map(Series::id).toList())).in(spec.commandLine()));
    }

    /** The file, series and scenario a question is about. */
    static final class SeriesInFile {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--series", required = true, paramLabel = "ID")
        String series;

        @Option(names = "--scenario", paramLabel = "ID")
        String scenario;

        @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
        Locale lang;
    }

    /** A rate or a yearly increment, per year: "21.60 %/yr" in English, "年21.60 %" in Japanese. */
    static String perYear(String value, Locale locale) {
        return CliText.get("solve.perYear", locale, value);
    }

    @Command(name = "cagr", mixinStandardHelpOptions = true)
    static final class CagrCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "YEAR:VALUE")
        String from;

        @Option(names = "--to", required = true, paramLabel = "YEAR:VALUE")
        String to;

        @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
        Locale lang;

        @Override
        public Integer call() {
            double[] a;
            double[] b;
            try {
                a = Numbers.yearValue("--from", from);
                b = Numbers.yearValue("--to", to);
                if (b[0] <= a[0]) {
                    throw RefusedArgument.of("solve.cagr.years", Integer.toString((int) b[0]),
                            Integer.toString((int) a[0]));
                }
                if (a[1] == 0 || b[1] == 0 || Math.signum(a[1]) != Math.signum(b[1])) {
                    throw RefusedArgument.of("solve.cagr.values", Numbers.plain(a[1]), Numbers.plain(b[1]));
                }
            } catch (RefusedArgument refused) {
                throw refused.in(spec.commandLine());
            }
            double rate = Cagr.between((int) a[0], a[1], (int) b[0], b[1]);
            PrintWriter out = spec.commandLine().getOut();
            Locale locale = MessageLanguage.of(spec, lang);
            out.println(CliText.get("solve.cagr.answer", locale, Integer.toString((int) a[0]),
                    Integer.toString((int) b[0]), perYear(Numbers.percent(rate), locale)));
            out.println("  (" + Numbers.plain(b[1]) + " / " + Numbers.plain(a[1]) + ")^(1/" + (int) (b[0] - a[0])
                    + ") - 1 = " + Numbers.plain(rate));
            return 0;
        }
    }

    @Command(name = "rate", mixinStandardHelpOptions = true)
    static final class RateCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SeriesInFile target;

        @Option(names = "--reach", required = true, paramLabel = "VALUE")
        double reach;

        @Option(names = "--by", required = true, paramLabel = "YEAR")
        int by;

        @Override
        public Integer call() throws Exception {
            String series = target.series;
            Projection p = MgpCli.load(target.file);
            requireSeries(spec, p, series, target.scenario);
            RateSolver.Solution s = new RateSolver(new ProjectionEngine()).solve(p, target.scenario, series, reach, by);
            PrintWriter out = spec.commandLine().getOut();
            Locale locale = MessageLanguage.of(spec, target.lang);
            boolean rate = s.parameter().equals("rate");
            String before = perYear(rate ? Numbers.percent(s.before()) : Numbers.plain(s.before()), locale);
            String after = perYear(rate ? Numbers.percent(s.after()) : Numbers.plain(s.after()), locale);
            // English keeps the file's words (rate, compound); Japanese names them as the window does.
            boolean english = !"ja".equals(locale.getLanguage());
            String parameter = english ? s.parameter() : ModelText.get("parameter." + s.parameter(), locale);
            String type = english ? s.segment().type() : ModelText.get("model." + s.segment().type(), locale);
            out.println(CliText.get("solve.rate.answer", locale, series, Numbers.plain(reach), Integer.toString(by),
                    parameter, after));
            out.println("  " + CliText.get("solve.rate.working", locale, Integer.toString(s.segmentIndex()), type,
                    Integer.toString(s.segment().from()), Integer.toString(s.segment().to()), before,
                    Integer.toString(by), Numbers.plain(s.reached())));
            return 0;
        }
    }

    @Command(name = "crossing", mixinStandardHelpOptions = true)
    static final class CrossingCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SeriesInFile target;

        @Option(names = "--value", required = true, paramLabel = "VALUE")
        double value;

        @Override
        public Integer call() throws Exception {
            String series = target.series;
            Projection p = MgpCli.load(target.file);
            requireSeries(spec, p, series, target.scenario);
            ProjectionResult r = new ProjectionEngine().project(p, target.scenario);
            int s = r.seriesIndex(series);
            OptionalDouble year = CrossingSolver.firstCrossing(r, s, value);
            PrintWriter out = spec.commandLine().getOut();
            Locale locale = MessageLanguage.of(spec, target.lang);
            if (year.isPresent()) {
                out.println(CliText.get("solve.crossing.answer", locale, series, Numbers.plain(value),
                        String.format(Locale.ROOT, "%.2f", year.getAsDouble()),
                        Integer.toString((int) Math.floor(year.getAsDouble()))));
            } else {
                out.println(CliText.get("solve.crossing.never", locale, series, Numbers.plain(value),
                        Integer.toString(r.firstYear()), Integer.toString(r.lastYear()),
                        Numbers.plain(r.value(s, r.firstYear())), Numbers.plain(r.value(s, r.lastYear()))));
            }
            return 0;
        }
    }

    @Command(name = "fit", mixinStandardHelpOptions = true)
    static final class FitCommand implements Callable<Integer> {
        enum Model { rate, logistic }

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--series", required = true, paramLabel = "ID")
        String series;

        @Option(names = "--model", defaultValue = "rate")
        Model model;

        @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
        Locale lang;

        @Override
        public Integer call() throws Exception {
            Series s = requireSeries(spec, MgpCli.load(file), series, null);
            PrintWriter out = spec.commandLine().getOut();
            Locale locale = MessageLanguage.of(spec, lang);
            if (model == Model.rate) {
                GrowthFit.RateFit f = GrowthFit.fitRate(s);
                out.println(CliText.get("solve.fit.rate", locale, series, perYear(Numbers.percent(f.rate()), locale),
                        Integer.toString(f.points()), String.format(Locale.ROOT, "%.4f", f.rSquared())));
            } else {
                GrowthFit.LogisticFit f = GrowthFit.fitLogistic(s);
                out.println(CliText.get("solve.fit.logistic", locale, series, Numbers.plain(f.capacity()),
                        Numbers.plain(f.steepness()), Numbers.plain(f.midpoint()), Numbers.plain(f.rms())));
            }
            return 0;
        }
    }
}
