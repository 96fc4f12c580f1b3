package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.ZipParts;
import jp.mgp.cli.MgpCliTest;
import jp.mgp.model.Projection;

class PptxDeckTest {

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    private XMLSlideShow deck(Locale locale, String scenario) throws IOException {
        Path out = dir.resolve("deck-" + locale + ".pptx");
        Exporter.export(projection, scenario, Exporter.Request.of(ExportFormat.PPTX, locale), out);
        return new XMLSlideShow(Files.newInputStream(out));
    }

    private static XSLFChart chartOn(XSLFSlide slide) {
        return slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast)
                .findFirst().orElseThrow();
    }

    private static String title(XDDFChartData.Series series) {
        return ((org.apache.poi.xddf.usermodel.chart.XDDFLineChartData.Series) series).getCTLineSer().getTx()
                .getStrRef().getStrCache().getPtArray(0).getV();
    }

    /** Every text shape of a slide, table cells included. */
    private static List<XSLFTextShape> textShapes(XSLFSlide slide) {
        List<XSLFTextShape> shapes = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                shapes.add(t);
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(r -> shapes.addAll(r.getCells()));
            }
        }
        return shapes;
    }

    private static String text(XSLFSlide slide) {
        return textShapes(slide).stream().map(XSLFTextShape::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void theDeckIsTheSameWhateverTheMachinesLanguage(@TempDir Path dir) throws Exception {
        Locale machine = Locale.getDefault();
        try {
            for (Locale deck : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                Locale.setDefault(Locale.JAPAN);
                Path onJapanese = dir.resolve("ja-machine-" + deck.getLanguage() + ".pptx");
                Exporter.export(Fixtures.defaultProjection(), "base", Exporter.Request.of(ExportFormat.PPTX, deck),
                        onJapanese);
                Locale.setDefault(Locale.US);
                Path onEnglish = dir.resolve("en-machine-" + deck.getLanguage() + ".pptx");
                Exporter.export(Fixtures.defaultProjection(), "base", Exporter.Request.of(ExportFormat.PPTX, deck),
                        onEnglish);
                assertThat(ZipParts.of(onJapanese)).as(deck + " deck").isEqualTo(ZipParts.of(onEnglish));
                try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(onJapanese))) {
                    String unitTitle = ppt.getCharts().get(0).getCTChart().getPlotArea().getValAxArray(0).getTitle()
                            .getTx().getRich().getPArray(0).getRArray(0).getRPr().getLang();
                    assertThat(unitTitle).isEqualTo(deck == Locale.JAPANESE ? "ja-JP" : "en-US");
                }
            }
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void oneSixteenByNineSlidePerChartThenTheAssumptions() throws IOException {
        try (XMLSlideShow ppt = deck(Locale.ENGLISH, "base")) {
            assertThat(ppt.getPageSize().getWidth()).isEqualTo(960);
            assertThat(ppt.getPageSize().getHeight()).isEqualTo(540);
            // Five charts, then the assumptions, whose table (the labour chain's assumptions and its inputs' too)
            // goes on to a second and a third slide.
            assertThat(ppt.getSlides()).hasSize(8);
            assertThat(ppt.getSlides().get(0).getTitle()).isEqualTo("AI and robot markets (global)");
            assertThat(ppt.getSlides().get(5).getTitle()).isEqualTo("Assumptions and sources");
            assertThat(ppt.getSlides().get(6).getTitle()).isEqualTo("Assumptions and sources (continued)");
            assertThat(ppt.getCharts()).hasSize(5);
            assertThat(text(ppt.getSlides().get(0))).contains("Scenario: Base (the sources' own rules)");
        }
    }

    @Test
    void chartsAreNativeWithTheirNumbersInTheEmbeddedWorkbook() throws Exception {
        try (XMLSlideShow ppt = deck(Locale.ENGLISH, "base")) {
            XSLFChart chart = chartOn(ppt.getSlides().get(0));
            XDDFChartData lines = chart.getChartSeries().get(0);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < lines.getSeriesCount(); i++) {
                names.add(title(lines.getSeries(i)));
            }
            assertThat(names).containsExactly("Vertical AI market (global)  CAGR 2024–2040: 21.6 %/yr",
                    "Vertical AI market (global) (projected)",
                    "Physical AI market (global, excl. autonomous driving)  CAGR 2024–2040: 34.4 %/yr",
                    "Physical AI market (global, excl. autonomous driving) (projected)",
                    "Multipurpose robot market (global)  CAGR 2024–2040: 30.0 %/yr",
                    "Source: Vertical AI market (global) 2040",
                    "Source: Physical AI market (global, excl. autonomous driving) 2040");
            try (XSSFWorkbook book = chart.getWorkbook()) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Year");
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Vertical AI market (global) (¥ tn)");
                Row y2034 = sheet.getRow(2034 - 2024 + 1);
                Row y2040 = sheet.getRow(2040 - 2024 + 1);
                assertThat(y2034.getCell(0).getNumericCellValue()).isEqualTo(2034);
                // The sourced 2034 point ends the solid stretch and starts the projected one; both read column B.
                assertThat(y2034.getCell(1).getNumericCellValue()).isEqualTo(10.8);
                assertThat(y2034.getCell(2).getCellFormula()).isEqualTo("B12");
                assertThat(y2034.getCell(3).getCellFormula()).isEqualTo("B12");
                assertThat(y2040.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                assertThat(y2040.getCell(1).getNumericCellValue()).isCloseTo(10.8 * Math.pow(1.216, 6), within(1e-9));
                assertThat(y2040.getCell(3).getNumericCellValue()).isCloseTo(10.8 * Math.pow(1.216, 6), within(1e-9));
                assertThat(y2040.getCell(4).getNumericCellValue()).isCloseTo(12.5 * Math.pow(1.344, 5), within(1e-9));
                assertThat(y2040.getCell(7).getNumericCellValue()).isEqualTo(60.0);
            }
            String xml = chart.getCTChartSpace().xmlText();
            assertThat(xml).contains("prstDash val=\"sysDash\"").contains("<c:symbol val=\"diamond\"/>")
                    .doesNotContain("sourceLinked=\"true\"/><c:majorTickMark val=\"none\"");
        }
    }

    @Test
    void referenceLinesAreLabelledSeries() throws IOException {
        try (XMLSlideShow ppt = deck(Locale.ENGLISH, "base")) {
            XSLFChart chart = chartOn(ppt.getSlides().get(1));
            XDDFChartData lines = chart.getChartSeries().get(0);
            XDDFChartData.Series crude = lines.getSeries(lines.getSeriesCount() - 1);
            assertThat(title(crude)).startsWith("Crude-oil imports");
            assertThat(crude.getValuesData().getPointAt(0).doubleValue()).isEqualTo(-6.9);
        }
    }

    @Test
    void footnoteCitesEverySourcedPointAndNamesTheAssumptions() throws IOException {
        try (XMLSlideShow ppt = deck(Locale.ENGLISH, "base")) {
            String markets = text(ppt.getSlides().get(0));
            assertThat(markets).contains("Sources: [1] Global Market Insights, \"Vertical AI Market Global Forecast "
                    + "2025-2034\"").contains("Vertical AI market (global) 2034: ¥10.8 tn")
                    .contains("Physical AI market (global, excl. autonomous driving) 2035: ¥12.5 tn")
                    .contains("Multipurpose robot market (global) 2040: ¥60.0 tn")
                    .contains("the source's own 2040 figure ¥35.0 tn (by its rule mgp computes ¥34.9 tn)")
                    .contains("Vertical AI market (global) 2024–2040: compound growth 21.6 %/yr")
                    .contains("Assumptions (not in the sources): Multipurpose robot market (global) 2024–2040: "
                            + "compound growth 30.0 %/yr");
            String table = text(ppt.getSlides().get(5));
            assertThat(table).contains("Digital deficit").contains("2030–2040").contains("assumption");
        }
    }

    @Test
    void englishFootnotesGiveEnglishTitlesWithTheJapaneseOriginal() throws IOException {
        try (XMLSlideShow ppt = deck(Locale.ENGLISH, "base")) {
            String deficit = text(ppt.getSlides().get(1));
            assertThat(deficit).contains("Ministry of Finance and Bank of Japan (MOF / BOJ), \"Balance of payments "
                    + "statistics (digital-related services balance)\" [国際収支統計（デジタル関連サービス収支）]; via "
                    + "METI, 'AI and semiconductor policy / AI robotics' materials (2025) [経済産業省「AI・半導体政策／"
                    + "AIロボティクス」資料 (2025)]");
            // A title that is English already stays as it is.
            assertThat(text(ppt.getSlides().get(0))).contains("Global Market Insights, \"Vertical AI Market Global "
                    + "Forecast 2025-2034\"; via Cabinet Office and METI");
        }
        try (XMLSlideShow ppt = deck(Locale.JAPANESE, "base")) {
            // As a Japanese deck cites: 「title」（quoting deck より引用）, brackets full-width, no "via".
            assertThat(text(ppt.getSlides().get(1))).contains("[1] 財務省・日本銀行（MOF / BOJ）「国際収支統計（デジタル関連"
                    + "サービス収支）」（経済産業省「AI・半導体政策／AIロボティクス」資料（2025）より引用）：デジタル赤字（日本、"
                    + "マイナスで表示） 2024年 -6.7兆円").doesNotContain("Ministry of Finance").doesNotContain("via ");
        }
    }

    @Test
    void scenarioChangesTheSubtitleTheNumbersAndTheFootnote() throws Exception {
        try (XMLSlideShow ppt = deck(Locale.ENGLISH, "optimistic")) {
            assertThat(text(ppt.getSlides().get(0))).contains("Scenario: Optimistic")
                    .contains("Assumptions (not in the sources): ")
                    .contains("the source's own 2040 figure ¥35.0 tn (this scenario: ¥44.5 tn)")
                    .doesNotContain("by its rule mgp computes ¥44.5 tn");
            try (XSSFWorkbook book = chartOn(ppt.getSlides().get(0)).getWorkbook()) {
                assertThat(book.getSheetAt(0).getRow(17).getCell(1).getNumericCellValue())
                        .isCloseTo(44.465788, within(1e-6));
                assertThat(book.getSheetAt(0).getRow(17).getCell(3).getNumericCellValue())
                        .isCloseTo(44.465788, within(1e-6));
            }
        }
    }

    @Test
    void japaneseRunsCarryEastAsianFontsAndLanguage() throws IOException {
        try (XMLSlideShow ppt = deck(Locale.JAPANESE, "base")) {
            assertThat(ppt.getSlides().get(0).getTitle()).isEqualTo("AI・ロボット市場の規模（世界）");
            int runs = 0;
            for (XSLFSlide slide : ppt.getSlides()) {
                for (XSLFTextShape t : textShapes(slide)) {
                    for (var p : t.getTextParagraphs()) {
                        for (XSLFTextRun r : p.getTextRuns()) {
                            assertThat(r.getRPr(false).getEa()).as(t.getShapeName() + ": " + r.getRawText())
                                    .isNotNull();
                            assertThat(r.getRPr(false).getEa().getTypeface()).isEqualTo("Yu Gothic");
                            assertThat(r.getRPr(false).getLang()).isEqualTo("ja-JP");
                            runs++;
                        }
                    }
                }
            }
            assertThat(runs).isGreaterThan(10);
            String chart = chartOn(ppt.getSlides().get(0)).getCTChartSpace().xmlText();
            assertThat(chart).contains("<a:ea typeface=\"Yu Gothic\"/>").contains("兆円");
            assertThat(text(ppt.getSlides().get(2))).contains("出所").contains("万人");
        }
    }

    @Test
    void buildsOnTheUsersTemplateKeepingItsMaster() throws Exception {
        Path template = dir.resolve("corporate.pptx");
        try (XMLSlideShow t = new XMLSlideShow(); OutputStream out = Files.newOutputStream(template)) {
            XSLFAutoShape band = t.getSlideMasters().get(0).createAutoShape();
            band.setShapeType(ShapeType.RECT);
            ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) band.getXmlObject()).getNvSpPr().getCNvPr()
                    .setName("Corporate band");
            t.createSlide();
            t.write(out);
        }
        Path out = dir.resolve("branded.pptx");
        Exporter.export(projection, null, Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH)
                .withTemplate(template, false), out);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            // Five charts, then the assumptions: on this narrow 4:3 page the table goes on to three more slides.
            assertThat(ppt.getSlides()).hasSize(10);
            assertThat(ppt.getSlides().get(7).getTitle()).isEqualTo("Assumptions and sources (continued)");
            assertThat(ppt.getPageSize().getWidth()).isEqualTo(720);
            assertThat(ppt.getSlideMasters().get(0).getShapes()).anyMatch(s -> "Corporate band".equals(s.getShapeName()));
            assertThat(ppt.getCharts()).hasSize(5);
        }

        Path potx = dir.resolve("corporate.potx");
        try (OPCPackage pkg = OPCPackage.open(Files.newInputStream(template))) {
            pkg.replaceContentType("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml");
            try (OutputStream o = Files.newOutputStream(potx)) {
                pkg.save(o);
            }
        }
        Exporter.export(projection, null, Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH)
                .withTemplate(potx, false), out);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            assertThat(ppt.getSlides()).hasSize(10);
        }
    }

    @Test
    void picturesOnlyDeckHasNoCharts() throws IOException {
        Path out = dir.resolve("pictures.pptx");
        Exporter.export(projection, null, Exporter.Request.of(ExportFormat.PPTX, Locale.JAPANESE)
                .withTemplate(null, true), out);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            assertThat(ppt.getCharts()).isEmpty();
            assertThat(ppt.getPictureData()).hasSize(5);
            assertThat(text(ppt.getSlides().get(0))).contains("出所");
        }
    }

    @Test
    void cliWritesTheSameDeckAsTheExporter() throws IOException {
        Path direct = dir.resolve("direct.pptx");
        Exporter.export(projection, "pessimistic", Exporter.Request.of(ExportFormat.PPTX, Locale.JAPANESE)
                .withCharts(List.of("markets", "labour-gap")), direct);
        Path viaCli = dir.resolve("cli.pptx");
        MgpCliTest.Run run = MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format", "pptx", "--scenario",
                "pessimistic", "--chart", "markets,labour-gap", "--lang", "ja", "--out", viaCli.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(ZipParts.of(viaCli)).isEqualTo(ZipParts.of(direct));
    }

    @Test
    void aBadTemplateIsNamedAndTheOldDeckKept() throws IOException {
        Path out = dir.resolve("deck.pptx");
        Files.writeString(out, "previous deck");
        Path template = dir.resolve("notes.pptx");
        Files.writeString(template, "not a presentation");
        assertThatThrownBy(() -> Exporter.export(projection, null, Exporter.Request.of(ExportFormat.PPTX,
                Locale.ENGLISH).withTemplate(template, false), out)).hasMessageContaining(template.toString())
                .hasMessageContaining("not a PowerPoint");
        assertThat(Files.readString(out)).isEqualTo("previous deck");
    }
}
