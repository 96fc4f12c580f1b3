/**
 * How figures are written and read for people, in one place below the window, the charts and the exports: the
 * words, number formats and theme shared by all three.
 */
package jp.mgp.presentation;
