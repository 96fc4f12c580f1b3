package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Scenario;
import jp.mgp.model.Series;

/**
 * Edits to what a projection holds rather than how a series grows: series added, copied, removed, reordered and
 * renamed, charts put and removed, and the ids new ones get. Each returns a new projection, and the charts and
 * scenarios follow the series they name.
 */
public final class StructureEdits {

    private StructureEdits() {
    }

    public static Projection rename(Projection p, String seriesId, LocalizedText name) {
        Series s = ProjectionEdits.series(p, seriesId);
        return p.withSeries(new Series(s.id(), name, s.unit(), s.color(), s.anchors(), s.segments(),
                s.derivation()));
    }

    /** A copy of a series under a new id, added to the charts that show the original, after it. */
    public static Projection duplicate(Projection p, String seriesId, LocalizedText suffix) {
        Series s = ProjectionEdits.series(p, seriesId);
        String id = freeId(p, s.id() + "-copy");
        Series copy = new Series(id, new LocalizedText(s.name().ja() + suffix.ja(), s.name().en() + suffix.en()),
                s.unit(), "", s.anchors(), s.segments(), s.derivation());
        List<Series> all = new ArrayList<>(p.series());
        all.add(p.seriesIndex(seriesId) + 1, copy);
        return p.withSeries(all).withCharts(eachChart(p, c -> {
            List<String> ids = new ArrayList<>(c.series());
            int at = ids.indexOf(seriesId);
            if (at >= 0) {
                ids.add(at + 1, id);
            }
            return ids;
        }));
    }

    /** Adds a series (such as a derived one) at the end, shown on chart {@code chartId} when not null. */
    public static Projection add(Projection p, Series series, String chartId) {
        if (p.seriesIndex(series.id()) >= 0) {
            throw new RuleViolation(ModelText.both("edit.series.exists", series.id()));
        }
        List<Series> all = new ArrayList<>(p.series());
        all.add(series);
        return p.withSeries(all).withCharts(eachChart(p, c -> {
            List<String> ids = new ArrayList<>(c.series());
            if (c.id().equals(chartId)) {
                ids.add(series.id());
            }
            return ids;
        }));
    }

    /**
     * Removes a series from the file, its charts and its scenarios' overrides.
     *
     * @throws IllegalArgumentException naming the derived series that are computed from it
     */
    public static Projection remove(Projection p, String seriesId) {
        ProjectionEdits.series(p, seriesId);
        List<String> users = p.series().stream().filter(s -> s.isDerived()
                && s.derivation().inputs().contains(seriesId)).map(Series::id).toList();
        if (!users.isEmpty()) {
            List<LocalizedText> names = users.stream().map(id -> p.series(id).orElseThrow().name()).toList();
            LocalizedText listed = new LocalizedText(
                    String.join("、", names.stream().map(n -> "「" + n.get(java.util.Locale.JAPANESE) + "」").toList()),
                    String.join(", ", names.stream().map(n -> "\u201c" + n.get(java.util.Locale.ENGLISH) + "\u201d")
                            .toList()));
            throw new RuleViolation(ModelText.both("edit.series.used", ProjectionEdits.series(p, seriesId).name(), listed));
        }
        List<Series> all = p.series().stream().filter(s -> !s.id().equals(seriesId)).toList();
        List<Scenario> scenarios = p.scenarios().stream().map(s -> s
                .withOverrides(s.overrides().stream().filter(o -> !o.series().equals(seriesId)).toList())
                .withAnchors(s.anchors().stream().filter(a -> !a.series().equals(seriesId)).toList())).toList();
        return p.withSeries(all).withScenarios(scenarios).withCharts(eachChart(p, c -> c.series().stream()
                .filter(id -> !id.equals(seriesId)).toList()));
    }

    /** Moves a series one place up ({@code -1}) or down ({@code +1}) in the file and in its charts. */
    public static Projection move(Projection p, String seriesId, int by) {
        List<Series> all = new ArrayList<>(p.series());
        int from = p.seriesIndex(seriesId);
        int to = from + by;
        if (from < 0 || to < 0 || to >= all.size()) {
            return p;
        }
        all.add(to, all.remove(from));
        List<String> order = all.stream().map(Series::id).toList();
        return p.withSeries(all).withCharts(eachChart(p, c -> c.series().stream()
                .sorted(java.util.Comparator.comparingInt(order::indexOf)).toList()));
    }

    /** Puts {@code chart} in place of the chart with the same id, or adds it at the end when there is none. */
    public static Projection putChart(Projection p, ChartSpec chart) {
        List<ChartSpec> charts = new ArrayList<>(p.charts());
        int at = -1;
        for (int i = 0; i < charts.size(); i++) {
            if (charts.get(i).id().equals(chart.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            charts.set(at, chart);
        } else {
            charts.add(chart);
        }
        return p.withCharts(charts);
    }

    public static Projection removeChart(Projection p, String chartId) {
        return p.withCharts(p.charts().stream().filter(c -> !c.id().equals(chartId)).toList());
    }

    /** The first id of the form {@code base}, {@code base-2}, {@code base-3}... no series, scenario or chart uses. */
    public static String freeId(Projection p, String base) {
        String id = base;
        for (int n = 2; taken(p, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * A free id made from a name the user typed: lower-case letters and digits joined by '-', as the file's ids
     * must be, or {@code fallback} when the name has none of them (a Japanese name, say); then numbered like
     * {@link #freeId} until no series, scenario or chart uses it.
     */
    public static String idFromName(Projection p, String name, String fallback) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-$", "");
        }
        return freeId(p, slug.isEmpty() ? fallback : slug);
    }

    private static boolean taken(Projection p, String id) {
        return p.seriesIndex(id) >= 0 || p.scenario(id).isPresent()
                || p.charts().stream().anyMatch(c -> c.id().equals(id));
    }

    /** Every chart with the series {@code ids} gives it, in the same order. */
    private static List<ChartSpec> eachChart(Projection p, java.util.function.Function<ChartSpec, List<String>> ids) {
        return p.charts().stream().map(c -> c.withSeries(ids.apply(c))).toList();
    }
}
