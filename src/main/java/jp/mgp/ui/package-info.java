/**
 * The JavaFX window: one FXML file and one small controller per region, view-models of plain JavaFX properties
 * that tests can drive without a window, and every visible string from the messages bundles.
 */
package jp.mgp.ui;
