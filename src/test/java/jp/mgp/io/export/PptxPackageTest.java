package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

import jp.mgp.Fixtures;

/** What the deck and the workbook say about themselves: properties, thumbnail and alt text. */
class PptxPackageTest {

    @TempDir
    Path dir;

    private Path deck(Locale locale, Path template, boolean pictures) throws IOException {
        Path out = dir.resolve("deck-" + locale + pictures + ".pptx");
        Exporter.export(Fixtures.defaultProjection(), null, Exporter.Request.of(ExportFormat.PPTX, locale)
                .withTemplate(template, pictures), out);
        return out;
    }

    @Test
    void theDeckNamesItsFormatSlidesTitleLanguageAndDate() throws IOException {
        Instant before = Instant.now().minusSeconds(1);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck(Locale.JAPANESE, null, false)))) {
            CTProperties app = ppt.getProperties().getExtendedProperties().getUnderlyingProperties();
            assertThat(app.getPresentationFormat()).isEqualTo("On-screen Show (16:9)");
            // Five charts, then the assumptions table (with the inputs of the robot chain) over three slides in Japanese.
            assertThat(app.getSlides()).isEqualTo(8);
            assertThat(app.getApplication()).isEqualTo("mgp");
            assertThat(app.getTitlesOfParts().getVector().getLpstrList()).containsExactly("Office Theme",
                    "AI・ロボット市場の規模（世界）", "デジタル赤字と原油輸入額（日本）", "労働需給ギャップ（日本）",
                    "労働需給ギャップをどう補うか（日本）", "多用途ロボットの導入（日本）", "前提と出所", "前提と出所（続き）",
                    "前提と出所（続き）");
            POIXMLProperties.CoreProperties core = ppt.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("日本のAI・ロボット関連予測 2024-2040");
            assertThat(core.getCreator()).isEqualTo("mgp");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("ja-JP");
            // Made now, not in 2006 and 2011 as POI's blank deck says.
            assertThat(core.getCreated().toInstant()).isBetween(before, Instant.now().plusSeconds(1));
            assertThat(core.getModified().toInstant()).isBetween(before, Instant.now().plusSeconds(1));
        }
    }

    @Test
    void aFourByThreeTemplateIsSaidToBeOne() throws IOException {
        Path template = dir.resolve("old.pptx");
        try (XMLSlideShow t = new XMLSlideShow(); OutputStream out = Files.newOutputStream(template)) {
            t.setPageSize(new java.awt.Dimension(720, 540));
            t.write(out);
        }
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck(Locale.ENGLISH, template, false)))) {
            assertThat(ppt.getProperties().getExtendedProperties().getUnderlyingProperties().getPresentationFormat())
                    .isEqualTo("On-screen Show (4:3)");
            assertThat(thumbnail(ppt).getHeight()).isEqualTo(192);
        }
    }

    @Test
    void theThumbnailIsTheFirstChartAtTheSlidesProportions() throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck(Locale.ENGLISH, null, false)))) {
            BufferedImage image = thumbnail(ppt);
            assertThat(image.getWidth()).isEqualTo(256);
            assertThat(image.getHeight()).isEqualTo(144);
            // The chart's lines, not POI's blank page: many shades where the coloured lines are drawn smooth.
            Set<Integer> colours = new HashSet<>();
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    colours.add(image.getRGB(x, y) & 0xF0F0F0);
                }
            }
            assertThat(colours.size()).isGreaterThan(20);
        }
    }

    private static BufferedImage thumbnail(XMLSlideShow ppt) throws IOException {
        assertThat(ppt.getProperties().getThumbnailFilename()).isEqualTo("/thumbnail.jpeg");
        return ImageIO.read(ppt.getProperties().getThumbnailImage());
    }

    @Test
    void everyChartAndPictureHasAltText() throws IOException {
        for (boolean pictures : List.of(false, true)) {
            try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck(Locale.ENGLISH, null, pictures)))) {
                XSLFSlide first = ppt.getSlides().get(0);
                String xml = first.getXmlObject().xmlText();
                assertThat(xml).as("pictures: " + pictures).contains("descr=\"AI and robot markets (global). "
                        + "Scenario: Base (the sources' own rules)  |  Japan AI and robotics outlook 2024-2040. "
                        + "Vertical AI market (global): ¥34.9 tn, CAGR 2024–2040: 21.6 %/yr. ");
                for (XSLFSlide slide : ppt.getSlides().subList(0, 3)) {
                    String s = slide.getXmlObject().xmlText();
                    assertThat(s).as(slide.getTitle()).containsPattern("<p:cNvPr [^>]*descr=\""
                            + java.util.regex.Pattern.quote(slide.getTitle() + ". "));
                }
            }
        }
    }

    @Test
    void theWorkbookNamesItsTitleAuthorAndLanguage() throws IOException {
        Path out = dir.resolve("book.xlsx");
        Exporter.export(Fixtures.defaultProjection(), null, Exporter.Request.of(ExportFormat.XLSX, Locale.ENGLISH),
                out);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Japan AI and robotics outlook 2024-2040");
            assertThat(core.getCreator()).isEqualTo("mgp");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("en-US");
            assertThat(Duration.between(core.getCreated().toInstant(), Instant.now()).abs()).isLessThan(
                    Duration.ofMinutes(1));
        }
    }
}
