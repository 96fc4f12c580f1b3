package jp.mgp.io.export;

import java.util.List;

import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XSLFChart;

/**
 * The series of a stacked chart as PowerPoint's own stacked areas, the first at the bottom, their numbers in the
 * chart's workbook (columns 1 to n, after the years), so the slide's chart stays editable like the line charts.
 */
final class PptxStackedAreas {

    private PptxStackedAreas() {
    }

    /** Plots the lines of {@code content} as stacked areas on {@code x} and {@code y}; returns how many. */
    static int plot(XSLFChart chart, XDDFDataSource<?> categories, XDDFCategoryAxis x, XDDFValueAxis y,
                    ChartContent content) {
        XDDFAreaChartData areas = (XDDFAreaChartData) chart.createData(ChartTypes.AREA, x, y);
        areas.setVaryColors(false);
        areas.setGrouping(Grouping.STACKED);
        List<ChartContent.Line> lines = content.lines();
        for (int l = 0; l < lines.size(); l++) {
            ChartContent.Line line = lines.get(l);
            XDDFChartData.Series series = areas.addSeries(categories, PptxChart.values(chart, line.values(), l + 1,
                    content.unit().decimals()));
            series.setTitle(line.name(), chart.setSheetTitle(line.name(), l + 1));
            series.setFillProperties(new XDDFSolidFillProperties(ChartStyle.rgb(line.color().substring(1))));
            series.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        }
        chart.plot(areas);
        return lines.size();
    }
}
