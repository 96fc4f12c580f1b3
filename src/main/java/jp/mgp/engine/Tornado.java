package jp.mgp.engine;

import java.util.List;

/**
 * Which uncertain input moves a target most: the target's base value (every input at its base: rates at the
 * segments' own, no shock) and one bar per input that moves it, largest swing first.
 *
 * @param seriesId the target series (a derived one too)
 * @param year     the target year
 */
public record Tornado(String seriesId, int year, double base, List<TornadoBar> bars) {

    public Tornado {
        bars = List.copyOf(bars);
    }
}
