package jp.mgp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jp.mgp.edit.KnownPoints;
import jp.mgp.edit.StructureEdits;
import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.io.table.ColumnImport;
import jp.mgp.io.table.Point;
import jp.mgp.io.table.TableFiles;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads a CSV or XLSX table of yearly figures into a projection file, as File → Import does in the window: each
 * column of values a new series, or with {@code --series} the known points of that series. Any refused cell stops
 * the whole import (exit 2, every refusal listed); the file is written atomically only when all is read.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    static final int EXIT_REFUSED = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA")
    Path data;

    @Option(names = "--into", required = true, paramLabel = "FILE")
    Path into;

    @Option(names = "--series", paramLabel = "ID")
    String series;

    @Option(names = "--source", paramLabel = "TEXT")
    String source;

    @Option(names = "--unit", paramLabel = "CODE")
    String unit;

    @Option(names = "--lang", paramLabel = "ja|en", converter = MessageLanguage.Converter.class)
    Locale lang;

    @Override
    public Integer call() {
        Locale locale = MessageLanguage.of(spec, lang);
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isRegularFile(into)) {
                return refuse(err, CliText.get("import.noInto", locale, into.toString()));
            }
            Projection p = ProjectionFiles.read(into);
            Grid read = read(p, locale);
            if (read.refusal != null) {
                return refuse(err, read.refusal);
            }
            ColumnImport table = read.table;
            if (!table.ok()) {
                err.println(CliText.get("import.refused", locale, java.util.Objects.toString(data.getFileName(), data.toString())));
                table.refusals(locale).forEach(r -> err.println("  " + r));
                err.flush();
                return EXIT_REFUSED;
            }
            PrintWriter out = spec.commandLine().getOut();
            Projection next = p;
            for (ColumnImport.Column column : table.columns()) {
                List<Anchor> anchors = anchors(column.points());
                if (series != null) {
                    next = KnownPoints.setPoints(next, series, anchors);
                    out.println(CliText.get("import.set", locale, column.header(), anchors.size(),
                            p.series(series).orElseThrow().name().get(locale), first(anchors), last(anchors)));
                } else {
                    String id = StructureEdits.idFromName(next, column.header(), "imported");
                    next = KnownPoints.addSeries(next, id, LocalizedText.of(column.header()), column.unit(), anchors);
                    out.println(CliText.get("import.added", locale, column.header(), id, column.unit().label(locale),
                            anchors.size(), first(anchors), last(anchors)));
                }
            }
            ProjectionFiles.write(next, into);
            out.println(CliText.get("import.saved", locale, into.toString()));
            return 0;
        } catch (RuleViolation e) {
            return refuse(err, e.message(locale));
        } catch (InvalidProjectionException e) {
            return refuse(err, e.message(locale));
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The table, or why it cannot be imported into {@code p} as asked. */
    private record Grid(ColumnImport table, String refusal) {
    }

    private Grid read(Projection p, Locale locale) throws IOException {
        Unit fallback = p.charts().isEmpty() ? Unit.JPY_TRILLION : p.charts().get(0).unit();
        if (unit != null) {
            if (!Unit.isCode(unit)) {
                return new Grid(null, CliText.get("import.unit", locale, String.join(", ",
                        Arrays.stream(Unit.values()).map(Unit::code).toList()), unit));
            }
            fallback = Unit.fromCode(unit);
        }
        Series target = null;
        if (series != null) {
            target = p.series(series).orElse(null);
            if (target == null) {
                return new Grid(null, CliText.get("import.noSeries", locale, java.util.Objects.toString(into.getFileName(), into.toString()), series,
                        String.join(", ", p.series().stream().map(Series::id).toList())));
            }
            fallback = target.unit();
        }
        ColumnImport table = ColumnImport.read(TableFiles.read(data), fallback);
        if (target != null && table.problem() == null) {
            if (table.columns().size() != 1) {
                return new Grid(null, CliText.get("import.oneColumn", locale, java.util.Objects.toString(data.getFileName(), data.toString()),
                        table.columns().size(), String.join(", ",
                                table.columns().stream().map(ColumnImport.Column::header).toList())));
            }
            table = table.withUnit(0, target.unit());
        }
        return new Grid(table, null);
    }

    /** Each point pinned; sourced from {@code --source}, citing the data file and its row, when one is given. */
    private List<Anchor> anchors(List<Point> points) {
        List<Anchor> out = new ArrayList<>();
        for (Point pt : points) {
            out.add(source == null ? Anchor.assumption(pt.year(), pt.value())
                    : new Anchor(pt.year(), pt.value(), Kind.SOURCED, true,
                            new SourceRef(source, "", "", java.util.Objects.toString(data.getFileName(), data.toString()), pt.row(), ""),
                            LocalizedText.EMPTY));
        }
        return out;
    }

    private static String first(List<Anchor> anchors) {
        return Integer.toString(anchors.get(0).year());
    }

    private static String last(List<Anchor> anchors) {
        return Integer.toString(anchors.get(anchors.size() - 1).year());
    }

    private static int refuse(PrintWriter err, String message) {
        err.println("mgp import: " + message);
        err.flush();
        return EXIT_REFUSED;
    }
}
