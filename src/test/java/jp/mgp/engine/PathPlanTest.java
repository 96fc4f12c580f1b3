package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.model.Projection;

/** Paths stepped side by side are each the path stepped alone, value for value. */
class PathPlanTest {

    @Test
    void pathsSideBySideGiveEachPathsOwnValuesForEveryKindOfStepAndDerivation() {
        // Compound, linear, S-curve, target and flat segments, back-casts, and sums, differences, ratios,
        // products, scales and running totals, with shocks and ranges.
        for (String name : new String[] {"all-models.json", "labour-fans.json", "uncertainty.json"}) {
            Projection p = Fixtures.fixture(name);
            PathPlan plan = PathPlan.of(p, null);
            int n = 7;
            int cells = plan.seriesCount * plan.width;
            int normals = Math.max(1, plan.shocks.count * (plan.width - 1));
            double[] sigma = new double[plan.shocks.count];
            double[] half = new double[plan.shocks.count];
            for (int k = 0; k < sigma.length; k++) {
                // A shock on every noise series, so that every step is shocked.
                sigma[k] = 0.05 + 0.01 * k;
                half[k] = sigma[k] * sigma[k] / 2;
            }
            Random random = new Random(11);
            double[] growth = new double[plan.rates.count * n];
            double[] z = new double[normals * n];
            for (int i = 0; i < growth.length; i++) {
                growth[i] = 1 + 0.3 * random.nextDouble();
            }
            for (int i = 0; i < z.length; i++) {
                z[i] = random.nextGaussian();
            }
            double[] together = new double[cells * n];
            plan.paths(together, n, growth, z, sigma, half);
            int known = 0;
            for (int path = 0; path < n; path++) {
                double[] g = new double[plan.rates.count];
                double[] e = new double[normals];
                for (int r = 0; r < g.length; r++) {
                    g[r] = growth[r * n + path];
                }
                for (int i = 0; i < e.length; i++) {
                    e[i] = z[i * n + path];
                }
                double[] alone = new double[cells];
                plan.paths(alone, 1, g, e, sigma, half);
                for (int s = 0; s < plan.seriesCount; s++) {
                    for (int t = plan.horizonOffset; t < plan.horizonOffset + plan.years; t++) {
                        int at = s * plan.width + t;
                        assertThat(together[at * n + path]).as("%s series %d year %d path %d", name, s, t, path)
                                .isEqualTo(alone[at]);
                        known += Double.isNaN(alone[at]) ? 0 : 1;
                    }
                }
            }
            // Most values are known: the comparison is of figures, not of NaNs.
            assertThat(known).as(name).isGreaterThan(n * plan.seriesCount * plan.years / 2);
        }
    }
}
