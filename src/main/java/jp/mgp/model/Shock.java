package jp.mgp.model;

import java.util.Objects;

/**
 * The year-to-year noise of one series around its growth rule: each simulated step is multiplied by
 * {@code exp(sigma * Z - sigma^2 / 2)} with Z standard normal, a lognormal factor whose mean is 1, so the mean
 * path stays the rule's path while the spread grows with every step away from a known point.
 *
 * @param sigma     the standard deviation of the log of one year's factor (0.06: about 6 % a year); 0 for none
 * @param rationale why this much, in both languages
 */
public record Shock(double sigma, LocalizedText rationale) {

    /** The largest sigma allowed: a yearly factor whose log varies by more than 1 is no forecast at all. */
    public static final double MAX_SIGMA = 1.0;

    public Shock {
        rationale = Objects.requireNonNullElse(rationale, LocalizedText.EMPTY);
    }

    public static Shock of(double sigma) {
        return new Shock(sigma, LocalizedText.EMPTY);
    }
}
