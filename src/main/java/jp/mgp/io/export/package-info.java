/**
 * Exports of a projection: PowerPoint decks with native, editable charts and cited footnotes, Excel workbooks
 * with a sheet per scenario and the sources, charts as PDF, SVG (vector, Japanese drawn as outlines) and PNG, and
 * the year table as CSV. The window and the command line both go through {@link jp.mgp.io.export.Exporter};
 * every file is replaced atomically.
 */
package jp.mgp.io.export;
