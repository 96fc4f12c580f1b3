/**
 * Turns a projection and a scenario into yearly values with their provenance, and answers the questions a
 * strategist asks of them (growth rate between two points, rate needed for a target, crossing year, fitted
 * curves). {@link jp.mgp.engine.Simulation} runs the projection's uncertainty as Monte Carlo paths into a
 * {@link jp.mgp.engine.FanResult} (quantiles, mean, histogram, threshold), and {@link jp.mgp.engine.Sensitivity}
 * says which uncertain input moves a figure most (a {@link jp.mgp.engine.Tornado}). Pure Java over the model; numerics from Apache Commons Math.
 */
package jp.mgp.engine;
