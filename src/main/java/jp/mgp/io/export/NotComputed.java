package jp.mgp.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/**
 * The footnote's line on years the engine could not compute (a target of the other sign than its start value, a
 * step beyond the range of numbers): which years of which series are empty and why, so that a gap in a line or a
 * blank in a table can be defended. Worked out from the result's values as the engine leaves them, not from its
 * warning's words: a year is left out when a step into it (forwards) or out of it (backwards, which a target never
 * takes) has a segment and a start value yet gave no value, and so are the empty years that follow from it. Years no
 * segment reaches are empty by design and are not named. A derived series is empty where an input is.
 */
final class NotComputed {

    private final ProjectionResult result;
    private final ProvenanceText text;
    /** Per series, per year of the horizon: why it has no value, or null where it has one or none by design. */
    private final String[][] why;

    private NotComputed(ProjectionResult result, ProvenanceText text) {
        this.result = result;
        this.text = text;
        this.why = new String[result.seriesCount()][];
    }

    /** One item per series of {@code series} (indices, in order) and stretch of years left out; empty normally. */
    static List<String> lines(ProjectionResult result, List<Integer> series, ProvenanceText text) {
        NotComputed found = new NotComputed(result, text);
        List<String> lines = new ArrayList<>();
        for (int s : series) {
            String[] reasons = found.reasons(s);
            String name = result.series(s).name().get(text.locale());
            for (int i = 0; i < reasons.length; i++) {
                if (reasons[i] == null) {
                    continue;
                }
                int from = i;
                while (i + 1 < reasons.length && reasons[i].equals(reasons[i + 1])) {
                    i++;
                }
                lines.add(text.format("notes.notComputed", name, found.years(from, i), reasons[from]));
            }
        }
        return lines;
    }

    private String years(int from, int to) {
        String first = Integer.toString(result.firstYear() + from);
        return from == to ? text.format("notes.year", first)
                : text.format("notes.years", first, Integer.toString(result.firstYear() + to));
    }

    private String[] reasons(int s) {
        if (why[s] == null) {
            why[s] = result.series(s).isDerived() ? derived(s) : base(s);
        }
        return why[s];
    }

    private String[] derived(int s) {
        String[] reasons = new String[result.years()];
        why[s] = reasons; // a cycle is refused before projecting; this only keeps a visit from repeating
        for (String id : result.series(s).derivation().inputs()) {
            int input = result.seriesIndex(id);
            if (input < 0) {
                continue;
            }
            String[] inputReasons = reasons(input);
            String inputName = result.series(input).name().get(text.locale());
            for (int i = 0; i < reasons.length; i++) {
                if (reasons[i] == null && inputReasons[i] != null && !result.hasValue(s, result.firstYear() + i)) {
                    reasons[i] = text.format("notes.notComputed.input", inputName);
                }
            }
        }
        return reasons;
    }

    private String[] base(int s) {
        Series series = result.series(s);
        int first = result.firstYear();
        int last = result.lastYear();
        String[] reasons = new String[result.years()];
        for (int y = first + 1; y <= last; y++) {
            Optional<Segment> step = series.segmentAt(y - 1);
            if (result.hasValue(s, y - 1) && !result.hasValue(s, y) && step.isPresent()) {
                String reason = forwardReason(s, step.get(), y - 1);
                for (int z = y; z <= last && !result.hasValue(s, z) && reached(series, z); z++) {
                    reasons[z - first] = reason;
                }
            }
        }
        for (int y = last - 1; y >= first; y--) {
            Optional<Segment> step = series.segmentAt(y);
            if (result.hasValue(s, y + 1) && !result.hasValue(s, y) && step.isPresent()
                    && !(step.get() instanceof Segment.Target) && reasons[y - first] == null) {
                String reason = text.get("notes.notComputed.range");
                for (int z = y; z >= first && !result.hasValue(s, z) && reached(series, z); z--) {
                    reasons[z - first] = reason;
                }
            }
        }
        return reasons;
    }

    private static boolean reached(Series series, int year) {
        return series.segmentAt(year - 1).isPresent() || series.segmentAt(year).isPresent();
    }

    /** Why the step from {@code year}, which has a value, gave none: a target of the other sign, else overflow. */
    private String forwardReason(int s, Segment step, int year) {
        Series series = result.series(s);
        if (step instanceof Segment.Target t) {
            double goal = t.aimsAtAnchor() ? pinned(series, t.to()) : t.value();
            double start = result.value(s, year);
            if (!(goal / start > 0)) {
                return text.format("notes.notComputed.sign",
                        text.format("notes.years", Integer.toString(t.from()), Integer.toString(t.to())),
                        series.unit().format(goal, text.locale()), Integer.toString(year),
                        series.unit().format(start, text.locale()));
            }
        }
        return text.get("notes.notComputed.range");
    }

    private static double pinned(Series series, int year) {
        return series.anchors().stream().filter(a -> a.pinned() && a.year() == year).mapToDouble(Anchor::value)
                .findFirst().orElse(Double.NaN);
    }
}
