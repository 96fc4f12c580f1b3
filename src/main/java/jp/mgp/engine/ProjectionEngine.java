package jp.mgp.engine;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.model.Derivation;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.Place;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import jp.mgp.model.Series;

/**
 * Projects every series of a projection under one scenario. Stateless and thread-safe: the window, the CLI and
 * the exporters call the same method, so a number is the same wherever it is shown.
 */
public final class ProjectionEngine {

    /** Projects the file's default scenario. */
    public ProjectionResult project(Projection projection) {
        return project(projection, null);
    }

    /**
     * @param scenarioId the scenario to project; null for the file's default
     * @throws IllegalArgumentException if the scenario or something it overrides does not exist, or derived
     *                                  series refer to each other in a cycle
     */
    public ProjectionResult project(Projection projection, String scenarioId) {
        Scenario scenario = ScenarioApplier.resolve(projection, scenarioId);
        Projection effective = ScenarioApplier.apply(projection, scenarioId);
        int n = effective.series().size();
        int years = effective.years();
        double[][] values = new double[n][];
        byte[][] kinds = new byte[n][];
        List<LocalizedText> warnings = new ArrayList<>(0);
        for (int s = 0; s < n; s++) {
            Series series = effective.series().get(s);
            if (!series.isDerived()) {
                values[s] = new double[years];
                kinds[s] = new byte[years];
                int failures = SeriesPath.project(series, effective.firstYear(), effective.lastYear(), values[s],
                        kinds[s]);
                if (failures > 0) {
                    // In both languages, naming the series in words as a rule's refusal does: validate prints it
                    // in the messages' language.
                    warnings.add(ModelText.both("warning.notComputed", Place.series(series, s).words(),
                            Integer.toString(failures)));
                }
            }
        }
        deriveAll(effective, values, kinds);
        return new ProjectionResult(effective, scenario == null ? null : scenario.id(), values, kinds, warnings);
    }

    /** Computes derived series once their inputs are known, in as many rounds as the chain is long. */
    private static void deriveAll(Projection p, double[][] values, byte[][] kinds) {
        int n = values.length;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int s = 0; s < n; s++) {
                if (values[s] == null && inputsReady(p, p.series().get(s).derivation(), values)) {
                    derive(p, s, values, kinds);
                    progress = true;
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (values[s] == null) {
                throw new IllegalArgumentException("derived series '" + p.series().get(s).id()
                        + "' depends on itself through its inputs");
            }
        }
    }

    private static boolean inputsReady(Projection p, Derivation d, double[][] values) {
        for (String id : d.inputs()) {
            int i = p.seriesIndex(id);
            if (i < 0) {
                throw new IllegalArgumentException("derived series refers to unknown series '" + id + "'");
            }
            if (values[i] == null) {
                return false;
            }
        }
        return true;
    }

    private static void derive(Projection p, int s, double[][] values, byte[][] kinds) {
        Series out = p.series().get(s);
        Derivation d = out.derivation();
        int years = p.years();
        double[] v = new double[years];
        byte[] k = new byte[years];
        int[] in = d.inputs().stream().mapToInt(p::seriesIndex).toArray();
        if (d.op() == Derivation.Op.CUMULATIVE) {
            cumulative(p.series().get(in[0]).unit().convert(1, out.unit()), values[in[0]], kinds[in[0]], v, k);
            values[s] = v;
            kinds[s] = k;
            return;
        }
        for (int y = 0; y < years; y++) {
            double result = combine(p, out, d, in, values, y);
            Kind kind = Kind.DERIVED;
            for (int i : in) {
                kind = kinds[i][y] == SeriesPath.NONE ? kind : kind.weakest(Kind.values()[kinds[i][y]]);
            }
            v[y] = Double.isFinite(result) ? result : Double.NaN;
            k[y] = Double.isNaN(v[y]) ? SeriesPath.NONE : (byte) kind.ordinal();
        }
        values[s] = v;
        kinds[s] = k;
    }

    /**
     * The running total of {@code input} (times {@code toUnit}, its unit in the output's) from its first year with a
     * value: what has been added up to each year, so robots sold each year become robots in service. A year
     * without a value after that leaves the total unknown from there on rather than quietly skipping it. Each
     * total is as weak as the weakest year it adds.
     */
    private static void cumulative(double toUnit, double[] input, byte[] inputKinds, double[] v, byte[] k) {
        double total = 0;
        boolean started = false;
        boolean broken = false;
        Kind kind = Kind.DERIVED;
        for (int y = 0; y < input.length; y++) {
            boolean known = !Double.isNaN(input[y]);
            broken |= started && !known;
            started |= known;
            if (!started || broken) {
                v[y] = Double.NaN;
                k[y] = SeriesPath.NONE;
                continue;
            }
            total += input[y] * toUnit;
            kind = inputKinds[y] == SeriesPath.NONE ? kind : kind.weakest(Kind.values()[inputKinds[y]]);
            v[y] = Double.isFinite(total) ? total : Double.NaN;
            k[y] = Double.isNaN(v[y]) ? SeriesPath.NONE : (byte) kind.ordinal();
        }
    }

    private static double combine(Projection p, Series out, Derivation d, int[] in, double[][] values, int y) {
        switch (d.op()) {
            case SUM: {
                double sum = 0;
                for (int i : in) {
                    sum += p.series().get(i).unit().convert(values[i][y], out.unit());
                }
                return sum;
            }
            case DIFFERENCE: {
                double diff = p.series().get(in[0]).unit().convert(values[in[0]][y], out.unit());
                for (int j = 1; j < in.length; j++) {
                    diff -= p.series().get(in[j]).unit().convert(values[in[j]][y], out.unit());
                }
                return diff;
            }
            case RATIO:
                return values[in[1]][y] == 0 ? Double.NaN : values[in[0]][y] / values[in[1]][y] * d.factor();
            case SCALE:
                return values[in[0]][y] * d.factor();
            case PRODUCT: {
                double product = d.factor();
                for (int i : in) {
                    product *= values[i][y];
                }
                return product;
            }
            default:
                throw new AssertionError(d.op());
        }
    }
}
