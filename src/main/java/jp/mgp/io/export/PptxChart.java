package jp.mgp.io.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
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
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

import jp.mgp.i18n.Bundles;
import jp.mgp.model.Kind;
import jp.mgp.presentation.Growth;
import jp.mgp.presentation.Theme;

/**
 * One chart of a deck as a native PowerPoint line chart that a user can restyle and edit in PowerPoint: its numbers
 * live in the embedded workbook ({@link ChartSheet}: each series' values once, the drawn stretches as formulas
 * reading them). Projected stretches are dashed, sourced figures carry a diamond marker, figures a source reports
 * but the curve is not pinned to carry a short tick and their value, and each line ends in a data label showing
 * its last value in its unit; the legend names each line with its growth, worked out in the workbook.
 */
final class PptxChart {

    private static final String REFERENCE = Theme.bare(Theme.REFERENCE);
    private static final String MUTED = Theme.bare(Theme.MUTED);
    private static final String GRID = Theme.bare(Theme.GRID);

    private PptxChart() {
    }

    static XSLFChart add(XMLSlideShow ppt, XSLFSlide slide, ChartContent content, Rectangle2D anchor) {
        return add(ppt, slide, content, anchor, null);
    }

    /** The same, with the uncertainty fans of {@code fans} under the lines ({@link PptxFans}; null for none). */
    static XSLFChart add(XMLSlideShow ppt, XSLFSlide slide, ChartContent content, Rectangle2D anchor,
                         PptxFans fans) {
        XSLFChart chart = ppt.createChart(slide);
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(anchor.getX()), Units.toEMU(anchor.getY()),
                Units.toEMU(anchor.getWidth()), Units.toEMU(anchor.getHeight())));
        chart.setAutoTitleDeleted(true);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.setPlotOnlyVisibleCells(false);
        String lang = PptxPackage.language(content.locale());
        ChartStyle.textProperties(chart.getCTChartSpace().addNewTxPr(), 1200, MUTED, lang);

        int n = content.years().length;
        // Years as numbers, as a user types them in Edit Data; the axis prints them without a separator.
        Integer[] years = new Integer[n];
        for (int i = 0; i < n; i++) {
            years[i] = content.years()[i];
        }
        XDDFNumericalDataSource<Integer> categories = XDDFDataSourcesFactory.fromArray(years,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        categories.setFormatCode("0");
        chart.setSheetTitle(content.yearLabel(), 0);

        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        x.setMajorTickMark(AxisTickMark.OUT);
        x.setNumberFormat("0");
        chart.getCTChart().getPlotArea().getCatAxArray(0).getNumFmt().setSourceLinked(false);
        x.getOrAddShapeProperties().setLineProperties(ChartStyle.solid(MUTED, 0.75));
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(content.unit().label(content.locale()));
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
        double widest = content.lines().stream().flatMapToDouble(l -> java.util.Arrays.stream(l.values()))
                .filter(Double::isFinite).map(Math::abs).max().orElse(0);
        // A fan reaches beyond its line: the ticks it needs are as wide as its widest level.
        widest = fans == null ? widest : Math.max(widest, fans.widest());
        // Ticks a whole number apart need no decimals ("10", not "10.0"); below 5 they may fall on halves.
        y.setNumberFormat(content.spec().logScale() ? "General"
                : content.unit().decimals() == 0 || widest >= 5 ? "#,##0" : "#,##0.0");
        y.setMajorTickMark(AxisTickMark.NONE);
        y.getOrAddMajorGridProperties().setLineProperties(ChartStyle.solid(GRID, 0.75));
        y.getOrAddShapeProperties().setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        // Linked to the cells' format, the axis would print every digit of 35.50295857988166.
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        // The unit reads up the axis, as in the window; left to the viewer, a long unit can sit across the ticks.
        CTTextBody unitTitle = chart.getCTChart().getPlotArea().getValAxArray(0).getTitle().getTx().getRich();
        unitTitle.getBodyPr().setRot(-5400000);
        // POI tags the title's text with the machine's language; the deck's is the one PowerPoint must proof and set.
        for (var paragraph : unitTitle.getPList()) {
            for (var run : paragraph.getRList()) {
                (run.isSetRPr() ? run.getRPr() : run.addNewRPr()).setLang(lang);
            }
            if (paragraph.isSetEndParaRPr()) {
                paragraph.getEndParaRPr().setLang(lang);
            }
        }
        if (content.spec().logScale()) {
            y.setLogBase(10);
        }

        // The sheet's columns: per line its values, then the stretches drawn from them; then the reference lines,
        // then the reported figures.
        List<ChartPart> parts = new ArrayList<>();
        int[] valueColumn = new int[content.lines().size()];
        int column = 1;
        for (int l = 0; l < content.lines().size(); l++) {
            ChartContent.Line line = content.lines().get(l);
            valueColumn[l] = column++;
            for (ChartPart part : content.spec().stacked() ? List.<ChartPart>of()
                    : ChartPart.of(line, line.color().substring(1), content.projectedName(line.name()))) {
                parts.add(part.at(column++, valueColumn[l]));
            }
        }
        for (ChartContent.Reference r : content.references()) {
            double[] constant = new double[n];
            java.util.Arrays.fill(constant, r.value());
            parts.add(new ChartPart(r.label(), constant, REFERENCE, true, true, null).at(column++, -1));
        }
        ResourceBundle chartWords = Bundles.get("jp.mgp.chart.messages", content.locale());
        for (ChartContent.Reported r : content.reported()) {
            ChartContent.Line line = content.lines().get(r.line());
            double[] one = new double[n];
            java.util.Arrays.fill(one, Double.NaN);
            one[r.year() - content.years()[0]] = r.value();
            String key = r.kind() == Kind.SOURCED ? "reported" : "reported.assumption";
            String named = new ProvenanceText(content.locale()).format("series.reportedYear", line.name(),
                    Integer.toString(r.year()));
            parts.add(new ChartPart(MessageFormat.format(chartWords.getString(key), named), one,
                    line.color().substring(1), false, false, null).at(column++, -1).reported(key));
        }
        // Areas go first, under the lines: a stacked chart's parts (its reference lines stay lines), or the fans,
        // whose columns follow the lines'.
        int areas = content.spec().stacked() ? PptxStackedAreas.plot(chart, categories, x, y, content)
                : fans != null ? fans.plot(chart, categories, x, y, column) : 0;
        // The fixed axis holds the fans' levels too (else a P95 above the lines is cut off); labels keep off them.
        PptxLabels layout = PptxLabels.of(content, parts, fans == null ? List.of() : fans.edges(),
                anchor.getWidth(), anchor.getHeight());
        // A fixed range: the labels' places are worked out on it, and each viewer scales an automatic axis its own way.
        y.setMinimum(layout.axis().min());
        y.setMaximum(layout.axis().max());
        if (layout.axis().step() > 0) {
            y.setMajorUnit(layout.axis().step());
        }
        int decimals = content.unit().decimals();
        XDDFLineChartData data = parts.isEmpty() ? null
                : (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        if (data != null) {
            // Required by the schema (PowerPoint offers to repair a chart without it); "standard" draws values as given.
            data.setGrouping(org.apache.poi.xddf.usermodel.chart.Grouping.STANDARD);
            data.setVaryColors(false);
            for (ChartPart part : parts) {
                XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories,
                        values(chart, part.values(), part.column(), decimals));
                series.setTitle(part.name(), chart.setSheetTitle(part.name(), part.column()));
            }
            if (fans != null) {
                fans.medians(chart, data, categories);
            }
            chart.plot(data);
        }
        try {
            ChartSheet.write(chart.getWorkbook(), content, parts, valueColumn);
            if (fans != null) {
                fans.sheet(chart.getWorkbook());
            }
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("the chart's new workbook is in memory", e);
        }

        CTLegend legend = chart.getCTChart().addNewLegend();
        legend.addNewLegendPos().setVal(STLegendPos.B);
        for (int p = 0; p < parts.size(); p++) {
            ChartPart part = parts.get(p);
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.getSeries(p);
            style(series, part, content, lang, layout, p);
            if (!part.inLegend()) {
                CTLegendEntry entry = legend.addNewLegendEntry();
                entry.addNewIdx().setVal(areas + p);
                entry.addNewDelete().setVal(true);
            }
        }
        if (fans != null) {
            fans.legend(legend, areas + parts.size());
        }
        legend.addNewOverlay().setVal(false);

        XDDFManualLayout plot = chart.getOrAddManualLayout();
        plot.setTarget(LayoutTarget.INNER);
        plot.setXMode(LayoutMode.EDGE);
        plot.setYMode(LayoutMode.EDGE);
        // Room on the left for the tick labels, on the right for the end labels, above for a label on the top point.
        double[] inner = layout.plot();
        plot.setX(inner[0]);
        plot.setY(inner[1]);
        plot.setWidthRatio(inner[2]);
        plot.setHeightRatio(inner[3]);
        return chart;
    }

    static XDDFNumericalDataSource<Double> values(XSLFChart chart, double[] values, int column, int decimals) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = Double.isFinite(values[i]) ? values[i] : null;
        }
        XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(boxed,
                chart.formatRange(new CellRangeAddress(1, values.length, column, column)), column);
        source.setFormatCode(XlsxWorkbook.numberFormat(decimals));
        return source;
    }

    private static void style(XDDFLineChartData.Series series, ChartPart part, ChartContent content, String lang,
                              PptxLabels layout, int p) {
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.NONE);
        boolean reference = part.line() == null && part.reportedKey() == null;
        double[] values = part.values();
        if (part.reportedKey() != null) {
            // A short tick at the reported figure, labelled with it: no line to draw between points.
            series.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
            for (int i = 0; i < values.length; i++) {
                if (Double.isFinite(values[i])) {
                    marker(series, i, MarkerStyle.DASH, PptxLabels.TICK, part.colour());
                    label(series.getCTLineSer(), layout.label(p, i), MUTED, lang,
                            PptxLabels.reportedFormat(content, part.reportedKey()), false);
                }
            }
            return;
        }
        XDDFLineProperties stroke = ChartStyle.solid(part.colour(), reference ? 1.5 : 2.5);
        if (part.dashed()) {
            stroke.setPresetDash(new XDDFPresetLineDash(reference ? PresetLineDash.DASH : PresetLineDash.SYSTEM_DASH));
        }
        series.setLineProperties(stroke);
        if (reference) {
            // The label reads the series' name cell, so renaming it in Edit Data renames the label.
            PptxLabels.Label at = layout.label(p, nearestLabelled(layout, p, values.length));
            if (at != null) {
                label(series.getCTLineSer(), at, part.colour(), lang, null, true);
            }
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) && part.line().sourced()[i]) {
                marker(series, i, MarkerStyle.DIAMOND, PptxLabels.DIAMOND, part.colour());
            } else if (part.lone(i)) {
                // A line's points carry no marker; one that no line joins (the years beside it not computed)
                // would not be seen at all, so it is shown as the window shows a derived point.
                marker(series, i, MarkerStyle.CIRCLE, PptxLabels.DIAMOND, part.colour());
            }
        }
        int last = PptxLabels.endPoint(part);
        if (last >= 0) {
            // The value itself, formatted with its unit: after Edit Data the label shows the new value.
            label(series.getCTLineSer(), layout.label(p, last), part.colour(), lang,
                    ChartSheet.labelled(content.unit(), content.locale()), false);
        }
    }

    /** The point a reference line's label was put on: the layout chose it along the line. */
    private static int nearestLabelled(PptxLabels layout, int p, int points) {
        for (int i = 0; i < points; i++) {
            if (layout.label(p, i) != null) {
                return i;
            }
        }
        return -1;
    }

    private static void marker(XDDFLineChartData.Series series, int index, MarkerStyle style, int size,
                               String colour) {
        XDDFDataPoint point = series.getDataPoint(index);
        point.setMarkerStyle(style);
        point.setMarkerSize((short) size);
        XDDFShapeProperties marker = new XDDFShapeProperties();
        marker.setFillProperties(new XDDFSolidFillProperties(ChartStyle.rgb(colour)));
        marker.setLineProperties(ChartStyle.solid(colour, 1));
        series.getCTLineSer().getDPtList().stream().filter(d -> d.getIdx().getVal() == point.getIndex())
                .findFirst().ifPresent(d -> d.getMarker().setSpPr(marker.getXmlObject()));
    }

    /**
     * A data label on one point, the other points unlabelled: the point's value in {@code numberFormat}, or with
     * {@code seriesName} the series' name; both read from the chart's data, never fixed text.
     */
    private static void label(CTLineSer series, PptxLabels.Label at, String colour, String lang,
                              String numberFormat, boolean seriesName) {
        CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
        CTDLbl label = labels.addNewDLbl();
        label.addNewIdx().setVal(at.point());
        if (at.moved()) {
            // Moved from its side of the point, by shares of the chart's frame (the offset the viewers apply).
            var moved = label.addNewLayout().addNewManualLayout();
            moved.addNewX().setVal(at.dx());
            moved.addNewY().setVal(at.dy());
        }
        if (numberFormat != null) {
            label.addNewNumFmt().setFormatCode(numberFormat);
            label.getNumFmt().setSourceLinked(false);
        }
        CTTextBody body = label.addNewTxPr();
        body.addNewBodyPr().setWrap(org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType.NONE);
        body.addNewLstStyle();
        ChartStyle.fonts(body.addNewP().addNewPPr().addNewDefRPr(), 1100, colour, lang);
        label.addNewDLblPos().setVal(at.position());
        label.addNewShowLegendKey().setVal(false);
        label.addNewShowVal().setVal(!seriesName);
        label.addNewShowCatName().setVal(false);
        label.addNewShowSerName().setVal(seriesName);
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
        if (at.moved() && !labels.isSetExtLst()) {
            leaderLines(labels);
        }
    }

    /**
     * A line from a moved label back to its point: PowerPoint draws it only when the labels ask for it (an Office
     * 2013 extension, which older readers skip), in its own thin grey; LibreOffice draws it anyway. The extension
     * holds this one element: the schema allows one, and the line's own style would be a second.
     */
    private static void leaderLines(CTDLbls labels) {
        var ext = labels.addNewExtLst().addNewExt();
        ext.setUri("{CE6537A1-D6FC-4f65-9D91-7224C49458BB}");
        try (org.apache.xmlbeans.XmlCursor cursor = ext.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new javax.xml.namespace.QName("http://schemas.microsoft.com/office/drawing/2012/chart",
                    "showLeaderLines", "c15"));
            cursor.insertAttributeWithValue("val", "1");
        }
    }
}
