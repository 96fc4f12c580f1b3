/**
 * Exports of a projection result: charts as PNG, SVG and PDF (vector, with Japanese drawn as outlines so it shows
 * on machines without CJK fonts) and the year table as CSV. Every file is replaced atomically.
 */
package jp.mgp.io.export;
