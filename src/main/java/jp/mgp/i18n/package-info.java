/**
 * Loading the message bundles for the language the user chose, never the machine's: a leaf package that every
 * layer may use.
 */
package jp.mgp.i18n;
