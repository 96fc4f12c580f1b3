/**
 * JFreeChart charts of a projection result, built once here for the window, the exporters and the CLI alike, so
 * that a chart looks the same wherever it appears. AWT and JFreeChart only: no JavaFX.
 */
package jp.mgp.chart;
