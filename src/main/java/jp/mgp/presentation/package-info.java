/**
 * How mgp words and draws what it shows, in one place below the charts, the exports and the window: the words
 * for each kind of number, rates and growth described in each series' own model, the 万人 rule, the theme's
 * colours and JFreeChart theme, and the one strict reader and writer of the numbers people type. No JavaFX: the
 * window reads the same constants (and its stylesheet is checked against them).
 */
package jp.mgp.presentation;
