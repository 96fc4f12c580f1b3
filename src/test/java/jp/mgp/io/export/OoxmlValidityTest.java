package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.mgp.Fixtures;
import jp.mgp.model.Projection;

/**
 * Every XML part of every deck and workbook mgp makes is valid against the ECMA-376 transitional schemas: the plain
 * deck, the pictures-only deck, a deck on a template (one made by PowerPoint's reader and one of mgp's own decks),
 * and the workbook, in both languages.
 */
class OoxmlValidityTest {

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyPartOfTheDeckIsValid(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        Path deck = export(ExportFormat.PPTX, Exporter.Request.of(ExportFormat.PPTX, locale), "deck.pptx");
        assertThat(OoxmlSchemas.xmlParts(deck)).contains("deck.pptx!ppt/charts/chart1.xml",
                "deck.pptx!ppt/slides/slide4.xml", "deck.pptx!docProps/app.xml", "deck.pptx!docProps/core.xml",
                "deck.pptx![Content_Types].xml",
                "deck.pptx!ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx!xl/worksheets/sheet1.xml");
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyPartOfADeckWithFansIsValid(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        Path deck = export(ExportFormat.PPTX, Exporter.Request.of(ExportFormat.PPTX, locale).withFans(true),
                "fans.pptx");
        // The fans' stacked areas, their hidden legend entries and the quantiles' formulas are in these parts.
        assertThat(OoxmlSchemas.xmlParts(deck)).contains("fans.pptx!ppt/charts/chart1.xml",
                "fans.pptx!ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx!xl/worksheets/sheet1.xml");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(deck.toFile())) {
            String chart = new String(zip.getInputStream(zip.getEntry("ppt/charts/chart1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(chart).contains("<c:areaChart>", "<c:legendEntry>", "<a:alpha val=\"16000\"/>");
        }
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
        Path pictures = export(ExportFormat.PPTX, Exporter.Request.of(ExportFormat.PPTX, locale).withFans(true)
                .withTemplate(null, true), "fan-pictures.pptx");
        assertThat(OoxmlSchemas.problems(pictures)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyPartOfThePicturesOnlyDeckIsValid(String language) throws IOException {
        Path deck = export(ExportFormat.PPTX, Exporter.Request.of(ExportFormat.PPTX, Locale.forLanguageTag(language))
                .withTemplate(null, true), "pictures.pptx");
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyPartOfADeckOnATemplateIsValid(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        Path template = dir.resolve("corporate.pptx");
        try (XMLSlideShow t = new XMLSlideShow(); OutputStream out = Files.newOutputStream(template)) {
            XSLFAutoShape band = t.getSlideMasters().get(0).createAutoShape();
            band.setShapeType(ShapeType.RECT);
            band.setAnchor(new java.awt.geom.Rectangle2D.Double(0, 500, 720, 40));
            t.createSlide();
            t.write(out);
        }
        Path deck = export(ExportFormat.PPTX, Exporter.Request.of(ExportFormat.PPTX, locale)
                .withTemplate(template, false), "branded.pptx");
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
        // mgp's own deck as the template of the next: its charts and workbooks go, its master stays.
        Path again = export(ExportFormat.PPTX, Exporter.Request.of(ExportFormat.PPTX, locale)
                .withTemplate(deck, false), "again.pptx");
        assertThat(OoxmlSchemas.problems(again)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyPartOfTheWorkbookIsValid(String language) throws IOException {
        Path book = export(ExportFormat.XLSX, Exporter.Request.of(ExportFormat.XLSX, Locale.forLanguageTag(language)),
                "book.xlsx");
        assertThat(OoxmlSchemas.xmlParts(book)).contains("book.xlsx!xl/styles.xml", "book.xlsx!xl/worksheets/sheet5.xml");
        assertThat(OoxmlSchemas.problems(book)).isEmpty();
    }

    private Path export(ExportFormat format, Exporter.Request request, String name) throws IOException {
        Path out = dir.resolve(name);
        List<Path> written = Exporter.export(projection, null, request, out);
        assertThat(written).containsExactly(out);
        assertThat(format).isEqualTo(request.format());
        return out;
    }
}
