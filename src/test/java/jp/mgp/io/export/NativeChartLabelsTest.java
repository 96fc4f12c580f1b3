package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAreaSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTManualLayout;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScaling;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STMarkerStyle;

import jp.mgp.Fixtures;

/**
 * The data labels of every native chart of the default deck, in both languages, on a 13.33 × 7.5 in slide and on a
 * 28 × 15.75 cm template, lie where they cover no line, no marker and no other label, and inside the chart's frame
 * above its year labels. Each label's box is worked out here from what the deck says alone: the plot's layout, the
 * axis' range, the values, the label's side and offset, and its text as the number format prints it, measured in
 * the deck's font; a viewer sets a label beside its point {@value #GAP} pt beyond the point's marker (measured in
 * LibreOffice), and moves it by its offset's shares of the frame.
 */
class NativeChartLabelsTest {

    private static final double GAP = 3;

    @TempDir
    Path dir;

    private record Chart(String title, double width, double height, XSLFChart chart) {
    }

    private List<Chart> charts(Path template, Locale locale) throws IOException {
        Path out = dir.resolve("deck-" + locale + (template == null ? "" : "-template") + ".pptx");
        Exporter.Request request = Exporter.Request.of(ExportFormat.PPTX, locale);
        Exporter.export(Fixtures.defaultProjection(), "base", template == null ? request
                : request.withTemplate(template, false), out);
        List<Chart> charts = new ArrayList<>();
        XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out));
        for (XSLFSlide slide : ppt.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFGraphicFrame frame && frame.getChart() != null) {
                    charts.add(new Chart(slide.getTitle(), frame.getAnchor().getWidth(),
                            frame.getAnchor().getHeight(), frame.getChart()));
                }
            }
        }
        return charts;
    }

    private static double[] values(CTNumData cache) {
        double[] v = new double[(int) cache.getPtCount().getVal()];
        Arrays.fill(v, Double.NaN);
        for (CTNumVal pt : cache.getPtArray()) {
            v[(int) pt.getIdx()] = Double.parseDouble(pt.getV());
        }
        return v;
    }

    @Test
    void noLabelCoversALineAMarkerOrAnotherLabelOrRunsOffTheChart() throws IOException {
        Font face = jp.mgp.presentation.ChartTheme.font(Font.PLAIN, 100);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int checked = 0;
        for (Path template : new Path[] {null, TestTemplates.libreOffice169(dir)}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                DataFormatter formatter = new DataFormatter(locale);
                List<Chart> charts = charts(template, locale);
                assertThat(charts).hasSize(5);
                for (Chart c : charts) {
                    String where = (template == null ? "13.33 in " : "28 cm ") + locale + " '" + c.title() + "'";
                    CTPlotArea area = c.chart().getCTChart().getPlotArea();
                    CTManualLayout layout = area.getLayout().getManualLayout();
                    assertThat(layout.getLayoutTarget().getVal().toString()).isEqualTo("inner");
                    double w = c.width();
                    double h = c.height();
                    Rectangle2D plot = new Rectangle2D.Double(layout.getX().getVal() * w, layout.getY().getVal() * h,
                            layout.getW().getVal() * w, layout.getH().getVal() * h);
                    CTScaling scaling = area.getValAxArray(0).getScaling();
                    assertThat(scaling.isSetMin() && scaling.isSetMax()).as(where + ": a fixed value range").isTrue();
                    double min = scaling.getMin().getVal();
                    double max = scaling.getMax().getVal();
                    List<CTLineSer> lines = area.sizeOfLineChartArray() == 0 ? List.of()
                            : area.getLineChartArray(0).getSerList();
                    int n = (int) lines.get(0).getCat().getNumRef().getNumCache().getPtCount().getVal();
                    java.util.function.IntToDoubleFunction x = i -> plot.getX() + plot.getWidth() * i / (n - 1);
                    java.util.function.DoubleUnaryOperator y = v -> plot.getMaxY()
                            - (v - min) / (max - min) * plot.getHeight();

                    List<Line2D> segments = new ArrayList<>();
                    List<Rectangle2D> markers = new ArrayList<>();
                    List<double[]> drawn = new ArrayList<>();
                    // A stacked chart's areas: their tops are lines the labels must not cross.
                    double[] sum = new double[n];
                    if (area.sizeOfAreaChartArray() > 0) {
                        for (CTAreaSer s : area.getAreaChartArray(0).getSerList()) {
                            double[] v = values(s.getVal().getNumRef().getNumCache());
                            for (int i = 0; i < n; i++) {
                                sum[i] += Double.isFinite(v[i]) ? v[i] : 0;
                            }
                            drawn.add(sum.clone());
                        }
                    }
                    Map<CTLineSer, double[]> valuesOf = new LinkedHashMap<>();
                    for (CTLineSer s : lines) {
                        double[] v = values(s.getVal().getNumRef().getNumCache());
                        valuesOf.put(s, v);
                        if (!s.getSpPr().getLn().isSetNoFill()) {
                            drawn.add(v);
                        }
                        for (CTDPt pt : s.getDPtList()) {
                            double size = pt.getMarker().getSize().getVal();
                            double px = x.applyAsDouble((int) pt.getIdx().getVal());
                            double py = y.applyAsDouble(v[(int) pt.getIdx().getVal()]);
                            // A dash is a short horizontal tick; a diamond reaches half its size every way.
                            markers.add(pt.getMarker().getSymbol().getVal() == STMarkerStyle.DASH
                                    ? new Rectangle2D.Double(px - size / 2, py - 1, size, 2)
                                    : new Rectangle2D.Double(px - size / 2, py - size / 2, size, size));
                        }
                    }
                    for (double[] v : drawn) {
                        for (int i = 1; i < n; i++) {
                            if (Double.isFinite(v[i - 1]) && Double.isFinite(v[i])) {
                                segments.add(new Line2D.Double(x.applyAsDouble(i - 1), y.applyAsDouble(v[i - 1]),
                                        x.applyAsDouble(i), y.applyAsDouble(v[i])));
                            }
                        }
                    }

                    List<Rectangle2D> boxes = new ArrayList<>();
                    List<String> texts = new ArrayList<>();
                    for (CTLineSer s : lines) {
                        double[] v = valuesOf.get(s);
                        if (!s.isSetDLbls()) {
                            continue;
                        }
                        for (CTDLbl label : s.getDLbls().getDLblList()) {
                            int i = (int) label.getIdx().getVal();
                            String text = label.getShowSerName().getVal()
                                    ? s.getTx().getStrRef().getStrCache().getPtArray(0).getV()
                                    : formatter.formatRawCellContents(v[i], -1, label.getNumFmt().getFormatCode());
                            double size = label.getTxPr().getPArray(0).getPPr().getDefRPr().getSz() / 100.0;
                            Rectangle2D text2d = face.getStringBounds(text, frc);
                            double tw = text2d.getWidth() / 100 * size;
                            double th = size * 1.15;
                            double marker = 0;
                            for (CTDPt pt : s.getDPtList()) {
                                marker = pt.getIdx().getVal() == i ? pt.getMarker().getSize().getVal() : marker;
                            }
                            double px = x.applyAsDouble(i);
                            double py = y.applyAsDouble(v[i]);
                            double off = marker / 2 + GAP;
                            STDLblPos.Enum side = label.getDLblPos().getVal();
                            double bx = side == STDLblPos.R ? px + off : side == STDLblPos.L ? px - off - tw
                                    : px - tw / 2;
                            double by = side == STDLblPos.T ? py - off - th : side == STDLblPos.B ? py + off
                                    : py - th / 2;
                            if (label.isSetLayout() && label.getLayout().isSetManualLayout()) {
                                bx += label.getLayout().getManualLayout().getX().getVal() * w;
                                by += label.getLayout().getManualLayout().getY().getVal() * h;
                                // A moved label asks PowerPoint for a line back to its point.
                                assertThat(s.getDLbls().isSetExtLst() && s.getDLbls().getExtLst().xmlText()
                                        .contains("showLeaderLines val=\"1\"")).as(where + " leader").isTrue();
                            }
                            Rectangle2D box = new Rectangle2D.Double(bx, by, tw, th);
                            String what = where + " '" + text + "' at " + box;
                            assertThat(box.getX()).as(what + " right of the value axis").isGreaterThanOrEqualTo(
                                    plot.getX());
                            assertThat(box.getY()).as(what + " inside the top").isGreaterThanOrEqualTo(0);
                            assertThat(box.getMaxX()).as(what + " inside the right edge").isLessThanOrEqualTo(w);
                            assertThat(box.getMaxY()).as(what + " above the years").isLessThanOrEqualTo(
                                    plot.getMaxY());
                            for (Line2D seg : segments) {
                                assertThat(box.intersectsLine(seg)).as(what + " crosses a line at "
                                        + seg.getP1() + "-" + seg.getP2()).isFalse();
                            }
                            for (Rectangle2D m : markers) {
                                assertThat(box.intersects(m)).as(what + " covers a marker at " + m).isFalse();
                            }
                            for (int b = 0; b < boxes.size(); b++) {
                                assertThat(box.intersects(boxes.get(b))).as(what + " covers '" + texts.get(b) + "'")
                                        .isFalse();
                            }
                            boxes.add(box);
                            texts.add(text);
                            checked++;
                        }
                    }
                    // Markets: three end labels and two reported figures; one end label and the reference line's
                    // label on the deficit and the gap; the reference line's on the stacked gap; two on the robots.
                    assertThat(boxes).as(where).hasSize(switch (charts.indexOf(c)) {
                        case 0 -> 5;
                        case 1, 2 -> 2;
                        case 3 -> 1;
                        default -> 2;
                    });
                }
            }
        }
        assertThat(checked).isEqualTo(4 * 12);
    }

    /** The value axes run in round steps from zero (or below the lowest value) to above the highest. */
    @Test
    void valueAxesHaveRoundFixedRanges() throws IOException {
        // Highest values: ¥60.0 tn (markets), -¥19.5 tn lowest (deficit), 2,000,000 people, 3,108,476 units.
        double[][] expected = {{0, 60, 10}, {-20, 0, 5}, {0, 2_000_000, 500_000}, {0, 2_000_000, 500_000},
            {0, 3_500_000, 500_000}};
        List<Chart> charts = charts(null, Locale.ENGLISH);
        for (int c = 0; c < charts.size(); c++) {
            var axis = charts.get(c).chart().getCTChart().getPlotArea().getValAxArray(0);
            assertThat(new double[] {axis.getScaling().getMin().getVal(), axis.getScaling().getMax().getVal(),
                axis.getMajorUnit().getVal()}).as(charts.get(c).title()).containsExactly(expected[c]);
        }
    }
}
