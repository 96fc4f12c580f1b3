package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * The PDF has a text layer that search, copy and screen readers use, in an embedded subset of the bundled font, and
 * cites what the deck cites: every source, derived rule and assumption, and the assumptions table.
 */
class PdfReportTest {

    private final Projection projection = Fixtures.defaultProjection();
    private final ProjectionResult result = new ProjectionEngine().project(projection, "base");

    private PDDocument pdf(Locale locale) throws IOException {
        return Loader.loadPDF(PdfReport.write(result.effective().charts(), result, locale, 960, 540));
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }

    /** Text as a reader copies it, lines joined: a wrapped sentence is found whole. */
    private static String joined(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void chartPagesCarryTheirTitlesLabelsAndLegendsAsText() throws IOException {
        try (PDDocument pdf = pdf(Locale.JAPANESE)) {
            String first = text(pdf, 1, 1);
            assertThat(first).contains("AI・ロボット市場の規模（世界）").contains("兆円").contains("2030")
                    .contains("出所：55.0兆円").contains("バーティカルAI市場（世界）");
            assertThat(text(pdf, 3, 3)).contains("労働需給ギャップ（日本）").contains("万人");
        }
        try (PDDocument pdf = pdf(Locale.ENGLISH)) {
            assertThat(text(pdf, 1, 1)).contains("AI and robot markets (global)").contains("Source: ¥55.0 tn")
                    .contains("Year");
        }
    }

    @Test
    void theTextIsInAnEmbeddedSubsetOfTheBundledFont() throws IOException {
        try (PDDocument pdf = pdf(Locale.JAPANESE)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                collect(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font).isInstanceOf(PDType0Font.class);
                // A subset's name is six capitals, a plus, then the font's own name.
                assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic");
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            }
        }
    }

    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }

    @Test
    void theSourcesAndAssumptionsFollowTheChartsAsInTheDeck() throws IOException {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            ProvenanceText words = new ProvenanceText(locale);
            try (PDDocument pdf = pdf(locale)) {
                String after = joined(text(pdf, 4, pdf.getNumberOfPages()));
                for (ChartSpec spec : result.effective().charts()) {
                    ChartContent content = ChartContent.of(spec, result, words);
                    assertThat(after).contains(joined(content.title()));
                    List<String> all = new ArrayList<>(content.footnote().sources());
                    all.addAll(content.footnote().derived());
                    all.addAll(content.footnote().assumptions());
                    for (String item : all) {
                        assertThat(after).as(item).contains(joined(item));
                    }
                }
                List<String> ids = new ArrayList<>();
                result.effective().charts().forEach(c -> c.series().stream().filter(s -> !ids.contains(s))
                        .forEach(ids::add));
                List<AssumptionRows.Row> rows = AssumptionRows.of(result, ids, words);
                // The charted series' 13 rules and derivations, the 4 of the robot chain's inputs no chart draws, and
                // the 4 values the chain assumes (reskilled workers in 2024, Japan's share, the price, workers a robot).
                assertThat(rows).hasSize(21);
                for (AssumptionRows.Row row : rows) {
                    assertThat(after).contains(joined(row.rule())).contains(joined(row.basis()));
                }
                assertThat(after).contains(joined(words.get("table.title")));
            }
        }
    }

    @Test
    void metadataIsInTheChosenLanguage() throws IOException {
        try (PDDocument pdf = pdf(Locale.JAPANESE)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("日本のAI・ロボット関連予測 2024-2040");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("市場予測：グラフ、その出所と前提");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
        try (PDDocument pdf = pdf(Locale.ENGLISH)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Japan AI and robotics outlook 2024-2040");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
        }
    }

    /** A table longer than a page goes on to the next under "(continued)", its header repeated, no row lost. */
    @Test
    void aLongTableContinuesOnTheNextPage() throws IOException {
        ProvenanceText words = new ProvenanceText(Locale.JAPANESE);
        List<AssumptionRows.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(new AssumptionRows.Row("系列" + i, "2024–2040", "年率 " + i + ".0%", "仮定",
                    "前提の説明 row-" + i + ". " + "長い説明文。".repeat(i % 5), true));
        }
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); var in = jp.mgp.chart.ChartFonts.open()) {
            PdfPages pages = new PdfPages(doc, PDType0Font.load(doc, in), 960, 540, words.get("continued"));
            new PdfAssumptions(pages, rows, words).write();
            pages.close();
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
                String page = text(pdf, p, p);
                assertThat(page).startsWith("前提と出所（続き）").contains("根拠と出所");
            }
            String all = text(pdf, 1, pdf.getNumberOfPages());
            for (int i = 1; i <= 40; i++) {
                assertThat(all).contains("row-" + i + ".");
            }
        }
    }
}
