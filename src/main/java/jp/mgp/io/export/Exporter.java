package jp.mgp.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.json.AtomicFiles;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * Writes one export of a projection result; the CLI's {@code render} and the window call this same code, so the
 * files are the same whichever asked. PNG and SVG hold one chart each: with several charts, each goes to its own
 * file named {@code OUT-<chart id>.ext}; PDF puts every chart on its own page of one file.
 */
public final class Exporter {

    /**
     * What to export: format, charts (empty for all), language, for PNG the size and scale, and for PPTX the
     * user's template (null for mgp's own 16:9 layout) and whether charts go in as pictures instead of native
     * charts; with {@code fans}, the uncertainty fans of a simulation with the file's seed and paths as well.
     */
    public record Request(ExportFormat format, List<String> chartIds, Locale locale, int width, int height,
                          double scale, Path template, boolean picturesOnly, boolean fans) {
        public Request {
            chartIds = List.copyOf(chartIds);
        }

        /** A request without fans, as before fans could be exported. */
        public Request(ExportFormat format, List<String> chartIds, Locale locale, int width, int height,
                       double scale, Path template, boolean picturesOnly) {
            this(format, chartIds, locale, width, height, scale, template, picturesOnly, false);
        }

        public static Request of(ExportFormat format, Locale locale) {
            return new Request(format, List.of(), locale, ChartRendering.SLIDE_WIDTH, ChartRendering.SLIDE_HEIGHT, 1,
                    null, false);
        }

        public Request withCharts(List<String> ids) {
            return new Request(format, ids, locale, width, height, scale, template, picturesOnly, fans);
        }

        public Request withTemplate(Path file, boolean pictures) {
            return new Request(format, chartIds, locale, width, height, scale, file, pictures, fans);
        }

        /** The same request with the uncertainty fans ({@code true}) or without them. */
        public Request withFans(boolean withFans) {
            return new Request(format, chartIds, locale, width, height, scale, template, picturesOnly, withFans);
        }
    }

    private Exporter() {
    }

    /**
     * Exports scenario {@code scenarioId} (null for the file's default) of {@code projection}; a workbook holds
     * every scenario.
     *
     * @return the files written, each replaced atomically
     * @throws IOException naming the file that could not be written; files already written stay, the rest are
     *                     untouched
     * @throws IllegalArgumentException naming a chart or scenario id the projection lacks
     * @throws jp.mgp.model.RuleViolation when a file to write is a folder, a device or a pipe: refused before
     *                     anything is rendered, and nothing is written
     */
    public static List<Path> export(Projection projection, String scenarioId, Request request, Path out)
            throws IOException {
        boolean oneFile = request.format() != ExportFormat.PNG && request.format() != ExportFormat.SVG;
        if (oneFile || out.toAbsolutePath().normalize().getFileName() == null) {
            // PNG and SVG check their own names below; "/" has no name to add a chart's id to.
            AtomicFiles.checkTarget(out);
        }
        // An unknown scenario or chart is refused in every format, also in those (workbook, table) that hold
        // every scenario or no chart: quietly writing something else would pass for what was asked.
        jp.mgp.engine.ScenarioApplier.resolve(projection, scenarioId);
        if (!request.chartIds().isEmpty()) {
            charts(projection.charts(), request.chartIds());
        }
        if (request.format() == ExportFormat.XLSX) {
            // A workbook projects every scenario itself.
            AtomicFiles.write(out, XlsxWorkbook.write(projection, request.locale(),
                    request.fans() ? FanExport.simulate(projection, scenarioId) : null));
            return List.of(out);
        }
        ProjectionResult result = new ProjectionEngine().project(projection, scenarioId);
        if (request.format() == ExportFormat.CSV) {
            String csv = request.fans()
                    ? TableCsv.write(result, result.firstYear(), result.lastYear(), ",",
                            FanExport.simulate(projection, scenarioId), new ProvenanceText(request.locale()))
                    : TableCsv.write(result, result.firstYear(), result.lastYear(), ",");
            AtomicFiles.write(out, csv.getBytes(StandardCharsets.UTF_8));
            return List.of(out);
        }
        List<ChartSpec> specs = charts(result.effective().charts(), request.chartIds());
        if (!oneFile) {
            for (ChartSpec spec : specs) {
                AtomicFiles.checkTarget(specs.size() == 1 ? out : suffixed(out, spec.id()));
            }
        }
        if (request.format() == ExportFormat.PPTX) {
            AtomicFiles.write(out, PptxDeck.write(specs, result, request.locale(), request.template(),
                    request.picturesOnly(), request.fans() ? FanExport.simulate(projection, scenarioId) : null));
            return List.of(out);
        }
        jp.mgp.chart.FanBands bands = request.fans() ? FanExport.simulate(projection, scenarioId) : null;
        if (request.format() == ExportFormat.PDF) {
            AtomicFiles.write(out, PdfReport.write(specs, result, request.locale(), request.width() / 2,
                    request.height() / 2, bands));
            return List.of(out);
        }
        List<JFreeChart> charts = specs.stream().map(s -> FanExport.chart(s, result, request.locale(), bands))
                .toList();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            Path target = charts.size() == 1 ? out : suffixed(out, specs.get(i).id());
            byte[] bytes = request.format() == ExportFormat.PNG
                    ? ChartRendering.png(charts.get(i), request.width(), request.height(), request.scale())
                    : svg(charts.get(i), specs.get(i), result, request);
            AtomicFiles.write(target, bytes);
            written.add(target);
        }
        return written;
    }

    /**
     * What {@link #update} did, by chart id: charts brought up to date, charts new to the deck (appended), and
     * charts the deck holds that the projection no longer has (left in the deck).
     */
    public record UpdateReport(Path deck, List<String> updated, List<String> added, List<String> gone) {

        public UpdateReport {
            updated = List.copyOf(updated);
            added = List.copyOf(added);
            gone = List.copyOf(gone);
        }
    }

    /**
     * Brings {@code deck}, a deck mgp made and the user has since arranged, up to date with scenario
     * {@code scenarioId} of {@code projection} and writes it to {@code out} (usually {@code deck} itself), replaced
     * atomically. mgp's charts, their slides' text and the assumptions slides take the new figures; the user's
     * slides, shapes, slide order, chart frames' places and series formatting stay. The request's language may be
     * null: the deck's own is then kept. A deck whose charts carry fans gets them simulated anew (with the file's
     * seed and paths); with the request's fans, every chart gets them.
     *
     * @throws jp.mgp.model.RuleViolation when the deck is missing, no PowerPoint file, or holds no chart mgp made,
     *                     or {@code out} is a folder, a device or a pipe; nothing is written
     * @throws IOException naming the file that could not be written; the old deck is unchanged
     */
    public static UpdateReport update(Projection projection, String scenarioId, Request request, Path deck, Path out)
            throws IOException {
        AtomicFiles.checkTarget(out);
        jp.mgp.engine.ScenarioApplier.resolve(projection, scenarioId);
        if (!request.chartIds().isEmpty()) {
            charts(projection.charts(), request.chartIds());
        }
        ProjectionResult result = new ProjectionEngine().project(projection, scenarioId);
        List<ChartSpec> all = result.effective().charts();
        PptxUpdate.Outcome outcome = PptxUpdate.update(deck, charts(all, request.chartIds()),
                all.stream().map(ChartSpec::id).toList(), result, request.locale(), request.fans(),
                () -> FanExport.simulate(projection, scenarioId));
        AtomicFiles.write(out, outcome.deck());
        return new UpdateReport(out, outcome.updated(), outcome.added(), outcome.gone());
    }

    private static byte[] svg(JFreeChart chart, ChartSpec spec, ProjectionResult result, Request request) {
        ProvenanceText text = new ProvenanceText(request.locale());
        ChartContent content = ChartContent.of(spec, result, text);
        StringBuilder summary = new StringBuilder(content.subtitle());
        for (ChartContent.Line line : content.lines()) {
            String value = text.format("notes.named", line.name(), line.endValue());
            summary.append('\n').append(line.growth().isEmpty() ? value : text.format("notes.valueGrowth", value,
                    line.growth()));
        }
        for (ChartContent.Reference r : content.references()) {
            summary.append('\n').append(r.label());
        }
        return ChartRendering.svg(chart, request.width(), request.height(), content.title(), summary.toString());
    }

    private static List<ChartSpec> charts(List<ChartSpec> all, List<String> ids) {
        if (all.isEmpty()) {
            throw new jp.mgp.model.RuleViolation(new jp.mgp.model.LocalizedText(
                    "このファイルには書き出すグラフがありません。グラフ → 新規 でグラフを作ってください。",
                    "the file defines no charts to export; make one with Chart \u2192 New"));
        }
        if (ids.isEmpty()) {
            return all;
        }
        List<ChartSpec> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(all.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                    new jp.mgp.model.RuleViolation(new jp.mgp.model.LocalizedText("グラフ「" + id
                            + "」はありません。このファイルのグラフ: " + String.join(", ", all.stream().map(ChartSpec::id)
                            .toList()), "no chart '" + id + "'; the file has " + all.stream().map(ChartSpec::id)
                            .toList()))));
        }
        return chosen;
    }

    /** deck.png with chart "markets" → deck-markets.png */
    static Path suffixed(Path out, String chartId) {
        String name = String.valueOf(out.getFileName());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return out.resolveSibling(stem + "-" + chartId + ext);
    }
}
