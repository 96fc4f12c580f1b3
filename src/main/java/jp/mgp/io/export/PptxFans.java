package jp.mgp.io.export;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegend;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegendEntry;

import jp.mgp.chart.FanBands;
import jp.mgp.model.Series;

/**
 * The uncertainty fans of a native chart ({@link PptxChart}), drawn as the window's {@code FanLayer} draws them but
 * from PowerPoint's own parts, so a user can restyle and edit them: for each uncertain line, one group of stacked
 * areas (an unfilled base up to P5, then P5 to P10, P10 to P90 and P90 to P95 in the line's colour, see-through as
 * the window's bands) and the median (P50) as a thin line of the line chart. One stacked group holds every line's
 * fan: each fan's base reaches from the top of the fans below (the sum of their areas) up to its own P5, so the
 * fans overlap where their values do, as in the window.
 *
 * <p>The chart's workbook holds, per line, its five quantiles as numbers, then the areas as formulas of them
 * (P10 &minus; P5, ...), so that one edit of a quantile in Edit Data moves the band. Where a fan has no value (a
 * year before its series starts), its cells stay empty, which a stacked area reads as zero: the band narrows to
 * nothing there instead of breaking, as PowerPoint draws no gap in an area.
 */
final class PptxFans {

    /** Columns per fan in the sheet: five quantiles, then the four areas. */
    private static final int COLUMNS = 9;
    private static final String[] QUANTILES = {"P5", "P10", "P50", "P90", "P95"};
    /**
     * Opacity in thousandths of a percent: the window's outer band (16 %), and where its inner band (30 %) lies
     * over it, 1 &minus; 0.84 &times; 0.70 = 41.2 %.
     */
    private static final int TAIL_ALPHA = 16_000;
    private static final int MIDDLE_ALPHA = 41_200;
    /** The areas of a fan, bottom to top: the base, then the bands. */
    private static final int BASE = 0;
    private static final int UPPER_TAIL = 3;

    /** One line's fan in the chart's unit. */
    private static final class Fan {
        private final ChartContent.Line line;
        /** {@code [level][year index]}, P5 to P95 as {@link FanBands} orders them; NaN where none. */
        private final double[][] levels;

        Fan(ChartContent.Line line, double[][] levels) {
            this.line = line;
            this.levels = levels;
        }

        ChartContent.Line line() {
            return line;
        }

        double[][] levels() {
            return levels;
        }
    }

    private final ChartContent content;
    private final ProvenanceText text;
    private final List<Fan> fans;
    private final String note;
    private int firstColumn = -1;

    private PptxFans(ChartContent content, List<Fan> fans, String note) {
        this.content = content;
        this.text = new ProvenanceText(content.locale());
        this.fans = List.copyOf(fans);
        this.note = note;
    }

    /**
     * The fans {@code content}'s chart draws from {@code bands}, or null where it draws none: without bands, on a
     * stacked chart (as in the window), or when nothing uncertain moves its lines.
     */
    static PptxFans of(ChartContent content, FanBands bands) {
        if (bands == null || content.spec().stacked()) {
            return null;
        }
        int[] years = content.years();
        List<Fan> fans = new ArrayList<>();
        for (ChartContent.Line line : content.lines()) {
            int s = bands.fan().seriesIndex(line.id());
            if (s < 0 || !bands.isUncertain(line.id())) {
                continue;
            }
            Series series = bands.fan().series(s);
            double[][] levels = new double[QUANTILES.length][years.length];
            for (int level = 0; level < QUANTILES.length; level++) {
                for (int i = 0; i < years.length; i++) {
                    double v = bands.level(line.id(), level, bands.fan().yearIndex(years[i]));
                    // In the chart's unit, as its line (万人 for people in a Japanese deck).
                    levels[level][i] = Double.isFinite(v) ? series.unit().convert(v, content.unit()) : Double.NaN;
                }
            }
            fans.add(new Fan(line, levels));
        }
        if (fans.isEmpty()) {
            return null;
        }
        ProvenanceText text = new ProvenanceText(content.locale());
        return new PptxFans(content, fans, text.format("fan.chart", FanExport.basis(bands, text)));
    }

    /** The largest magnitude of any level of any fan (0 when none has one). */
    double widest() {
        double widest = 0;
        for (Fan fan : fans) {
            for (double[] level : fan.levels()) {
                for (double v : level) {
                    widest = Double.isFinite(v) ? Math.max(widest, Math.abs(v)) : widest;
                }
            }
        }
        return widest;
    }

    /** Every level of every fan, P5 to P95, one value a year in the chart's unit (NaN where none): the bands' edges. */
    List<double[]> edges() {
        List<double[]> edges = new ArrayList<>();
        for (Fan fan : fans) {
            for (double[] level : fan.levels()) {
                edges.add(level.clone());
            }
        }
        return edges;
    }

    /** What the bands are and what they simulate, for the slide's footnote. */
    String note() {
        return note;
    }

    /**
     * Plots the fans' areas on {@code x} and {@code y}, their columns from {@code column} on; returns how many
     * areas. Called before the chart's lines are plotted, so that the areas lie under them.
     */
    int plot(XSLFChart chart, XDDFDataSource<?> categories, XDDFCategoryAxis x, XDDFValueAxis y, int column) {
        firstColumn = column;
        XDDFAreaChartData areas = (XDDFAreaChartData) chart.createData(ChartTypes.AREA, x, y);
        areas.setVaryColors(false);
        areas.setGrouping(Grouping.STACKED);
        int decimals = content.unit().decimals();
        for (int f = 0; f < fans.size(); f++) {
            double[][] heights = heights(f);
            String[] names = areaNames(fans.get(f).line());
            for (int a = 0; a < heights.length; a++) {
                int at = areaColumn(f, a);
                XDDFAreaChartData.Series series = (XDDFAreaChartData.Series) areas.addSeries(categories,
                        PptxChart.values(chart, heights[a], at, decimals));
                series.setTitle(names[a], chart.setSheetTitle(names[a], at));
                series.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
                if (a == BASE) {
                    series.setFillProperties(new XDDFNoFillProperties());
                } else {
                    series.setFillProperties(new XDDFSolidFillProperties(
                            ChartStyle.rgb(fans.get(f).line().color().substring(1))));
                    // See-through, so fans and grid lines show through each other as in the window.
                    series.getCTAreaSer().getSpPr().getSolidFill().getSrgbClr().addNewAlpha()
                            .setVal(a == 2 ? MIDDLE_ALPHA : TAIL_ALPHA);
                }
            }
        }
        chart.plot(areas);
        return fans.size() * 4;
    }

    /**
     * Adds each fan's median to the chart's line chart (before it is plotted), reading the fan's P50 column: a
     * thin line in the line's colour, as the window draws it.
     */
    void medians(XSLFChart chart, XDDFLineChartData data, XDDFDataSource<?> categories) {
        for (int f = 0; f < fans.size(); f++) {
            int at = quantileColumn(f, 2);
            String name = quantileHeading(fans.get(f).line(), 2);
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories,
                    PptxChart.values(chart, fans.get(f).levels()[2], at, content.unit().decimals()));
            series.setTitle(name, chart.setSheetTitle(name, at));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            series.setLineProperties(ChartStyle.solid(fans.get(f).line().color().substring(1), 1.25));
        }
    }

    /**
     * Leaves the fans out of the legend, as the window and the pictures do: the footnote says what the bands and
     * the median line are. With two entries a fan (P5–P95, P10–P90), the markets' three fans took six rows of
     * the legend in LibreOffice, which sets each entry in a column as wide as the longest, and squeezed the plot to
     * half its height. Each area keeps its name (in Edit Data and where PowerPoint names a selected series), and the
     * base, which is not drawn, would need no entry in any case. {@code firstMedian} is the index of the first
     * median among the chart's series.
     */
    void legend(CTLegend legend, int firstMedian) {
        for (int f = 0; f < fans.size(); f++) {
            for (int a = BASE; a <= UPPER_TAIL; a++) {
                hide(legend, 4 * f + a);
            }
            hide(legend, firstMedian + f);
        }
    }

    /** Writes the fans' columns into the chart's workbook: the quantiles as numbers, the areas as formulas. */
    void sheet(XSSFWorkbook book) {
        ChartSheet sheet = new ChartSheet(book, content.years().length);
        int decimals = content.unit().decimals();
        for (int f = 0; f < fans.size(); f++) {
            Fan fan = fans.get(f);
            for (int level = 0; level < QUANTILES.length; level++) {
                sheet.values(quantileColumn(f, level), quantileHeading(fan.line(), level), fan.levels()[level],
                        decimals);
            }
            double[][] heights = heights(f);
            String[] names = areaNames(fan.line());
            int fanNumber = f;
            for (int a = 0; a < heights.length; a++) {
                int area = a;
                sheet.computed(areaColumn(f, a), names[a], row -> formula(fanNumber, area, row), heights[a],
                        decimals);
            }
        }
        sheet.fit();
    }

    /** The four areas' heights of fan {@code f}, bottom to top ({@link #stack}). */
    double[][] heights(int f) {
        return stack(fans.stream().map(Fan::levels).toList())[f];
    }

    /**
     * The areas that stack each fan of {@code levels} (per fan {@code [level][year index]}, P5 to P95) on the
     * fans before it: per fan {@code [area][year index]}, bottom to top, the base from the top of what lies below
     * (the sum of the areas of the fans before it, as the chart stacks them) up to its P5, then P10 &minus; P5,
     * P90 &minus; P10 and P95 &minus; P90; NaN where the fan has no value. A fan missing in a year adds nothing
     * there, so the fans above it still start from the right height.
     */
    static double[][][] stack(List<double[][]> levels) {
        int n = levels.isEmpty() ? 0 : levels.get(0)[0].length;
        double[][][] areas = new double[levels.size()][4][n];
        double[] top = new double[n];
        for (int f = 0; f < levels.size(); f++) {
            double[][] q = levels.get(f);
            for (int i = 0; i < n; i++) {
                areas[f][BASE][i] = q[0][i] - top[i];
                areas[f][1][i] = q[1][i] - q[0][i];
                areas[f][2][i] = q[3][i] - q[1][i];
                areas[f][3][i] = q[4][i] - q[3][i];
                for (int a = BASE; a <= UPPER_TAIL; a++) {
                    // Summed as the base's formula sums the cells (an empty one reads as zero).
                    top[i] += Double.isFinite(areas[f][a][i]) ? areas[f][a][i] : 0;
                }
            }
        }
        return areas;
    }

    /** The formula of area {@code a} of fan {@code f} in sheet row {@code row} (1 = the first year). */
    private String formula(int f, int a, int row) {
        String p5 = ChartSheet.ref(quantileColumn(f, 0), row, false);
        return switch (a) {
            case BASE -> f == 0 ? p5 : p5 + "-SUM(" + below(f, row) + ")";
            case 1 -> ChartSheet.ref(quantileColumn(f, 1), row, false) + "-" + p5;
            case 2 -> ChartSheet.ref(quantileColumn(f, 3), row, false) + "-"
                    + ChartSheet.ref(quantileColumn(f, 1), row, false);
            default -> ChartSheet.ref(quantileColumn(f, 4), row, false) + "-"
                    + ChartSheet.ref(quantileColumn(f, 3), row, false);
        };
    }

    /** The areas of the fans before fan {@code f} in sheet row {@code row}: "F2:I2,O2:R2". */
    private String below(int f, int row) {
        List<String> ranges = new ArrayList<>();
        for (int g = 0; g < f; g++) {
            ranges.add(ChartSheet.ref(areaColumn(g, BASE), row, false) + ":"
                    + ChartSheet.ref(areaColumn(g, UPPER_TAIL), row, false));
        }
        return String.join(",", ranges);
    }

    private int quantileColumn(int f, int level) {
        return firstColumn + COLUMNS * f + level;
    }

    private int areaColumn(int f, int area) {
        return firstColumn + COLUMNS * f + QUANTILES.length + area;
    }

    /** "Physical AI P5 (¥ tn)": the line, the quantile and the unit. */
    private String quantileHeading(ChartContent.Line line, int level) {
        return text.format("fan.quantile", line.name(), QUANTILES[level], content.unit().label(content.locale()));
    }

    /** The legend's names of a fan's areas, bottom to top. */
    private String[] areaNames(ChartContent.Line line) {
        String outer = text.format("fan.outer", line.name());
        return new String[] {text.format("fan.base", line.name()), outer, text.format("fan.inner", line.name()),
                outer};
    }

    private static void hide(CTLegend legend, int index) {
        CTLegendEntry entry = legend.addNewLegendEntry();
        entry.addNewIdx().setVal(index);
        entry.addNewDelete().setVal(true);
    }
}
