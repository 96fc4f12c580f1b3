package jp.mgp.model;

import java.util.List;
import java.util.Objects;

/**
 * A series computed from others year by year: the sum or difference of several, the ratio of two, one scaled by a
 * factor (for example 兆円 to USD bn at a stated exchange rate), the product of several times a factor (robots in
 * service × workers per robot), or the running total of one over the years (robots sold each year to robots in
 * service). A ratio's or a product's factor carries the conversion between its inputs' units: a market in 兆円
 * over a price in 万円 a unit counts units times 10^8.
 */
public record Derivation(Op op, List<String> inputs, double factor) {

    public enum Op {
        SUM, DIFFERENCE, RATIO, SCALE, PRODUCT, CUMULATIVE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param factor the multiplier of a scale, a ratio or a product (1 for a plain one); a sum, difference or
     *               running total has none, and it is kept as 1 so that a derivation reads back from its file
     *               unchanged
     */
    public Derivation {
        Objects.requireNonNull(op, "op");
        inputs = List.copyOf(inputs);
        if (op == Op.SUM || op == Op.DIFFERENCE || op == Op.CUMULATIVE) {
            factor = 1;
        }
    }
}
