package jp.mgp.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Projection;

/**
 * A projection read, projected and charted before the window exists (on a second thread while JavaFX starts),
 * for {@link MainWindow#showChartFirst}.
 *
 * @param file   where it was read from; null for the default bundled in the jar
 * @param result its default scenario, projected
 * @param charts one per chart of the file, in order, made from {@code result} in {@code locale}
 */
public record PreparedCharts(Projection projection, Path file, ProjectionResult result, Locale locale,
                             List<JFreeChart> charts) {

    public PreparedCharts {
        charts = List.copyOf(charts);
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("nothing to show first: the projection has no charts");
        }
    }
}
