package jp.mgp.model;

import java.util.List;
import java.util.Objects;

/**
 * A series computed from others year by year: the sum or difference of several, the ratio of two, or one
 * scaled by a factor (for example 兆円 to USD bn at a stated exchange rate).
 */
public record Derivation(Op op, List<String> inputs, double factor) {

    public enum Op {
        SUM, DIFFERENCE, RATIO, SCALE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param factor the multiplier of a scale or a ratio (1 for a plain ratio); a sum or difference has none, and
     *               it is kept as 1 so that a derivation reads back from its file unchanged
     */
    public Derivation {
        Objects.requireNonNull(op, "op");
        inputs = List.copyOf(inputs);
        if (op == Op.SUM || op == Op.DIFFERENCE) {
            factor = 1;
        }
    }
}
