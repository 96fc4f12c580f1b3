package jp.mgp.io.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Kind;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Scenario;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;
import jp.mgp.presentation.Growth;
import jp.mgp.presentation.Theme;
import jp.mgp.presentation.Wording;

/**
 * What one chart says, ready for a slide or a sheet: the lines in the chart's display unit with their projected
 * stretches and sourced points, the reference lines, and the footnote that lets a strategist defend every point.
 *
 * @param unit  the unit values are given in: the chart's, except people in 万人 for Japanese readers
 * @param years the years, first to last
 */
public record ChartContent(ChartSpec spec, Locale locale, Unit unit, String title, String subtitle, int[] years, List<Line> lines,
                           List<Reference> references, Footnote footnote, List<Reported> reported) {

    public ChartContent(ChartSpec spec, Locale locale, Unit unit, String title, String subtitle, int[] years,
                        List<Line> lines, List<Reference> references, Footnote footnote) {
        this(spec, locale, unit, title, subtitle, years, lines, references, footnote, List.of());
    }

    /** Copies what it is given, so that a chart's content cannot change after it was made (SpotBugs, EI_EXPOSE). */
    public ChartContent {
        years = years.clone();
        lines = List.copyOf(lines);
        references = List.copyOf(references);
        reported = List.copyOf(reported);
    }

    /** A copy: the years cannot be changed through it. */
    @Override
    public int[] years() {
        return years.clone();
    }

    /**
     * One series as drawn.
     *
     * @param values    per year in the display unit; NaN where the series has no value
     * @param projected {@code projected[i]}: the line from year {@code i - 1} into year {@code i} is a projection
     * @param sourced   {@code sourced[i]}: the value in year {@code i} is a pinned sourced figure
     * @param color     a CSS hex colour: the series' own, or the palette's by its place in the file
     * @param growth    the growth label in the series' own model ({@link Wording#growth}), empty when none
     * @param growthModel what {@code growth} says in numbers (its model, years and end values); null when none
     */
    public record Line(String id, String name, String color, double[] values, boolean[] projected,
                       boolean[] sourced, String endValue, String growth, Growth growthModel) {

        public Line {
            values = values.clone();
            projected = projected.clone();
            sourced = sourced.clone();
        }

        public Line(String id, String name, String color, double[] values, boolean[] projected, boolean[] sourced,
                    String endValue, String growth) {
            this(id, name, color, values, projected, sourced, endValue, growth, null);
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean[] projected() {
            return projected.clone();
        }

        @Override
        public boolean[] sourced() {
            return sourced.clone();
        }
    }

    /**
     * A figure a source reports that the line is not pinned to (the decks' rounded "≈35.0"), or one the user
     * typed over it, drawn beside the line as the PDF, PNG and SVG charts draw it.
     *
     * @param line  the index in {@link #lines()} of the series it belongs to
     * @param value in the chart's display unit
     * @param kind  sourced, or assumption when the user typed over it
     */
    public record Reported(int line, int year, double value, Kind kind) {
    }

    public record Reference(String label, double value) {
    }

    /**
     * Numbered citations, then the rules derived from them, then what rests on assumptions, then the years left
     * without a value and why ({@link NotComputed}; empty normally).
     */
    public record Footnote(List<String> sources, List<String> derived, List<String> assumptions, String dashed,
                           List<String> notComputed) {

        public Footnote {
            sources = List.copyOf(sources);
            derived = List.copyOf(derived);
            assumptions = List.copyOf(assumptions);
            notComputed = List.copyOf(notComputed);
        }

        public Footnote(List<String> sources, List<String> derived, List<String> assumptions, String dashed) {
            this(sources, derived, assumptions, dashed, List.of());
        }
    }

    /**
     * What the projected stretch of line {@code name} is called in the chart's data: "Vertical AI (projected)";
     * in Japanese バーティカルAI市場（世界）（予測）, the bracket right after the name's own.
     */
    public String projectedName(String name) {
        return new ProvenanceText(locale).format("series.projected", name);
    }

    /**
     * The chart in words, for those who cannot see it (alt text): its title and scenario, then each line's last
     * value and growth, and the reference lines.
     */
    public String description() {
        StringBuilder sb = new StringBuilder(title).append('\n').append(subtitle);
        ProvenanceText text = new ProvenanceText(locale);
        for (Line line : lines) {
            String value = text.format("notes.named", line.name(), line.endValue());
            sb.append('\n').append(line.growth().isEmpty() ? value : text.format("notes.valueGrowth", value,
                    line.growth()));
        }
        for (Reference r : references) {
            sb.append('\n').append(r.label());
        }
        return sb.toString();
    }

    /**
     * {@link #description()} as one paragraph, its lines ended as sentences: an Office file's alt text is an
     * attribute, in which a line break reads back as a space.
     */
    public String altText() {
        String end = "ja".equals(locale.getLanguage()) ? "\u3002" : ". ";
        return String.join(end, description().split("\n")).strip() + ("ja".equals(locale.getLanguage()) ? end : ".");
    }

    /** The heading of the year column. */
    public String yearLabel() {
        return new ProvenanceText(locale).get("col.year");
    }

    public static ChartContent of(ChartSpec spec, ProjectionResult result, ProvenanceText text) {
        Locale locale = text.locale();
        Unit unit = Wording.shownUnit(spec.unit(), locale);
        int[] years = new int[result.years()];
        for (int i = 0; i < years.length; i++) {
            years[i] = result.firstYear() + i;
        }
        Notes notes = new Notes(result, text);
        List<Line> lines = new ArrayList<>();
        List<Reported> reported = new ArrayList<>();
        for (String id : spec.series()) {
            int s = result.seriesIndex(id);
            if (s >= 0) {
                Series series = result.series(s);
                for (Anchor a : series.anchors()) {
                    // As ChartDecorations labels them: not pinned, not derived, within the years shown.
                    if (!a.pinned() && a.kind() != Kind.DERIVED && a.year() >= result.firstYear()
                            && a.year() <= result.lastYear()) {
                        reported.add(new Reported(lines.size(), a.year(), series.unit().convert(a.value(), unit),
                                a.kind()));
                    }
                }
                lines.add(line(result, s, unit, years, text));
            }
        }
        // The footnote names what the drawn lines rest on, the inputs of derived ones included.
        List<Integer> restingOn = AssumptionRows.restingOn(result, spec.series());
        restingOn.forEach(notes::series);
        List<Reference> refs = new ArrayList<>();
        for (String id : spec.referenceLines()) {
            result.effective().referenceLine(id).ifPresent(r -> {
                double v = r.unit().convertibleTo(unit) ? r.unit().convert(r.value(), unit) : r.value();
                refs.add(new Reference(r.label().get(locale), v));
                notes.reference(r);
            });
        }
        Scenario scenario = result.scenarioId() == null ? null
                : result.effective().scenario(result.scenarioId()).orElse(null);
        String subtitle = scenario == null ? result.effective().title().get(locale)
                : Wording.of(locale).scenario(scenario.name().get(locale)) + "  |  "
                + result.effective().title().get(locale);
        return new ChartContent(spec, locale, unit, spec.title().get(locale), subtitle, years, List.copyOf(lines),
                List.copyOf(refs), notes.footnote(spec.stacked(), NotComputed.lines(result, restingOn, text)),
                List.copyOf(reported));
    }

    private static Line line(ProjectionResult result, int s, Unit unit, int[] years, ProvenanceText text) {
        Series series = result.series(s);
        double[] values = new double[years.length];
        boolean[] projected = new boolean[years.length];
        boolean[] sourced = new boolean[years.length];
        int lastWithValue = -1;
        for (int i = 0; i < years.length; i++) {
            double v = result.value(s, years[i]);
            values[i] = Double.isFinite(v) ? series.unit().convert(v, unit) : Double.NaN;
            projected[i] = i > 0 && result.isProjectedStep(s, years[i - 1]);
            lastWithValue = Double.isFinite(v) ? i : lastWithValue;
        }
        for (Anchor a : series.anchors()) {
            int i = a.year() - years[0];
            if (a.kind() == Kind.SOURCED && a.pinned() && i >= 0 && i < years.length) {
                sourced[i] = true;
            }
        }
        String end = lastWithValue < 0 ? "" : series.unit().format(result.value(s, years[lastWithValue]),
                text.locale());
        // The palette by place in the file, as the window colours it, so a line keeps its colour everywhere.
        String colour = Theme.seriesColour(series, s);
        return new Line(series.id(), series.name().get(text.locale()), colour, values, projected, sourced, end,
                text.growth(result, s), Growth.of(result, s).orElse(null));
    }

    /** Collects the footnote's sentences while the chart's series are visited, numbering citations once each. */
    private static final class Notes {
        private final ProjectionResult result;
        private final ProvenanceText text;
        private final Map<String, List<String>> figuresByCitation = new LinkedHashMap<>();
        private final List<String> derived = new ArrayList<>();
        private final List<String> assumptions = new ArrayList<>();

        Notes(ProjectionResult result, ProvenanceText text) {
            this.result = result;
            this.text = text;
        }

        private int cite(SourceRef ref, String figure) {
            String citation = ref.shortCitation(text.locale());
            List<String> figures = figuresByCitation.computeIfAbsent(citation, k -> new ArrayList<>());
            if (figure != null && !figures.contains(figure)) {
                figures.add(figure);
            }
            return new ArrayList<>(figuresByCitation.keySet()).indexOf(citation) + 1;
        }

        void series(int s) {
            Series series = result.series(s);
            Locale locale = text.locale();
            String name = series.name().get(locale);
            for (Anchor a : series.anchors()) {
                if (a.year() < result.firstYear() || a.year() > result.lastYear()) {
                    continue;
                }
                String figure = text.format("notes.figure", name, Integer.toString(a.year()),
                        series.unit().format(a.value(), locale));
                if (a.kind() == Kind.SOURCED && a.pinned()) {
                    cite(a.source(), figure);
                } else if (a.kind() == Kind.SOURCED) {
                    int n = cite(a.source(), null);
                    // "By its rule" only while the value there is derived; a scenario's own rate is not the source's.
                    String key = result.kind(s, a.year()) == Kind.DERIVED ? "notes.reported" : "notes.reportedScenario";
                    String line = text.format("notes.named", name, text.format(key,
                            series.unit().format(a.value(), locale), Integer.toString(a.year()),
                            series.unit().format(result.value(s, a.year()), locale)))
                            + text.format("notes.cite", Integer.toString(n));
                    (key.equals("notes.reported") ? derived : assumptions).add(line);
                } else {
                    assumptions.add(text.format("withKind", figure, text.kind(Kind.ASSUMPTION)));
                }
            }
            if (series.isDerived()) {
                derived.add(text.format("notes.equals", name, text.derivation(series, result)));
            }
            List<Segment> segments = series.segments().stream()
                    .filter(g -> g.to() > result.firstYear() && g.from() < result.lastYear()).toList();
            for (int i = 0; i < segments.size(); i++) {
                Segment g = segments.get(i);
                String rule = text.segment(g, series, result);
                Set<Integer> cites = new TreeSet<>();
                int to = g.to();
                // Adjacent segments with the same rule and kind read as one span: "2024-2040: 21.6 %/yr".
                while (true) {
                    Segment s2 = segments.get(i);
                    if (s2.basis().source() != null && s2.basis().kind() == Kind.DERIVED) {
                        cites.add(cite(s2.basis().source(), null));
                    }
                    to = s2.to();
                    if (i + 1 < segments.size() && segments.get(i + 1).from() == to
                            && segments.get(i + 1).basis().kind() == g.basis().kind()
                            && text.segment(segments.get(i + 1), series, result).equals(rule)
                            && g.basis().kind() == Kind.DERIVED) {
                        i++;
                    } else {
                        break;
                    }
                }
                String line = text.format("notes.span", name, Integer.toString(g.from()), Integer.toString(to),
                        rule);
                if (g.basis().kind() == Kind.DERIVED) {
                    derived.add(line + cites.stream().map(n -> text.format("notes.cite", Integer.toString(n)))
                            .collect(Collectors.joining()));
                } else {
                    String why = g.basis().rationale().get(locale);
                    assumptions.add(why.isEmpty() ? line : text.format("notes.why", line, why));
                }
            }
        }

        void reference(ReferenceLine r) {
            String figure = text.format("withKind", r.label().get(text.locale()), text.get("notes.reference"));
            if (r.kind() == Kind.SOURCED) {
                cite(r.source(), figure);
            } else {
                assumptions.add(figure);
            }
        }

        /** The notes; a stacked chart draws no dashed stretch, so its last line says what its areas are. */
        Footnote footnote(boolean stacked, List<String> notComputed) {
            List<String> sources = new ArrayList<>();
            int n = 1;
            for (Map.Entry<String, List<String>> e : figuresByCitation.entrySet()) {
                String cited = e.getValue().isEmpty() ? e.getKey() : text.format("notes.figures", e.getKey(),
                        String.join(text.get("notes.figureSeparator"), e.getValue()));
                sources.add("[" + n++ + "] " + cited);
            }
            return new Footnote(List.copyOf(sources), List.copyOf(derived), List.copyOf(assumptions),
                    text.get(stacked ? "notes.stacked" : "notes.dashed"), notComputed);
        }
    }
}
