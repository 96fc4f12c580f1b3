package jp.mgp.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a scenario file holds. Immutable: an edit makes a new projection, which is what lets the editor
 * keep revisions for undo and lets the engine run on any thread.
 *
 * @param firstYear first year charted and tabulated
 * @param lastYear  last year charted and tabulated, not before {@code firstYear}
 * @param uncertainty how sure the figures are (shocks, rate ranges, correlations, the simulation's seed and
 *                    paths); {@link Uncertainty#NONE} when the file says nothing of it
 */
public record Projection(LocalizedText title, LocalizedText description, int firstYear, int lastYear,
                         List<Series> series, List<Scenario> scenarios, List<ReferenceLine> referenceLines,
                         List<ChartSpec> charts, Map<String, String> metadata, Uncertainty uncertainty) {

    public Projection {
        title = Objects.requireNonNullElse(title, LocalizedText.EMPTY);
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("horizon ends before it starts: " + firstYear + "-" + lastYear);
        }
        series = List.copyOf(series);
        scenarios = List.copyOf(scenarios);
        referenceLines = List.copyOf(referenceLines);
        charts = List.copyOf(charts);
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        uncertainty = Objects.requireNonNullElse(uncertainty, Uncertainty.NONE);
    }

    /** A projection that says nothing of its uncertainty. */
    public Projection(LocalizedText title, LocalizedText description, int firstYear, int lastYear,
                      List<Series> series, List<Scenario> scenarios, List<ReferenceLine> referenceLines,
                      List<ChartSpec> charts, Map<String, String> metadata) {
        this(title, description, firstYear, lastYear, series, scenarios, referenceLines, charts, metadata,
                Uncertainty.NONE);
    }

    public int years() {
        return lastYear - firstYear + 1;
    }

    public Optional<Series> series(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int seriesIndex(String id) {
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<ReferenceLine> referenceLine(String id) {
        return referenceLines.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The scenario a viewer starts on: "base" if present, else the first, else none (plain series). */
    public Optional<Scenario> defaultScenario() {
        return scenario(Scenario.BASE).or(() -> scenarios.stream().findFirst());
    }

    /** With these series; the uncertainty of a series or segment no longer there goes with it. */
    public Projection withSeries(List<Series> newSeries) {
        return new Projection(title, description, firstYear, lastYear, newSeries, scenarios, referenceLines, charts,
                metadata, uncertainty.keepingOnly(newSeries));
    }

    public Projection withSeries(Series replacement) {
        List<Series> copy = new ArrayList<>(series);
        int i = seriesIndex(replacement.id());
        if (i < 0) {
            throw new IllegalArgumentException("no series " + replacement.id());
        }
        copy.set(i, replacement);
        return withSeries(copy);
    }

    public Projection withScenarios(List<Scenario> newScenarios) {
        return new Projection(title, description, firstYear, lastYear, series, newScenarios, referenceLines, charts,
                metadata, uncertainty);
    }

    public Projection withCharts(List<ChartSpec> newCharts) {
        return new Projection(title, description, firstYear, lastYear, series, scenarios, referenceLines, newCharts,
                metadata, uncertainty);
    }

    public Projection withReferenceLines(List<ReferenceLine> newLines) {
        return new Projection(title, description, firstYear, lastYear, series, scenarios, newLines, charts, metadata, uncertainty);
    }

    public Projection withHorizon(int first, int last) {
        return new Projection(title, description, first, last, series, scenarios, referenceLines, charts, metadata,
                uncertainty);
    }

    public Projection withUncertainty(Uncertainty newUncertainty) {
        return new Projection(title, description, firstYear, lastYear, series, scenarios, referenceLines, charts,
                metadata, newUncertainty);
    }
}
