/**
 * Edits of a projection as the editor makes them (a rate set, a series added) and the undo history that keeps
 * them; plain Java, so it is tested without a window.
 */
package jp.mgp.edit;
