package jp.mgp.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's first frame at start-up: the first chart in the same containers as in the whole window (MainWindow.fxml
 * and {@link ChartTabs}), with the bars around it still empty, so that when the menus, panels and table are built
 * around it a moment later the chart stays where it is (see {@link MainWindow#showChartFirst}).
 *
 * <p>An empty bar is as high as the filled one because mgp.css gives each bar around the charts a fixed height
 * (menu bar, scenario bar, tab headers, each chart's bar, status bar): their contents' height would depend on the
 * fonts on the machine. The containers (split panes, tab pane) do the same arithmetic here as in the whole window.
 */
final class FirstFrame extends BorderPane {

    private final Node chart;
    private final Tab tab;

    /** {@code mainSplit} and {@code rightSplit}: the whole window's divider positions, as fractions. */
    FirstFrame(Node chart, double mainSplit, double rightSplit) {
        this.chart = chart;
        getStyleClass().addAll("main-window", "first-frame");
        setTop(new VBox(bar("menu-bar"), bar("scenario-bar")));
        BorderPane chartFrame = new BorderPane(chart);
        chartFrame.setTop(bar("chart-bar"));
        tab = new Tab("", chartFrame);
        TabPane tabs = new TabPane(tab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setFocusTraversable(false);
        SplitPane right = new SplitPane(tabs, new Pane());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(rightSplit);
        SplitPane main = new SplitPane(new Pane(), right);
        main.setDividerPositions(mainSplit);
        setCenter(main);
        setBottom(bar("status-bar"));
    }

    private static Region bar(String styleClass) {
        Region bar = new Region();
        bar.getStyleClass().add(styleClass);
        return bar;
    }

    /** Names the chart's tab, as the whole window will. */
    void title(String title) {
        tab.setText(title);
    }

    /** The chart view this frame shows, which the whole window takes over. */
    Node chart() {
        return chart;
    }
}
