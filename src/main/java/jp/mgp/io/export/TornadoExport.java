package jp.mgp.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import jp.mgp.chart.SureCharts;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.engine.Sensitivity;
import jp.mgp.engine.Tornado;
import jp.mgp.engine.TornadoBar;
import jp.mgp.io.json.AtomicFiles;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;

/**
 * The tornado of a target (which uncertain input moves a series' value in a year most) as a picture, PNG or SVG,
 * made as the How sure window draws it and laid out as the other charts' pictures: the same figures the
 * {@code sensitivity} command prints, each rate bar worked by the projection engine ({@link SureCharts#reworked}).
 */
public final class TornadoExport {

    private TornadoExport() {
    }

    /** The tornado of {@code seriesId} in {@code year} under scenario {@code scenarioId} (null: the base). */
    public static Tornado tornado(Projection projection, String scenarioId, String seriesId, int year) {
        ProjectionResult result = new ProjectionEngine().project(projection, scenarioId);
        return SureCharts.reworked(Sensitivity.tornado(projection, scenarioId, seriesId, year), result.effective());
    }

    /** The chart of {@code tornado}, titled in {@code locale}'s words. */
    public static JFreeChart chart(Projection projection, Tornado tornado, Locale locale) {
        Series series = projection.series(tornado.seriesId()).orElseThrow();
        return SureCharts.tornado(tornado, title(series, tornado.year(), locale), series.unit(), locale);
    }

    /**
     * Writes the tornado of {@code seriesId} in {@code year} to {@code out}, a PNG or an SVG by its name's ending,
     * 1920 × 1080 (laid out at 960 × 540, as the charts' pictures are), replaced atomically.
     *
     * @throws RuleViolation naming {@code out} when it ends neither in .png nor in .svg, or is a folder; or naming
     *                       the target when it is no series of the projection; nothing is written
     */
    public static void write(Projection projection, String scenarioId, String seriesId, int year, Locale locale,
                             Path out) throws IOException {
        boolean png = checkTarget(out);
        Tornado tornado = tornado(projection, scenarioId, seriesId, year);
        JFreeChart chart = chart(projection, tornado, locale);
        byte[] bytes = png ? ChartRendering.png(chart, ChartRendering.SLIDE_WIDTH, ChartRendering.SLIDE_HEIGHT, 1)
                : ChartRendering.svg(chart, ChartRendering.SLIDE_WIDTH, ChartRendering.SLIDE_HEIGHT,
                chart.getTitle().getText(), description(projection, tornado, locale));
        AtomicFiles.write(out, bytes);
    }

    /**
     * Refuses {@code out} before anything is worked out when it ends neither in .png nor in .svg, or is a folder,
     * a device or a pipe.
     *
     * @return whether it is a PNG (else an SVG)
     */
    public static boolean checkTarget(Path out) {
        String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new RuleViolation(new LocalizedText(
                    new ProvenanceText(Locale.JAPANESE).format("tornado.format", out.toString()),
                    new ProvenanceText(Locale.ENGLISH).format("tornado.format", out.toString())));
        }
        AtomicFiles.checkTarget(out);
        return png;
    }

    private static String title(Series series, int year, Locale locale) {
        return new ProvenanceText(locale).format("tornado.title", series.name().get(locale), Integer.toString(year));
    }

    /** The bars as text, for the SVG's description: each input with the target's value at its two ends. */
    private static String description(Projection projection, Tornado tornado, Locale locale) {
        jp.mgp.model.Unit unit = projection.series(tornado.seriesId()).orElseThrow().unit();
        StringBuilder text = new StringBuilder();
        int rank = 1;
        for (TornadoBar bar : tornado.bars()) {
            text.append(rank++).append(". ").append(bar.label().get(locale)).append(": ")
                    .append(unit.format(bar.low(), locale)).append(" \u2013 ").append(unit.format(bar.high(), locale))
                    .append('\n');
        }
        return text.toString().strip();
    }
}
