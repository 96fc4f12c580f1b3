package jp.mgp.ui;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The window's first frame at start-up: the first chart alone, placed where the chart area of the whole window
 * will put it, so that when the menus, panels and table are built around it a moment later the chart stays
 * where it is (see {@link MainWindow#showChartFirst}).
 */
final class FirstFrame extends Region {

    // The whole window's parts around the chart, in pixels at the stylesheet's font size: menu bar and scenario
    // bar above; status bar below; a split pane's divider; the tab headers and each chart's own bar above it;
    // the tab pane's border. Measured in both languages at several sizes: the chart moves by at most a pixel.
    static final double BARS_ABOVE = 63;
    static final double BAR_BELOW = 25;
    static final double DIVIDER = 7;
    static final double TAB_HEADER = 33;
    static final double CHART_BAR = 33;
    static final double BORDER = 1;

    private final Node chart;
    private final double mainSplit;
    private final double rightSplit;

    /** {@code mainSplit} and {@code rightSplit}: the whole window's divider positions, as fractions. */
    FirstFrame(Node chart, double mainSplit, double rightSplit) {
        this.chart = chart;
        this.mainSplit = mainSplit;
        this.rightSplit = rightSplit;
        getStyleClass().add("first-frame");
        getChildren().add(chart);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double between = getHeight() - BARS_ABOVE - BAR_BELOW;
        double x = Math.floor(width * mainSplit + DIVIDER / 2);
        double y = BARS_ABOVE + TAB_HEADER + CHART_BAR;
        double bottom = Math.round(BARS_ABOVE + between * rightSplit - DIVIDER / 2 + BORDER);
        chart.resizeRelocate(x, y, Math.max(0, width - BORDER - x), Math.max(0, bottom - y));
    }
}
