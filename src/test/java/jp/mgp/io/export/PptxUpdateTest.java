package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;

/**
 * A deck the user has arranged is brought up to date: made by mgp, then edited with POI as a user would in
 * PowerPoint (a chart moved and resized, a series recoloured, a slide and a shape of their own added), then
 * updated after a rate changed. The edits stay; the numbers are new, read back from the chart and its workbook.
 */
class PptxUpdateTest {

    private static final String C = "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' "
            + "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' ";
    private static final String VERTICAL_AI = "Vertical AI market (global)";
    private static final Rectangle2D MOVED = new Rectangle2D.Double(100, 120, 500, 300);

    @TempDir
    Path dir;

    private final Projection projection = Fixtures.defaultProjection();

    /** The default file with vertical AI growing 25 %/yr from 2034 instead of the source's 21.6 %. */
    private Projection fasterVerticalAi() throws Exception {
        String json = Files.readString(Fixtures.DEFAULT);
        String before = "\"to\": 2040,\n          \"rate\": 0.216,";
        assertThat(json).containsOnlyOnce(before);
        Path changed = Files.writeString(dir.resolve("faster.json"), json.replace(before,
                "\"to\": 2040,\n          \"rate\": 0.25,"));
        return ProjectionFiles.read(changed);
    }

    private Path deck(Projection p) throws IOException {
        Path out = dir.resolve("deck.pptx");
        Exporter.export(p, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH), out);
        return out;
    }

    /** What a user does in PowerPoint: moves the first chart, recolours a line, adds a slide and a note. */
    private static void arrangeByHand(Path deck) throws IOException {
        try (XMLSlideShow ppt = open(deck)) {
            XSLFSlide first = ppt.getSlides().get(0);
            XSLFGraphicFrame frame = chartFrame(first, "markets");
            frame.setAnchor(MOVED);
            lineColour(frame.getChart(), VERTICAL_AI).setStringValue("FF00FF");
            XSLFTextBox note = first.createTextBox();
            note.setAnchor(new Rectangle2D.Double(700, 20, 200, 30));
            note.setText("Draft for the board");
            XSLFSlide own = ppt.createSlide();
            own.createTextBox().setText("Reviewer's own slide");
            ppt.setSlideOrder(own, 1);
            try (OutputStream out = Files.newOutputStream(deck)) {
                ppt.write(out);
            }
        }
    }

    @Test
    void keepsTheUsersArrangementAndShowsTheNewNumbers() throws Exception {
        Path deck = deck(projection);
        int slidesBefore;
        try (XMLSlideShow ppt = open(deck)) {
            slidesBefore = (int) notAssumptions(ppt.getSlides());
            assertThat(value2040(chartFrame(ppt.getSlides().get(0), "markets").getChart()))
                    .as("the source's rule before").isCloseTo(10.8 * Math.pow(1.216, 6), within(1e-6));
        }
        arrangeByHand(deck);

        Exporter.UpdateReport report = Exporter.update(fasterVerticalAi(), "base",
                Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH), deck, deck);

        assertThat(report.updated()).containsExactly("markets", "digital-deficit", "labour-gap", "labour-gap-filled",
                "robots-japan");
        assertThat(report.added()).isEmpty();
        assertThat(report.gone()).isEmpty();
        try (XMLSlideShow ppt = open(deck)) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertThat(notAssumptions(slides)).as("the charts and the user's slide").isEqualTo(slidesBefore + 1);
            assertThat(text(slides.get(1))).as("the user's slide, where they put it").contains("Reviewer's own slide");
            XSLFSlide first = slides.get(0);
            XSLFGraphicFrame frame = chartFrame(first, "markets");
            assertThat(frame.getAnchor()).as("moved and resized by the user").isEqualTo(MOVED);
            assertThat(text(first)).contains("Draft for the board");
            XSLFChart chart = frame.getChart();
            assertThat(lineColour(chart, VERTICAL_AI).getStringValue()).as("recoloured by the user").isEqualTo("FF00FF");
            double expected = 10.8 * Math.pow(1.25, 6); // 41.19873046875
            assertThat(value2040(chart)).as("the chart's numbers").isCloseTo(expected, within(1e-6));
            assertThat(workbook2040(chart)).as("the workbook behind Edit Data").isCloseTo(expected, within(1e-6));
            // The end label is a data label showing the value the chart holds: 10.8 * 1.25^6.
            assertThat(chart.getCTChartSpace().xmlText()).as("the end label's value").contains("<c:v>41.19873046875</c:v>")
                    .contains("<c:showVal val=\"true\"/>");
            assertThat(PptxTags.isAssumptions(slides.get(slides.size() - 1))).isTrue();
            // The assumptions table runs over three slides (the labour chain's rows and its inputs' too), each
            // replaced once.
            assertThat(slides.stream().filter(PptxTags::isAssumptions).count()).isEqualTo(3);
        }
    }

    @Test
    void appendsANewChartAndReportsOneGoneWithoutDeletingIt() throws Exception {
        Path deck = deck(projection);
        arrangeByHand(deck);
        try (XMLSlideShow ppt = open(deck)) {
            // LibreOffice saves a title placeholder as "PlaceHolder 1", losing mgp's name for it.
            XSLFShape title = PptxTags.named(ppt.getSlides().get(0), PptxTags.TITLE).get(0);
            PptxTags.name(title, "PlaceHolder 1");
            try (OutputStream out = Files.newOutputStream(deck)) {
                ppt.write(out);
            }
        }
        List<ChartSpec> charts = new ArrayList<>(projection.charts());
        ChartSpec markets = charts.get(0);
        charts.set(0, new ChartSpec(markets.id(), new LocalizedText("", "Markets, retitled"), markets.series(),
                markets.referenceLines(), markets.unit(), markets.logScale()));
        ChartSpec labour = charts.remove(2);
        charts.add(new ChartSpec("robots", new LocalizedText("ロボット", "Robots"), List.of("multipurpose-robots"),
                List.of(), charts.get(0).unit(), false));

        Exporter.UpdateReport report = Exporter.update(projection.withCharts(charts), "base",
                Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH), deck, deck);

        // "robots" is new: the chart "robots-japan", whose id begins alike, is not taken for it.
        assertThat(report.updated()).containsExactly("markets", "digital-deficit", "labour-gap-filled", "robots-japan");
        assertThat(report.added()).containsExactly("robots");
        assertThat(report.gone()).containsExactly(labour.id());
        try (XMLSlideShow ppt = open(deck)) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertThat(slides.stream().filter(s -> chartFrameOrNull(s, "labour-gap") != null).count())
                    .as("the chart gone from the file stays in the deck").isEqualTo(1);
            XSLFSlide last = slides.get(slides.size() - 1);
            assertThat(chartFrameOrNull(last, "robots")).as("appended at the end").isNotNull();
            assertThat(text(last)).contains("Robots");
            assertThat(chartFrame(slides.get(0), "markets").getAnchor()).isEqualTo(MOVED);
            assertThat(text(slides.get(0))).as("the renamed title placeholder found").contains("Markets, retitled")
                    .doesNotContain("AI and robot markets");
        }
    }

    @Test
    void aJapaneseDeckStaysJapaneseWhenNoLanguageIsAsked() throws Exception {
        Path deck = dir.resolve("ja.pptx");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.JAPANESE), deck);

        Exporter.update(fasterVerticalAi(), "base", Exporter.Request.of(ExportFormat.PPTX, null), deck, deck);

        try (XMLSlideShow ppt = open(deck)) {
            XSLFSlide first = ppt.getSlides().get(0);
            assertThat(text(first)).contains("AI・ロボット市場の規模（世界）").doesNotContain("AI and robot markets");
            assertThat(chartFrame(first, "markets").getChart().getCTChartSpace().xmlText())
                    .contains("<c:v>41.19873046875</c:v>").contains("#,##0.0&quot;兆円&quot;");
        }
    }

    @Test
    void aDeckOfPicturesIsUpdatedWithNewPicturesInTheUsersFrames() throws Exception {
        Path deck = dir.resolve("pictures.pptx");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH)
                .withTemplate(null, true), deck);
        byte[] oldPicture;
        try (XMLSlideShow ppt = open(deck)) {
            var picture = (org.apache.poi.xslf.usermodel.XSLFPictureShape) PptxTags.named(ppt.getSlides().get(0),
                    PptxTags.CHART + "markets").get(0);
            picture.setAnchor(MOVED);
            oldPicture = picture.getPictureData().getData();
            try (OutputStream out = Files.newOutputStream(deck)) {
                ppt.write(out);
            }
        }

        Exporter.UpdateReport report = Exporter.update(fasterVerticalAi(), "base",
                Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH), deck, deck);

        assertThat(report.updated()).containsExactly("markets", "digital-deficit", "labour-gap", "labour-gap-filled",
                "robots-japan");
        try (XMLSlideShow ppt = open(deck)) {
            assertThat(notAssumptions(ppt.getSlides())).as("no chart slide appended").isEqualTo(5);
            List<XSLFShape> frames = PptxTags.named(ppt.getSlides().get(0), PptxTags.CHART + "markets");
            assertThat(frames).hasSize(1).first().isInstanceOf(org.apache.poi.xslf.usermodel.XSLFPictureShape.class);
            var picture = (org.apache.poi.xslf.usermodel.XSLFPictureShape) frames.get(0);
            assertThat(picture.getAnchor()).isEqualTo(MOVED);
            assertThat(picture.getPictureData().getData()).as("a new picture").isNotEqualTo(oldPicture);
            assertThat(text(ppt.getSlides().get(0))).contains("mgp computes ¥41.2 tn");
        }
    }

    @Test
    void aDeckThatIsMissingNotADeckOrNotMgpsIsRefusedAndLeftAsItWas() throws Exception {
        Exporter.Request request = Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH);
        Path missing = dir.resolve("missing.pptx");
        assertThatThrownBy(() -> Exporter.update(projection, "base", request, missing, missing))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("the deck " + missing + " does not exist or cannot be read; nothing was updated");
        assertThat(missing).doesNotExist();

        Path text = Files.writeString(dir.resolve("notes.pptx"), "just text");
        assertThatThrownBy(() -> Exporter.update(projection, "base", request, text, text))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("the deck " + text + " is not a PowerPoint file mgp can read; nothing was updated");
        assertThat(Files.readString(text)).isEqualTo("just text");

        Path foreign = dir.resolve("foreign.pptx");
        try (XMLSlideShow ppt = new XMLSlideShow(); OutputStream out = Files.newOutputStream(foreign)) {
            ppt.createSlide().createTextBox().setText("someone else's deck");
            ppt.write(out);
        }
        byte[] bytes = Files.readAllBytes(foreign);
        assertThatThrownBy(() -> Exporter.update(projection, "base", request, foreign, foreign))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).message(Locale.JAPANESE))
                .isEqualTo("プレゼンテーション " + foreign + " には mgp が作ったグラフがありません（mgp は mgp:chart:markets"
                        + " のような名前で自分のグラフを見つけます）。何も更新していません。新しく書き出してください");
        assertThat(Files.readAllBytes(foreign)).isEqualTo(bytes);
    }

    @Test
    void aDeckMadeWithFansKeepsThemSimulatedAnewAndOneWithoutGetsThemOnlyWhenAsked() throws Exception {
        Path fanned = dir.resolve("fans.pptx");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.ENGLISH).withFans(true),
                fanned);
        Projection faster = fasterVerticalAi();
        // As the window's File -> Update Deck asks: no fans named, the deck's own kept.
        Exporter.update(faster, "base", Exporter.Request.of(ExportFormat.PPTX, null), fanned, fanned);
        jp.mgp.engine.FanResult before = fans(projection);
        jp.mgp.engine.FanResult after = fans(faster);
        int s = after.seriesIndex("vertical-ai");
        int y2040 = after.yearIndex(2040);
        // Vertical AI's fan moved with its rate (25 % instead of 21.6 % from 2034).
        assertThat(after.quantile(s, y2040, jp.mgp.engine.FanResult.P50))
                .isNotEqualTo(before.quantile(s, y2040, jp.mgp.engine.FanResult.P50));
        try (XMLSlideShow ppt = open(fanned)) {
            XSLFSlide first = ppt.getSlides().get(0);
            assertFans(chartFrame(first, "markets").getChart(), after);
            assertThat(text(first)).contains("10,000 paths, seed 2040");
        }

        Path plain = deck(projection);
        Exporter.update(faster, "base", Exporter.Request.of(ExportFormat.PPTX, null), plain, plain);
        try (XMLSlideShow ppt = open(plain)) {
            assertThat(chartFrame(ppt.getSlides().get(0), "markets").getChart().getCTChart().getPlotArea()
                    .sizeOfAreaChartArray()).isZero();
        }
        jp.mgp.cli.MgpCliTest.Run run = jp.mgp.cli.MgpCliTest.run("render", Fixtures.DEFAULT.toString(), "--format",
                "pptx", "--update", plain.toString(), "--fans");
        assertThat(run.code()).as(run.err()).isZero();
        try (XMLSlideShow ppt = open(plain)) {
            assertFans(chartFrame(ppt.getSlides().get(0), "markets").getChart(), before);
        }
    }

    /** The engine's fans for the file's seed and paths, on one thread (the thread count changes no figure). */
    private static jp.mgp.engine.FanResult fans(Projection p) {
        return jp.mgp.engine.Simulation.run(p, "base", jp.mgp.engine.SimulationSettings.of(p).withThreads(1),
                jp.mgp.engine.SimulationMonitor.NONE);
    }

    /** Vertical AI's fan, the first of the markets chart, is {@code fan}'s in 2040: in the caches and the workbook. */
    private static void assertFans(XSLFChart chart, jp.mgp.engine.FanResult fan) throws Exception {
        var areas = (org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData) chart.getChartSeries().get(0);
        assertThat(areas.getSeriesCount()).isEqualTo(12);
        int s = fan.seriesIndex("vertical-ai");
        int y = fan.yearIndex(2040);
        int at = 2040 - 2024;
        double p5 = fan.quantile(s, y, jp.mgp.engine.FanResult.P5);
        double p10 = fan.quantile(s, y, jp.mgp.engine.FanResult.P10);
        double p90 = fan.quantile(s, y, jp.mgp.engine.FanResult.P90);
        assertThat(areas.getSeries(0).getValuesData().getPointAt(at).doubleValue()).isEqualTo(p5);
        assertThat(areas.getSeries(2).getValuesData().getPointAt(at).doubleValue()).isEqualTo(p90 - p10);
        try (XSSFWorkbook book = chart.getWorkbook()) {
            Sheet sheet = book.getSheetAt(0);
            for (Cell head : sheet.getRow(0)) {
                if (head.toString().equals(VERTICAL_AI + " P50 (\u00a5 tn)")) {
                    assertThat(sheet.getRow(at + 1).getCell(head.getColumnIndex()).getNumericCellValue())
                            .isEqualTo(fan.quantile(s, y, jp.mgp.engine.FanResult.P50));
                    return;
                }
            }
        }
        throw new AssertionError("no P50 column for " + VERTICAL_AI);
    }

    private static XMLSlideShow open(Path deck) throws IOException {
        try (InputStream in = Files.newInputStream(deck)) {
            return new XMLSlideShow(in);
        }
    }

    private static XSLFGraphicFrame chartFrame(XSLFSlide slide, String id) {
        XSLFGraphicFrame frame = chartFrameOrNull(slide, id);
        assertThat(frame).as("chart " + id + " on slide " + slide.getSlideNumber()).isNotNull();
        return frame;
    }

    private static XSLFGraphicFrame chartFrameOrNull(XSLFSlide slide, String id) {
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFGraphicFrame f && f.hasChart() && (PptxTags.CHART + id).equals(f.getShapeName())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The slides other than the assumptions table's. The table takes as many slides as its rows need in the room
     * the deck leaves: an updated deck is laid out on itself as the template, whose master keeps a footer's room
     * that a new deck's own layout does not, so the table may take one slide more than in the new deck.
     */
    private static long notAssumptions(List<XSLFSlide> slides) {
        return slides.stream().filter(s -> !PptxTags.isAssumptions(s)).count();
    }

    private static String text(XSLFSlide slide) {
        StringBuilder all = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                all.append(t.getText()).append('\n');
            }
        }
        return all.toString();
    }

    /** The colour value of the line of the series named exactly {@code name}. */
    private static org.apache.xmlbeans.XmlAnySimpleType lineColour(XSLFChart chart, String name) {
        for (XmlObject series : chart.getCTChartSpace().selectPath(C + ".//c:ser")) {
            String legend = value(series.selectPath(C + "./c:tx//c:v")[0]);
            // The legend gives the name, then its growth, which the update has changed.
            if (name.equals(legend) || legend.startsWith(name + ChartPart.GROWTH_SEPARATOR)) {
                XmlObject[] colour = series.selectPath(C + "./c:spPr/a:ln/a:solidFill/a:srgbClr/@val");
                return (org.apache.xmlbeans.XmlAnySimpleType) colour[0];
            }
        }
        throw new AssertionError("no series " + name);
    }

    /** Vertical AI's 2040 value in the chart's own caches, from whichever of its series (solid or dashed) has it. */
    private static double value2040(XSLFChart chart) {
        double found = Double.NaN;
        for (XmlObject series : chart.getCTChartSpace().selectPath(C + ".//c:ser")) {
            if (!value(series.selectPath(C + "./c:tx//c:v")[0]).startsWith(VERTICAL_AI)) {
                continue;
            }
            String index = null;
            for (XmlObject pt : series.selectPath(C + "./c:cat//c:pt")) {
                if (value(pt.selectPath(C + "./c:v")[0]).startsWith("2040")) {
                    index = attribute(pt, "idx");
                }
            }
            for (XmlObject pt : series.selectPath(C + "./c:val//c:pt")) {
                if (attribute(pt, "idx").equals(index)) {
                    found = Double.parseDouble(value(pt.selectPath(C + "./c:v")[0]));
                }
            }
        }
        return found;
    }

    /** Vertical AI's 2040 value in the embedded workbook (the row whose first cell is 2040). */
    private static double workbook2040(XSLFChart chart) throws Exception {
        XSSFWorkbook workbook = chart.getWorkbook();
        Sheet sheet = workbook.getSheetAt(0);
        Row header = sheet.getRow(0);
        double found = Double.NaN;
        for (Row row : sheet) {
            Cell year = row.getCell(0);
            boolean is2040 = year != null && (year.getCellType() == CellType.NUMERIC
                    ? year.getNumericCellValue() == 2040 : year.toString().startsWith("2040"));
            if (!is2040) {
                continue;
            }
            for (Cell cell : row) {
                Cell head = header.getCell(cell.getColumnIndex());
                if (head != null && head.toString().startsWith(VERTICAL_AI) && cell.getCellType() == CellType.NUMERIC) {
                    found = cell.getNumericCellValue();
                }
            }
        }
        return found;
    }

    private static String value(XmlObject o) {
        try (XmlCursor cursor = o.newCursor()) {
            return cursor.getTextValue();
        }
    }

    private static String attribute(XmlObject o, String name) {
        try (XmlCursor cursor = o.newCursor()) {
            return cursor.getAttributeText(new javax.xml.namespace.QName(name));
        }
    }
}
