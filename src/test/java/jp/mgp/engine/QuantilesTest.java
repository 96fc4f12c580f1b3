package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Selection gives exactly what sorting and interpolating give. */
class QuantilesTest {

    private static double bySorting(float[] sample, double p) {
        float[] sorted = sample.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int k = (int) Math.floor(h);
        double low = sorted[k];
        return k + 1 >= sorted.length ? low : low + (h - k) * ((double) sorted[k + 1] - low);
    }

    @Test
    void selectionMatchesAFullSortOnRandomTiedSkewedLargeAndTinySamples() {
        Random random = new Random(3);
        double[] ps = {0.0, 0.01, 0.05, 0.10, 0.25, 0.50, 0.90, 0.95, 0.99, 1.0};
        for (int n : new int[] {1, 2, 3, 7, 24, 25, 100, 1001, 4095, 4096, 10_000, 100_000}) {
            for (int kind = 0; kind < 5; kind++) {
                float[] sample = new float[n];
                for (int i = 0; i < n; i++) {
                    sample[i] = switch (kind) {
                        case 0 -> (float) random.nextGaussian();
                        case 1 -> random.nextInt(5);
                        case 2 -> 0.7f;
                        // Heavy tails and one far outlier: nearly everything in the first bucket of the range.
                        case 3 -> i == n / 2 ? 1e30f : (float) Math.exp(3 * random.nextGaussian());
                        default -> -(float) Math.exp(random.nextGaussian());
                    };
                }
                double[] got = Quantiles.of(sample.clone(), ps);
                for (int i = 0; i < ps.length; i++) {
                    assertThat(got[i]).as("n=%d kind=%d p=%s", n, kind, ps[i]).isEqualTo(bySorting(sample, ps[i]));
                }
            }
        }
    }

    @Test
    void aLargeSampleWithItsExtremesGivenIsOnlyReadAndGivesWhatSortingGives() {
        Random random = new Random(4);
        double[] ps = {0.05, 0.10, 0.50, 0.90, 0.95};
        char[] scratch = new char[20_000];
        for (int n : new int[] {4096, 10_000, 20_000}) {
            for (int kind = 0; kind < 3; kind++) {
                float[] sample = new float[n];
                float min = Float.POSITIVE_INFINITY;
                float max = Float.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    sample[i] = switch (kind) {
                        case 0 -> (float) Math.exp(0.24 * random.nextGaussian());
                        case 1 -> random.nextInt(3);
                        default -> 0.7f;
                    };
                    min = Math.min(min, sample[i]);
                    max = Math.max(max, sample[i]);
                }
                float[] before = sample.clone();
                double[] got = Quantiles.ofLarge(sample, min, max, scratch, ps);
                assertThat(sample).as("n=%d kind=%d: the paths keep their order", n, kind).isEqualTo(before);
                for (int i = 0; i < ps.length; i++) {
                    assertThat(got[i]).as("n=%d kind=%d p=%s", n, kind, ps[i]).isEqualTo(bySorting(sample, ps[i]));
                }
            }
        }
    }

    @Test
    void theMedianOfOneToFourIsTwoAndAHalf() {
        assertThat(Quantiles.of(new float[] {4, 1, 3, 2}, 0.5, 0.0, 1.0)).containsExactly(2.5, 1.0, 4.0);
    }
}
