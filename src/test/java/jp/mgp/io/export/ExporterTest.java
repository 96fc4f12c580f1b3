package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import jp.mgp.Fixtures;
import jp.mgp.cli.MgpCliTest;
import jp.mgp.model.Projection;

class ExporterTest {

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    @Test
    void pdfHasOneSlideSizedPagePerChartThenTheSourcesAndTheAssumptions() throws IOException {
        Path out = dir.resolve("deck.pdf");
        assertThat(Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PDF, Locale.JAPANESE), out))
                .containsExactly(out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // Five charts, then the pages of their sources and of the assumptions table (its last row on a page of
            // its own since the Japanese lines no longer break before a closing bracket or a small kana).
            assertThat(pdf.getNumberOfPages()).isEqualTo(11);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDRectangle box = pdf.getPage(i).getMediaBox();
                assertThat(box.getWidth()).isEqualTo(960f);
                assertThat(box.getHeight()).isEqualTo(540f);
            }
            // The title is the projection's own in the chosen language, not its English one.
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("日本のAI・ロボット関連予測 2024-2040");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
        }
    }

    @Test
    void svgIsAVectorSlideWithTextAsOutlines() throws Exception {
        Path out = dir.resolve("markets.svg");
        Exporter.export(projection, "base", new Exporter.Request(ExportFormat.SVG, List.of("markets"),
                Locale.ENGLISH, 1920, 1080, 1, null, false), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(out.toFile());
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("1920");
        assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("1080");
        // Laid out as a 960 × 540 slide and shown at twice that: the viewBox scales it, here and on any page.
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 960.0 540.0");
        assertThat(svg.getElementsByTagName("text").getLength()).isZero();
        assertThat(svg.getElementsByTagName("path").getLength()).isGreaterThan(100);
        // Outlines cannot be read, so the title and the values are stated in <title> and <desc>.
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("AI and robot markets (global)");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .contains("Scenario: Base (the sources' own rules)")
                .contains("Vertical AI market (global): ¥34.9 tn, CAGR 2024–2040: 21.6 %/yr")
                .contains("Physical AI market (global, excl. autonomous driving): ¥54.8 tn, CAGR 2024–2040: 34.4 %/yr")
                .contains("Multipurpose robot market (global): ¥60.0 tn");
    }

    @Test
    void pngIsSlideSizedAndScales() throws IOException {
        Path out = dir.resolve("c.png");
        List<Path> written = Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PNG, Locale.JAPANESE), out);
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("c-markets.png", "c-digital-deficit.png", "c-labour-gap.png", "c-labour-gap-filled.png",
                        "c-robots-japan.png");
        BufferedImage image = ImageIO.read(written.get(0).toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        Exporter.export(projection, "base", new Exporter.Request(ExportFormat.PNG, List.of("labour-gap"),
                Locale.ENGLISH, 800, 450, 2, null, false), out);
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(1600);
    }

    /**
     * The default 1920 × 1080 picture is laid out for the slide or screen it fills, as a 960 × 540 one drawn twice
     * as large: the same pixels as --size 960x540 --scale 2, so its year labels are as large, not 9 px tall.
     */
    @Test
    void aLargePictureIsLaidOutForTheSizeItIsSeenAt() throws IOException {
        Path large = dir.resolve("large.png");
        Path doubled = dir.resolve("doubled.png");
        Exporter.export(projection, "base", new Exporter.Request(ExportFormat.PNG, List.of("markets"),
                Locale.ENGLISH, 1920, 1080, 1, null, false), large);
        Exporter.export(projection, "base", new Exporter.Request(ExportFormat.PNG, List.of("markets"),
                Locale.ENGLISH, 960, 540, 2, null, false), doubled);
        BufferedImage a = ImageIO.read(large.toFile());
        BufferedImage b = ImageIO.read(doubled.toFile());
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y += 3) {
            for (int x = 0; x < a.getWidth(); x += 3) {
                differing += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        assertThat(differing).isZero();
    }

    @Test
    void csvIsTheTableCommandsOutput() throws IOException {
        Path out = dir.resolve("t.csv");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.CSV, Locale.ENGLISH), out);
        assertThat(Files.readString(out)).isEqualTo(MgpCliTest.run("table", Fixtures.DEFAULT.toString()).out());
    }

    @Test
    void theCliWritesTheSameFileAsTheExporter() throws IOException {
        Path direct = dir.resolve("direct.svg");
        Path viaCli = dir.resolve("cli.svg");
        Exporter.export(projection, "base", new Exporter.Request(ExportFormat.SVG, List.of("digital-deficit"),
                Locale.JAPANESE, 1920, 1080, 1, null, false), direct);
        MgpCliTest.Run run = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "svg", "--chart",
                "digital-deficit", "--lang", "ja", "--out", viaCli.toString());
        assertThat(run.code()).isZero();
        // Under --lang ja the command line's report is Japanese too ("wrote PATH").
        assertThat(run.out()).isEqualTo(viaCli + " \u306b\u66f8\u304d\u51fa\u3057\u307e\u3057\u305f\n");
        assertThat(Files.readAllBytes(viaCli)).isEqualTo(Files.readAllBytes(direct));
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndSaysWhy() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path out = notAFolder.resolve("deck.pdf");
        assertThatThrownBy(() -> Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PDF, Locale.ENGLISH), out))
                .isInstanceOf(IOException.class).hasMessageContaining(out.toString());
        // A folder stands at the target: it is refused before anything is rendered, what was there is left as it
        // was, and no temporary file is left beside it.
        Path target = Files.createDirectory(dir.resolve("keep.csv"));
        Path old = Files.writeString(target.resolve("old.csv"), "old");
        List<Path> before;
        try (var listing = Files.list(dir)) {
            before = listing.sorted().toList();
        }
        MgpCliTest.Run run = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "csv", "--out",
                target.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("keep.csv is a folder, not a file; nothing was written");
        assertThat(Files.readString(old)).isEqualTo("old");
        try (var listing = Files.list(dir)) {
            assertThat(listing.sorted().toList()).isEqualTo(before);
        }
    }

    @Test
    void anUnknownChartOrFormatIsNamed() {
        assertThatThrownBy(() -> Exporter.export(projection, "base", new Exporter.Request(ExportFormat.PNG,
                List.of("pie"), Locale.ENGLISH, 100, 100, 1, null, false), dir.resolve("x.png")))
                .hasMessageContaining("no chart 'pie'");
        assertThat(MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "gif", "--out", "x").err())
                .contains("--format gif: mgp writes pptx, pdf, svg, png, xlsx or csv");
        assertThat(MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "pptx", "--template",
                dir.resolve("missing.potx").toString(), "--out", "x").err())
                .contains("--template " + dir.resolve("missing.potx") + ": no such file");
    }

    /** The window and other callers get the same refusal as the command line, whatever the format. */
    @Test
    void anUnknownScenarioOrChartIsRefusedInEveryFormatAndNothingIsWritten() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            Path out = dir.resolve("x." + format.extension());
            assertThatThrownBy(() -> Exporter.export(projection, "nope", Exporter.Request.of(format, Locale.ENGLISH),
                    out)).as(format.name()).isInstanceOf(jp.mgp.model.RuleViolation.class)
                    .hasMessage("no scenario 'nope'; the file has base, optimistic, pessimistic");
            assertThatThrownBy(() -> Exporter.export(projection, "base", Exporter.Request.of(format, Locale.ENGLISH)
                    .withCharts(List.of("pie")), out)).as(format.name()).isInstanceOf(jp.mgp.model.RuleViolation.class)
                    .hasMessage("no chart 'pie'; the file has [markets, digital-deficit, labour-gap, labour-gap-filled, robots-japan]");
            assertThat(out).doesNotExist();
        }
    }
}
