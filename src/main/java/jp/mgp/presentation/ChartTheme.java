package jp.mgp.presentation;

import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one JFreeChart theme of mgp, applied to every chart the window shows and every chart an export draws: the
 * bundled face at four sizes, the theme's ink, muted and grid colours on white. Apply it to a new chart before
 * colouring its series: a theme resets series colours a renderer fills in itself.
 */
public final class ChartTheme extends StandardChartTheme {

    private static final long serialVersionUID = 1L;

    static {
        // Before the theme makes its fonts: AWT must be pointed at the bundled font before it first looks for one.
        AwtFonts.prepare();
    }

    private static final ChartTheme THEME = new ChartTheme();

    private ChartTheme() {
        super("mgp", false);
        setExtraLargeFont(font(Font.BOLD, 20));
        setLargeFont(font(Font.PLAIN, 14));
        setRegularFont(font(Font.PLAIN, 13));
        setSmallFont(font(Font.PLAIN, 12));
        Color white = Theme.awt(Theme.WHITE);
        Color ink = Theme.awt(Theme.INK);
        Color muted = Theme.awt(Theme.MUTED);
        Color grid = Theme.awt(Theme.GRID);
        setTitlePaint(ink);
        setSubtitlePaint(muted);
        setChartBackgroundPaint(white);
        setLegendBackgroundPaint(white);
        setLegendItemPaint(ink);
        setPlotBackgroundPaint(white);
        setPlotOutlinePaint(white);
        setDomainGridlinePaint(grid);
        setRangeGridlinePaint(grid);
        setBaselinePaint(muted);
        setCrosshairPaint(muted);
        setAxisLabelPaint(muted);
        setTickLabelPaint(ink);
        setItemLabelPaint(muted);
        setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        setShadowVisible(false);
    }

    /** The bundled face at a style and size, by family name; no file is read. */
    public static Font font(int style, int size) {
        return new Font(awtFamily(), style, size);
    }

    /**
     * The name AWT finds the registered file by: its family name in the language the JVM started in, so on a
     * Japanese machine "IPAexゴシック"; by the English name AWT would draw there with its default font instead.
     */
    public static String awtFamily() {
        return "ja".equals(System.getProperty("user.language")) ? Theme.FONT_FAMILY_JA : Theme.FONT_FAMILY;
    }

    /** Styles {@code chart} and everything on it now (titles, legend, plot, axes, annotations). */
    public static void applyTo(JFreeChart chart) {
        THEME.apply(chart);
        chart.setPadding(new RectangleInsets(8, 12, 8, 12));
        chart.getPlot().setOutlineVisible(false);
    }

    /** Subtitles read at the body size, below the axis names; the legend has no frame. */
    @Override
    protected void applyToTitle(Title title) {
        super.applyToTitle(title);
        if (title instanceof TextTitle text) {
            text.setFont(getRegularFont());
        } else if (title instanceof LegendTitle legend) {
            legend.setFrame(BlockBorder.NONE);
        }
    }
}
