/**
 * The headless command line (picocli): thin commands over the engine and the file format, for scripts and CI. The
 * usage help's words (each command's, option's and parameter's description) live only in
 * {@code usage.properties} and {@code usage_ja.properties}, not in the annotations, so the two languages cannot
 * drift apart; {@code UsageHelpTest} fails on an option without both.
 */
package jp.mgp.cli;
