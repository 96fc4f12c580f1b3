/**
 * What a projection file says, as immutable values: series with their sourced anchors and growth segments,
 * scenarios, reference lines and charts. No JavaFX and no Jackson here; the engine and every front end read it.
 */
package jp.mgp.model;
