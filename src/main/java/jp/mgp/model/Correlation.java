package jp.mgp.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How the yearly shocks of several series move together: {@code matrix[i][j]} is the correlation between the
 * shocks of {@code series.get(i)} and {@code series.get(j)} in the same year. Series not listed move
 * independently. The matrix is copied in and out, so the record stays immutable.
 *
 * @param rationale why the series move together so, in both languages
 */
public record Correlation(List<String> series, double[][] matrix, LocalizedText rationale) {

    /** No correlation: every series' shocks independent. */
    public static final Correlation NONE = new Correlation(List.of(), new double[0][]);

    public Correlation {
        series = List.copyOf(series);
        matrix = copy(Objects.requireNonNull(matrix, "matrix"));
        rationale = Objects.requireNonNullElse(rationale, LocalizedText.EMPTY);
    }

    /** Correlations with no reason given. */
    public Correlation(List<String> series, double[][] matrix) {
        this(series, matrix, LocalizedText.EMPTY);
    }

    @Override
    public double[][] matrix() {
        return copy(matrix);
    }

    public double get(int i, int j) {
        return matrix[i][j];
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i] == null ? new double[0] : m[i].clone();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Correlation c && series.equals(c.series) && Arrays.deepEquals(matrix, c.matrix)
                && rationale.equals(c.rationale);
    }

    @Override
    public int hashCode() {
        return series.hashCode() * 31 + Arrays.deepHashCode(matrix);
    }

    @Override
    public String toString() {
        return "Correlation" + series + Arrays.deepToString(matrix) + rationale;
    }
}
