package jp.mgp.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RectangularCholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import jp.mgp.model.Correlation;
import jp.mgp.model.Projection;
import jp.mgp.model.Series;
import jp.mgp.model.Shock;
import jp.mgp.model.Uncertainty;

/**
 * The series that take a lognormal shock at every step (a shock of their own, or a place in the correlation),
 * their sigma, and the Cholesky factor that correlates the normals of the correlated ones. Each step of a noise
 * series is multiplied by {@code exp(sigma z - sigma^2 / 2)}, whose mean is 1.
 */
final class Shocks {

    /** The noise series (indices into the projection's series) and the noise index of every series, or -1. */
    final int count;
    final int[] series;
    final int[] of;
    final double[] sigma;
    final double[] halfVariance;
    /** Which noise series are correlated (indices into the noise series), and the lower factor L with LL' = C. */
    final int[] correlated;
    final double[][] cholesky;

    /** The shocks of {@code file} on {@code effective}, the file with its scenario applied. */
    Shocks(Projection file, Projection effective) {
        Uncertainty u = file.uncertainty();
        int seriesCount = effective.series().size();
        // Noise series: those with a shock, then any others in the correlation, in the file's series order.
        List<Integer> noise = new ArrayList<>();
        Correlation c = u.correlation();
        for (int s = 0; s < seriesCount; s++) {
            Series named = effective.series().get(s);
            boolean shocked = u.shock(named.id()).map(x -> x.sigma() > 0).orElse(false);
            if (!named.isDerived() && (shocked || c.series().contains(named.id()))) {
                noise.add(s);
            }
        }
        count = noise.size();
        series = noise.stream().mapToInt(Integer::intValue).toArray();
        sigma = new double[count];
        halfVariance = new double[count];
        for (int k = 0; k < count; k++) {
            sigma[k] = u.shock(effective.series().get(series[k]).id()).map(Shock::sigma).orElse(0.0);
            halfVariance[k] = sigma[k] * sigma[k] / 2;
        }
        of = new int[seriesCount];
        Arrays.fill(of, -1);
        for (int k = 0; k < count; k++) {
            of[series[k]] = k;
        }
        correlated = new int[c.series().size()];
        for (int i = 0; i < correlated.length; i++) {
            correlated[i] = of[effective.seriesIndex(c.series().get(i))];
        }
        cholesky = correlated.length == 0 ? new double[0][] : cholesky(c.matrix());
    }

    private static double[][] cholesky(double[][] correlation) {
        RealMatrix m = new Array2DRowRealMatrix(correlation);
        // Semi-definite matrices (perfect correlations) are allowed: the rectangular factor takes them.
        RectangularCholeskyDecomposition d = new RectangularCholeskyDecomposition(m, 1e-10);
        RealMatrix root = d.getRootMatrix();
        int n = correlation.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < root.getColumnDimension(); j++) {
                l[i][j] = root.getEntry(i, j);
            }
        }
        return l;
    }
}
