package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.model.ChartSpec;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.Palette;
import jp.mgp.model.Projection;
import jp.mgp.model.ProjectionRules;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.RuleProblem;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Scenario;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

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
        return p.withSeries(s.withLook(name, s.unit(), s.color(), s.note()));
    }

    /** A copy of a series under a new id, added to the charts that show the original, after it. */
    public static Projection duplicate(Projection p, String seriesId, LocalizedText suffix) {
        Series s = ProjectionEdits.series(p, seriesId);
        String id = freeId(p, s.id() + "-copy");
        Series copy = new Series(id, new LocalizedText(s.name().ja() + suffix.ja(), s.name().en() + suffix.en()),
                s.unit(), Palette.free(p), s.anchors(), s.segments(), s.derivation(), s.note());
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
        // Given no colour, it would take the palette's colour for its place, which another series may show.
        all.add(series.color().isEmpty()
                ? series.withLook(series.name(), series.unit(), Palette.free(p), series.note()) : series);
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

    /**
     * Adds a series of the user's own at the end, drawn on the charts {@code chartIds} (in their own order of
     * series). A series without a colour gets the first palette colour no other series is drawn in. Refused, as a
     * {@link RuleViolation} naming the place, when the model's rules find the result wrong (a chart whose unit
     * cannot show the series' unit, a series with nothing to grow from).
     */
    public static Projection addSeries(Projection p, Series series, List<String> chartIds) {
        if (p.seriesIndex(series.id()) >= 0) {
            throw new RuleViolation(ModelText.both("edit.series.exists", series.id()));
        }
        checkLook(series.name(), series.color());
        Series coloured = series.color().isEmpty()
                ? series.withLook(series.name(), series.unit(), Palette.free(p), series.note()) : series;
        List<Series> all = new ArrayList<>(p.series());
        all.add(coloured);
        return checked(p, drawnOn(p.withSeries(all), coloured.id(), chartIds));
    }

    /**
     * Changes what the series dialog shows of series {@code seriesId}: its name in both languages, its unit, its
     * colour and its note, and the charts it is drawn on. Its figures stay as they are (a unit changed says the
     * same numbers are counted in the new unit).
     */
    public static Projection changeSeries(Projection p, String seriesId, LocalizedText name, Unit unit, String colour,
                                          LocalizedText note, List<String> chartIds) {
        Series s = ProjectionEdits.series(p, seriesId);
        checkLook(name, colour);
        return checked(p, drawnOn(p.withSeries(s.withLook(name, unit, colour, note)), seriesId, chartIds));
    }

    /** The charts series {@code seriesId} is drawn on. */
    public static List<String> chartsOf(Projection p, String seriesId) {
        return p.charts().stream().filter(c -> c.series().contains(seriesId)).map(ChartSpec::id).toList();
    }

    private static void checkLook(LocalizedText name, String colour) {
        if (name.ja().isBlank() && name.en().isBlank()) {
            throw new RuleViolation(ModelText.both("edit.series.noName"));
        }
        if (!colour.isEmpty() && !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new RuleViolation(ModelText.both("edit.series.colour", colour));
        }
    }

    /** Series {@code seriesId} drawn on exactly the charts {@code chartIds}, each keeping the file's series order. */
    private static Projection drawnOn(Projection p, String seriesId, List<String> chartIds) {
        List<String> order = p.series().stream().map(Series::id).toList();
        return p.withCharts(eachChart(p, c -> {
            List<String> ids = new ArrayList<>(c.series());
            ids.remove(seriesId);
            if (chartIds.contains(c.id())) {
                ids.add(seriesId);
            }
            ids.sort(java.util.Comparator.comparingInt(order::indexOf));
            return ids;
        }));
    }

    /**
     * {@code next}, or the first problem the model's rules find in it that {@code before} did not have, as a
     * {@link RuleViolation} naming its place.
     */
    static Projection checked(Projection before, Projection next) {
        List<RuleProblem> old = ProjectionRules.check(before);
        ProjectionRules.check(next).stream().filter(x -> !old.contains(x)).findFirst().ifPresent(x -> {
            throw x.violation();
        });
        return next;
    }

    /** Renames scenario {@code id} and sets its description; the id (which files and the command line name) stays. */
    public static Projection describeScenario(Projection p, String id, LocalizedText name, LocalizedText description) {
        Scenario s = scenario(p, id);
        if (name.ja().isBlank() && name.en().isBlank()) {
            throw new RuleViolation(ModelText.both("edit.scenario.noName"));
        }
        return p.withScenarios(p.scenarios().stream().map(x -> x != s ? x
                : new Scenario(s.id(), name, description, s.overrides(), s.anchors())).toList());
    }

    /** Deletes scenario {@code id} with its changes; the base (the file's own figures) cannot be deleted. */
    public static Projection removeScenario(Projection p, String id) {
        scenario(p, id);
        if (Scenario.BASE.equals(id)) {
            throw new RuleViolation(ModelText.both("edit.scenario.base"));
        }
        return p.withScenarios(p.scenarios().stream().filter(x -> !x.id().equals(id)).toList());
    }

    /** Moves scenario {@code id} one place earlier ({@code -1}) or later ({@code +1}) in the file and the selector. */
    public static Projection moveScenario(Projection p, String id, int by) {
        List<Scenario> all = new ArrayList<>(p.scenarios());
        int from = all.indexOf(scenario(p, id));
        int to = from + by;
        if (to < 0 || to >= all.size()) {
            return p;
        }
        all.add(to, all.remove(from));
        return p.withScenarios(all);
    }

    private static Scenario scenario(Projection p, String id) {
        return p.scenario(id).orElseThrow(() -> new RuleViolation(ModelText.both("edit.scenario.none", id)));
    }

    /**
     * Puts reference line {@code line} in place of the one with its id, or adds it (and draws it on chart
     * {@code chartId} when that is not null). A line with a citation that names neither publisher nor document is
     * refused, as is one without a label.
     */
    public static Projection putReferenceLine(Projection p, ReferenceLine line, String chartId) {
        if (line.label().ja().isBlank() && line.label().en().isBlank()) {
            throw new RuleViolation(ModelText.both("edit.reference.noLabel"));
        }
        if (line.source() != null && line.source().publisher().isBlank() && line.source().document().isBlank()) {
            throw new RuleViolation(ModelText.both("edit.reference.citation", line.label()));
        }
        List<ReferenceLine> lines = new ArrayList<>(p.referenceLines());
        int at = lines.indexOf(p.referenceLine(line.id()).orElse(null));
        if (at >= 0) {
            lines.set(at, line);
            return p.withReferenceLines(lines);
        }
        lines.add(line);
        Projection next = p.withReferenceLines(lines);
        return chartId == null ? next : next.withCharts(next.charts().stream().map(c -> !c.id().equals(chartId) ? c
                : c.withReferenceLines(append(c.referenceLines(), line.id()))).toList());
    }

    /** Removes reference line {@code id} from the file and from every chart that draws it. */
    public static Projection removeReferenceLine(Projection p, String id) {
        return p.withReferenceLines(p.referenceLines().stream().filter(r -> !r.id().equals(id)).toList())
                .withCharts(p.charts().stream().map(c -> c.withReferenceLines(
                        c.referenceLines().stream().filter(r -> !r.equals(id)).toList())).toList());
    }

    private static List<String> append(List<String> ids, String id) {
        List<String> out = new ArrayList<>(ids);
        out.add(id);
        return out;
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
