/** The headless command line (picocli): thin commands over the engine and the file format, for scripts and CI. */
package jp.mgp.cli;
