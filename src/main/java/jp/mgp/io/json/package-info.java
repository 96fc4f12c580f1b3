/**
 * The scenario file: JSON read through Jackson into {@code *Json} records kept apart from the model, checked
 * with every problem named by its JSON path, mapped to the model; written back in a stable, diff-friendly form
 * and saved atomically.
 */
package jp.mgp.io.json;
