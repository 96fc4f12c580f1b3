/**
 * Start-up: the launcher that runs a command headless or opens the window, and the JavaFX application that
 * wires fonts, language, preferences, the recovery file and the first projection together.
 */
package jp.mgp.app;
