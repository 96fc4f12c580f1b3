package jp.mgp.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How sure a projection is, kept beside its series rather than in them: each series' yearly {@link Shock}, the
 * {@link RateRange} of compound segments, the {@link Correlation} between series' shocks, and the seed and path
 * count a simulation runs with. Empty ({@link #NONE}) for a file that says nothing of it, which then projects
 * as before.
 *
 * @param shocks     by series id
 * @param setup      the seed and paths the file gives, or null when it gives none ({@link #setupOrDefault()})
 */
public record Uncertainty(Map<String, Shock> shocks, List<RateRange> rateRanges, Correlation correlation,
                          SimulationSetup setup) {

    public static final Uncertainty NONE = new Uncertainty(Map.of(), List.of(), Correlation.NONE, null);

    public Uncertainty {
        shocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shocks));
        rateRanges = List.copyOf(rateRanges);
        correlation = Objects.requireNonNullElse(correlation, Correlation.NONE);
    }

    public boolean isEmpty() {
        return shocks.isEmpty() && rateRanges.isEmpty() && correlation.isEmpty() && setup == null;
    }

    public SimulationSetup setupOrDefault() {
        return setup == null ? SimulationSetup.DEFAULT : setup;
    }

    public Optional<Shock> shock(String seriesId) {
        return Optional.ofNullable(shocks.get(seriesId));
    }

    public Optional<RateRange> rateRange(String seriesId, int segment) {
        return rateRanges.stream().filter(r -> r.series().equals(seriesId) && r.segment() == segment).findFirst();
    }

    /** With the shock of {@code seriesId} set, or removed when {@code shock} is null. */
    public Uncertainty withShock(String seriesId, Shock shock) {
        Map<String, Shock> copy = new LinkedHashMap<>(shocks);
        if (shock == null) {
            copy.remove(seriesId);
        } else {
            copy.put(seriesId, shock);
        }
        return new Uncertainty(copy, rateRanges, correlation, setup);
    }

    /**
     * With the range of segment {@code segment} of {@code seriesId} set, or removed when {@code range} is null. A
     * range set anew keeps its place in the list: a simulation draws the ranges' rates in this order, so moving a
     * range to the end would give every other range another draw, and their fans would change with nothing of
     * theirs changed.
     */
    public Uncertainty withRateRange(String seriesId, int segment, RateRange range) {
        List<RateRange> copy = new java.util.ArrayList<>();
        boolean placed = false;
        for (RateRange r : rateRanges) {
            if (!(r.series().equals(seriesId) && r.segment() == segment)) {
                copy.add(r);
            } else if (range != null && !placed) {
                copy.add(range);
                placed = true;
            }
        }
        if (range != null && !placed) {
            copy.add(range);
        }
        return new Uncertainty(shocks, copy, correlation, setup);
    }

    public Uncertainty withCorrelation(Correlation newCorrelation) {
        return new Uncertainty(shocks, rateRanges, newCorrelation, setup);
    }

    public Uncertainty withSetup(SimulationSetup newSetup) {
        return new Uncertainty(shocks, rateRanges, correlation, newSetup);
    }

    /**
     * What still applies to {@code series}: shocks and correlations of series that are still there, ranges of
     * segments that still exist and are compound. A removed series or segment takes its uncertainty with it,
     * so a file saved after the removal still reads.
     */
    public Uncertainty keepingOnly(List<Series> series) {
        Map<String, Series> byId = new LinkedHashMap<>();
        series.forEach(s -> byId.putIfAbsent(s.id(), s));
        Map<String, Shock> kept = new LinkedHashMap<>(shocks);
        kept.keySet().retainAll(byId.keySet());
        List<RateRange> ranges = rateRanges.stream().filter(r -> {
            Series s = byId.get(r.series());
            return s != null && r.segment() >= 0 && r.segment() < s.segments().size()
                    && s.segments().get(r.segment()) instanceof Segment.Compound;
        }).toList();
        Correlation c = correlation;
        if (!byId.keySet().containsAll(c.series())) {
            Set<String> present = byId.keySet();
            List<Integer> keep = new java.util.ArrayList<>();
            for (int i = 0; i < c.series().size(); i++) {
                if (present.contains(c.series().get(i))) {
                    keep.add(i);
                }
            }
            double[][] m = c.matrix();
            double[][] out = new double[keep.size()][keep.size()];
            for (int i = 0; i < keep.size(); i++) {
                for (int j = 0; j < keep.size(); j++) {
                    out[i][j] = m[keep.get(i)][keep.get(j)];
                }
            }
            c = keep.size() < 2 ? Correlation.NONE
                    : new Correlation(keep.stream().map(c.series()::get).toList(), out, c.rationale());
        }
        if (kept.equals(shocks) && ranges.equals(rateRanges) && c.equals(correlation)) {
            return this;
        }
        return new Uncertainty(kept, ranges, c, setup);
    }
}
