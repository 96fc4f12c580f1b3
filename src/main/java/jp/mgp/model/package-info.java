/**
 * What a projection file says, as immutable values: series with their sourced anchors and growth segments,
 * scenarios, reference lines and charts. No JavaFX and no Jackson here; the engine and every front end read it.
 * The domain's rules live here once: {@link jp.mgp.model.GrowthModel} owns each growth model and its parameters'
 * bounds, {@link jp.mgp.model.ProjectionRules} says what a projection must satisfy, naming each problem's place
 * in words and as the file's JSON path, in both languages ({@code messages(_ja).properties} beside it).
 */
package jp.mgp.model;
