package jp.mgp.engine;

import jp.mgp.model.LocalizedText;

/**
 * One uncertain input of a tornado: the target's value with the input at its low end and at its high end, every
 * other input at its base.
 *
 * @param input     the input in the file's words: {@code physical-ai/segments[0]/rate}, {@code physical-ai/shock}
 * @param label     the input in the user's words, both languages
 * @param inputLow  the input's low end (a rate, or the shock's cumulative factor at its P5)
 * @param inputHigh the input's high end (a rate, or the factor at its P95)
 * @param low       the target with the input at its low end
 * @param high      the target with the input at its high end
 */
public record TornadoBar(String input, LocalizedText label, double inputLow, double inputHigh, double low,
                         double high) {

    /** How far the target moves between the input's two ends. */
    public double swing() {
        return Math.abs(high - low);
    }
}
