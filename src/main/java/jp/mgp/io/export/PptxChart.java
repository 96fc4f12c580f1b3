package jp.mgp.io.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LayoutMode;
import org.apache.poi.xddf.usermodel.chart.LayoutTarget;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataPoint;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFManualLayout;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegend;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegendEntry;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STLegendPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;

import jp.mgp.presentation.Theme;

/**
 * One chart of a deck as a native PowerPoint line chart: its numbers live in the embedded workbook (years in
 * column A, one column per series and reference line), so a user can restyle it and edit its data in
 * PowerPoint. Projected stretches are dashed point by point, sourced figures carry a diamond marker, and each
 * line ends in a label with its last value and CAGR.
 */
final class PptxChart {

    private static final String REFERENCE = Theme.bare(Theme.REFERENCE);
    private static final String MUTED = Theme.bare(Theme.MUTED);
    private static final String GRID = Theme.bare(Theme.GRID);

    private PptxChart() {
    }

    static XSLFChart add(XMLSlideShow ppt, XSLFSlide slide, ChartContent content, Rectangle2D anchor) {
        XSLFChart chart = ppt.createChart(slide);
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(anchor.getX()), Units.toEMU(anchor.getY()),
                Units.toEMU(anchor.getWidth()), Units.toEMU(anchor.getHeight())));
        chart.setAutoTitleDeleted(true);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.setPlotOnlyVisibleCells(false);
        textProperties(chart.getCTChartSpace().addNewTxPr(), 1200, MUTED);

        int n = content.years().length;
        // Years as text: a category axis then never prints them with a thousands separator.
        String[] years = new String[n];
        for (int i = 0; i < n; i++) {
            years[i] = Integer.toString(content.years()[i]);
        }
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(years,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        chart.setSheetTitle(content.yearLabel(), 0);

        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        x.setMajorTickMark(AxisTickMark.OUT);
        x.getOrAddShapeProperties().setLineProperties(solid(MUTED, 0.75));
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(content.unit().label(content.locale()));
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
        y.setNumberFormat(content.unit().decimals() == 0 ? "#,##0" : "#,##0.0");
        y.setMajorTickMark(AxisTickMark.NONE);
        y.getOrAddMajorGridProperties().setLineProperties(solid(GRID, 0.75));
        y.getOrAddShapeProperties().setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        // Linked to the cells' "General" format, the axis would print every digit of 35.50295857988166.
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        // The unit reads up the axis, as in the window; left to the viewer, a long unit can sit across the ticks.
        org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody unitTitle =
                chart.getCTChart().getPlotArea().getValAxArray(0).getTitle().getTx().getRich();
        unitTitle.getBodyPr().setRot(-5400000);
        // POI tags the title's text with the machine's language; the deck's is the one PowerPoint must proof and set.
        String language = "ja".equals(content.locale().getLanguage()) ? "ja-JP" : "en-US";
        for (var paragraph : unitTitle.getPList()) {
            for (var run : paragraph.getRList()) {
                (run.isSetRPr() ? run.getRPr() : run.addNewRPr()).setLang(language);
            }
        }
        if (content.spec().logScale()) {
            y.setLogBase(10);
        }

        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        List<Part> parts = new ArrayList<>();
        List<ChartContent.Line> lines = content.lines();
        for (int l = 0; l < lines.size(); l++) {
            parts.addAll(Part.of(lines.get(l), lines.get(l).color().substring(1), content.projectedSuffix()));
        }
        for (ChartContent.Reference r : content.references()) {
            double[] constant = new double[n];
            java.util.Arrays.fill(constant, r.value());
            parts.add(new Part(r.label(), constant, REFERENCE, true, true, null));
        }
        for (int p = 0; p < parts.size(); p++) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories,
                    values(chart, parts.get(p).values(), p + 1));
            series.setTitle(parts.get(p).name(), chart.setSheetTitle(parts.get(p).name(), p + 1));
        }
        chart.plot(data);

        CTLegend legend = chart.getCTChart().addNewLegend();
        legend.addNewLegendPos().setVal(STLegendPos.B);
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.getSeries(p);
            style(series, part, content.references().stream().anyMatch(r -> r.label().equals(part.name())));
            if (!part.inLegend()) {
                CTLegendEntry entry = legend.addNewLegendEntry();
                entry.addNewIdx().setVal(p);
                entry.addNewDelete().setVal(true);
            }
        }
        legend.addNewOverlay().setVal(false);

        XDDFManualLayout plot = chart.getOrAddManualLayout();
        plot.setTarget(LayoutTarget.INNER);
        plot.setXMode(LayoutMode.EDGE);
        plot.setYMode(LayoutMode.EDGE);
        // Room on the left for the tick labels: "2,000,000" needs half again the room "60.0" does.
        double widest = content.lines().stream().flatMapToDouble(l -> java.util.Arrays.stream(l.values()))
                .filter(Double::isFinite).map(Math::abs).max().orElse(0);
        double left = widest >= 10_000 ? 0.12 : 0.08;
        plot.setX(left);
        plot.setY(0.05);
        plot.setWidthRatio(0.76 - left);
        // Below the plot, in points: the year labels, then the legend's rows. A share of the frame left too
        // little on a short slide (28 x 15.75 cm), and the years printed over the legend.
        double legendWidth = 0;
        for (Part part : parts) {
            legendWidth += part.inLegend() ? TableLayout.slideText(12).applyAsDouble(part.name()) + 40 : 0;
        }
        double below = 40 + 18 * Math.ceil(legendWidth / (anchor.getWidth() * 0.95));
        plot.setHeightRatio(Math.max(0.35, 0.95 - below / anchor.getHeight()));
        return chart;
    }


    private static XDDFNumericalDataSource<Double> values(XSLFChart chart, double[] values, int column) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = Double.isFinite(values[i]) ? values[i] : null;
        }
        XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(boxed,
                chart.formatRange(new CellRangeAddress(1, values.length, column, column)), column);
        source.setFormatCode("General");
        return source;
    }

    /**
     * A column of the chart: the solid (sourced or derived) or dashed (projected) stretch of a line, or a
     * reference line. Drawing the two stretches as two series, instead of styling points, is what both
     * PowerPoint and LibreOffice show as dashed; the projected series stays out of the legend.
     */
    record Part(String name, double[] values, String colour, boolean dashed, boolean inLegend,
                ChartContent.Line line) {

        static List<Part> of(ChartContent.Line line, String colour, String projectedSuffix) {
            int n = line.values().length;
            double[] solid = new double[n];
            double[] dashed = new double[n];
            boolean anySolid = false;
            boolean anyDashed = false;
            for (int i = 0; i < n; i++) {
                double v = line.values()[i];
                boolean into = i > 0 && line.projected()[i];
                boolean outOf = i + 1 < n && line.projected()[i + 1];
                boolean solidInto = i > 0 && !line.projected()[i] && Double.isFinite(line.values()[i - 1]);
                boolean solidOut = i + 1 < n && !line.projected()[i + 1] && Double.isFinite(line.values()[i + 1]);
                solid[i] = solidInto || solidOut || n == 1 ? v : Double.NaN;
                dashed[i] = into || outOf ? v : Double.NaN;
                anySolid |= Double.isFinite(solid[i]);
                anyDashed |= Double.isFinite(dashed[i]);
            }
            List<Part> parts = new ArrayList<>();
            if (anySolid) {
                parts.add(new Part(line.name(), solid, colour, false, true, line));
            }
            if (anyDashed) {
                parts.add(new Part(anySolid ? line.name() + " " + projectedSuffix : line.name(), dashed, colour, true,
                        !anySolid, line));
            }
            return parts;
        }
    }

    private static void style(XDDFLineChartData.Series series, Part part, boolean reference) {
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.NONE);
        XDDFLineProperties stroke = solid(part.colour(), reference ? 1.5 : 2.5);
        if (part.dashed()) {
            stroke.setPresetDash(new XDDFPresetLineDash(reference ? PresetLineDash.DASH : PresetLineDash.SYSTEM_DASH));
        }
        series.setLineProperties(stroke);
        double[] values = part.values();
        if (reference) {
            label(series.getCTLineSer(), values.length / 2, part.name(), STDLblPos.T, part.colour());
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) && part.line().sourced()[i]) {
                XDDFDataPoint point = series.getDataPoint(i);
                point.setMarkerStyle(MarkerStyle.DIAMOND);
                point.setMarkerSize((short) 9);
                XDDFShapeProperties marker = new XDDFShapeProperties();
                marker.setFillProperties(new XDDFSolidFillProperties(rgb(part.colour())));
                marker.setLineProperties(solid(part.colour(), 1));
                series.getCTLineSer().getDPtList().stream().filter(d -> d.getIdx().getVal() == point.getIndex())
                        .findFirst().ifPresent(d -> d.getMarker().setSpPr(marker.getXmlObject()));
            }
        }
        int last = values.length - 1;
        while (last >= 0 && !Double.isFinite(part.line().values()[last])) {
            last--;
        }
        if (last >= 0 && Double.isFinite(values[last])) {
            ChartContent.Line line = part.line();
            String text = line.growth().isEmpty() ? line.endValue() : line.endValue() + "  " + line.growth();
            label(series.getCTLineSer(), last, text, STDLblPos.R, part.colour());
        }
    }

    /** A data label with its own text on one point; the other points stay unlabelled. */
    private static void label(CTLineSer series, int index, String text, STDLblPos.Enum position, String colour) {
        CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
        CTDLbl label = labels.addNewDLbl();
        label.addNewIdx().setVal(index);
        CTTextBody body = label.addNewTx().addNewRich();
        body.addNewBodyPr().setWrap(org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType.NONE);
        body.addNewLstStyle();
        CTTextParagraph p = body.addNewP();
        CTRegularTextRun run = p.addNewR();
        run.setT(text);
        fonts(run.addNewRPr(), 1100, colour);
        label.addNewDLblPos().setVal(position);
        label.addNewShowLegendKey().setVal(false);
        label.addNewShowVal().setVal(true);
        label.addNewShowCatName().setVal(false);
        label.addNewShowSerName().setVal(false);
        label.addNewShowPercent().setVal(false);
        label.addNewShowBubbleSize().setVal(false);
        if (!labels.isSetShowVal()) {
            labels.addNewShowLegendKey().setVal(false);
            labels.addNewShowVal().setVal(false);
            labels.addNewShowCatName().setVal(false);
            labels.addNewShowSerName().setVal(false);
            labels.addNewShowPercent().setVal(false);
            labels.addNewShowBubbleSize().setVal(false);
        }
    }

    /** Default text of the whole chart (axes, legend): size in hundredths of a point, Latin and East Asian faces. */
    private static void textProperties(CTTextBody body, int size, String colour) {
        body.addNewBodyPr();
        body.addNewLstStyle();
        fonts(body.addNewP().addNewPPr().addNewDefRPr(), size, colour);
    }

    static void fonts(CTTextCharacterProperties rpr, int size, String colour) {
        rpr.setSz(size);
        rpr.addNewSolidFill().addNewSrgbClr().setVal(rgbBytes(colour));
        rpr.addNewLatin().setTypeface(PptxDeck.LATIN_FONT);
        rpr.addNewEa().setTypeface(PptxDeck.EAST_ASIAN_FONT);
    }

    static XDDFLineProperties solid(String colour, double width) {
        XDDFLineProperties p = new XDDFLineProperties(new XDDFSolidFillProperties(rgb(colour)));
        p.setWidth(width);
        return p;
    }

    private static XDDFColor rgb(String colour) {
        return XDDFColor.from(rgbBytes(colour));
    }

    private static byte[] rgbBytes(String colour) {
        Color c = Theme.awt("#" + colour);
        return new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()};
    }
}
