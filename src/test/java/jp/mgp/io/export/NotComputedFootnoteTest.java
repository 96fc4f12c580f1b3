package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Derivation;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;

/**
 * A chart whose series the engine could not compute for some years says so in its footnote, in the deck's language:
 * with METI's 2030 digital deficit typed as +10 instead of -10, the 2024-2030 target has the other sign than 2024's
 * -6.7, so 2025 to 2029 stay empty (a gap in the line) and the deck said nothing about why.
 */
class NotComputedFootnoteTest {

    private static final String EN = "Years not computed: Digital deficit (Japan, shown below zero) 2025\u20132029: "
            + "no value, as the 2024\u20132030 target of \u00a510.0 tn has the opposite sign to the 2024 value of "
            + "-\u00a56.7 tn it starts from";
    private static final String JA = "計算できなかった年：デジタル赤字（日本、マイナスで表示） 2025～2029年：値なし（2024～2030年の"
            + "目標値10.0兆円が、始点の2024年の値-6.7兆円と符号が逆のため）。";

    @TempDir
    Path dir;

    private Projection flipped() throws Exception {
        return ProjectionFiles.read(Fixtures.deficitTypedPositive(dir));
    }

    private String deckText(Projection projection, Locale locale) throws Exception {
        Path out = dir.resolve("deck-" + locale + ".pptx");
        Exporter.export(projection, "base", new Exporter.Request(ExportFormat.PPTX, List.of("digital-deficit"), locale,
                ChartRendering.SLIDE_WIDTH, ChartRendering.SLIDE_HEIGHT, 1, null, false), out);
        try (InputStream in = Files.newInputStream(out); XMLSlideShow deck = new XMLSlideShow(in)) {
            return deck.getSlides().stream().flatMap(s -> s.getShapes().stream())
                    .filter(XSLFTextShape.class::isInstance).map(t -> ((XSLFTextShape) t).getText())
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    void theDeckNamesTheYearsNotComputedAndWhyInEitherLanguage() throws Exception {
        Projection projection = flipped();
        assertThat(deckText(projection, Locale.ENGLISH)).contains(EN);
        assertThat(deckText(projection, Locale.JAPANESE)).contains(JA).doesNotContain("not computed");
    }

    @Test
    void theShippedFileHasNoSuchLine() throws Exception {
        Projection shipped = Fixtures.defaultProjection();
        assertThat(deckText(shipped, Locale.ENGLISH)).doesNotContain("not computed").doesNotContain("no value");
        assertThat(deckText(shipped, Locale.JAPANESE)).doesNotContain("計算できなかった").doesNotContain("値なし");
        for (var chart : shipped.charts()) {
            for (String scenario : List.of("base", "optimistic", "pessimistic")) {
                ChartContent content = ChartContent.of(chart, new ProjectionEngine().project(shipped, scenario),
                        new ProvenanceText(Locale.ENGLISH));
                assertThat(content.footnote().toString()).as(chart.id() + " " + scenario).doesNotContain("no value");
            }
        }
    }

    /**
     * A chart of a series derived from the deficit names the derived series' empty years and the input they come
     * from, then the input's own years and cause, as the footnote lists what a chart rests on.
     */
    @Test
    void aDerivedSeriesIsEmptyWhereItsInputIs() throws Exception {
        Projection p = flipped();
        Series deficit = p.series().get(p.seriesIndex("digital-deficit"));
        Series half = new Series("half-deficit", new LocalizedText("赤字の半分", "Half the deficit"), deficit.unit(),
                null, List.of(), List.of(), new Derivation(Derivation.Op.SCALE, List.of("digital-deficit"), 0.5));
        List<Series> series = new java.util.ArrayList<>(p.series());
        series.add(half);
        ChartSpec chart = new ChartSpec("half", LocalizedText.of("Half"), List.of("half-deficit"), List.of(),
                deficit.unit(), false);
        p = p.withSeries(series).withCharts(List.of(chart));
        ChartContent content = ChartContent.of(chart, new ProjectionEngine().project(p, "base"),
                new ProvenanceText(Locale.ENGLISH));
        assertThat(content.footnote().notComputed()).containsExactly(
                "Half the deficit 2025\u20132029: no value, as Digital deficit (Japan, shown below zero) has none there",
                "Digital deficit (Japan, shown below zero) 2025\u20132029: no value, as the 2024\u20132030 target of "
                        + "\u00a510.0 tn has the opposite sign to the 2024 value of -\u00a56.7 tn it starts from");
        ChartContent ja = ChartContent.of(chart, new ProjectionEngine().project(p, "base"),
                new ProvenanceText(Locale.JAPANESE));
        assertThat(ja.footnote().notComputed().get(0))
                .isEqualTo("赤字の半分 2025～2029年：値なし（デジタル赤字（日本、マイナスで表示）に値がないため）");
    }

    @Test
    void thePdfReportSaysItToo() throws Exception {
        Path out = dir.resolve("report.pdf");
        Exporter.export(flipped(), "base", new Exporter.Request(ExportFormat.PDF, List.of("digital-deficit"),
                Locale.ENGLISH, ChartRendering.SLIDE_WIDTH, ChartRendering.SLIDE_HEIGHT, 1, null, false), out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Years not computed Digital deficit (Japan, shown below zero) 2025\u20132029: "
                    + "no value, as the 2024\u20132030 target of \u00a510.0 tn has the opposite sign");
        }
    }
}
