package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.ProjectionRules;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/**
 * A series' known points set, moved and removed one at a time: in the point dialog, from the seed library, and
 * under a value typed into the year table. Every point is checked here by the same rules (the projection's years,
 * a citation that names its publisher or document, the model's rules for the series).
 */
public final class PointEdits {

    private PointEdits() {
    }

    /**
     * {@code p} with the figure {@code value} ({@code unit}) for {@code year} a pinned, sourced known point of
     * {@code seriesId}, in place of any point it had in that year; a figure in another unit of the same kind (億円 on
     * a 兆円 series) is converted exactly, and the series' growth segments stay as they are; checked as
     * {@link #setKnownPoint} checks a point.
     *
     * @throws RuleViolation for a derived series or a unit the series cannot be measured in
     */
    public static Projection putSourced(Projection p, String seriesId, int year, double value, Unit unit,
                                        SourceRef source) {
        Series s = ProjectionEdits.series(p, seriesId);
        if (s.isDerived()) {
            throw new RuleViolation(ModelText.both("points.derived", s.name()));
        }
        if (!unit.convertibleTo(s.unit())) {
            throw new RuleViolation(ModelText.both("points.unit", s.name(), label(unit), label(s.unit())));
        }
        return setKnownPoint(p, seriesId, new Anchor(year, unit.convert(value, s.unit()), Kind.SOURCED, true, source,
                LocalizedText.EMPTY));
    }

    /**
     * Sets the known point of series {@code seriesId} in {@code point.year()}: added in year order, or in place of
     * the point already there. A sourced point's citation names at least its publisher or its document; a point
     * without a citation is the user's assumption. Refused (as a {@link RuleViolation} naming the series and the
     * year) when the series is computed from others, the year is outside the projection, or the series would be
     * left with nothing to grow from.
     */
    public static Projection setKnownPoint(Projection p, String seriesId, Anchor point) {
        Series series = ProjectionEdits.series(p, seriesId);
        int at = ProjectionEdits.yearIndex(series, point.year());
        return at >= 0 ? replaceKnownPoint(p, seriesId, point.year(), point) : withPoint(p, series, -1, point);
    }

    /**
     * Puts {@code point} in place of the known point of {@code seriesId} in year {@code was}; the point may move to
     * another year, where no other point may stand. A scenario's own value of the point moves with it.
     */
    public static Projection replaceKnownPoint(Projection p, String seriesId, int was, Anchor point) {
        Series series = ProjectionEdits.series(p, seriesId);
        int at = ProjectionEdits.yearIndex(series, was);
        if (at < 0) {
            throw new RuleViolation(ModelText.both("edit.point.none", series.name(), Integer.toString(was)));
        }
        if (point.year() != was && ProjectionEdits.yearIndex(series, point.year()) >= 0) {
            throw new RuleViolation(ModelText.both("edit.year.taken", series.name(), Integer.toString(point.year())));
        }
        Projection next = withPoint(p, series, at, point);
        return point.year() == was ? next : next.withScenarios(next.scenarios().stream()
                .map(s -> s.withAnchors(ProjectionEdits.movedPoints(s.anchors(), seriesId, was, point.year()))).toList());
    }

    /**
     * Removes the known point of {@code seriesId} in {@code year}; refused when the series would have nothing left
     * to grow from. Scenarios' own values of that year stay: each is a known point of its scenario by itself.
     */
    public static Projection removeKnownPoint(Projection p, String seriesId, int year) {
        Series series = ProjectionEdits.series(p, seriesId);
        int at = ProjectionEdits.yearIndex(series, year);
        if (at < 0) {
            throw new RuleViolation(ModelText.both("edit.point.none", series.name(), Integer.toString(year)));
        }
        List<Anchor> anchors = new ArrayList<>(series.anchors());
        anchors.remove(at);
        return checked(p, series.withAnchors(anchors));
    }

    private static Projection withPoint(Projection p, Series series, int replacing, Anchor point) {
        if (series.isDerived()) {
            throw new RuleViolation(ModelText.both("edit.point.derived", series.name()));
        }
        if (point.year() < p.firstYear() || point.year() > p.lastYear()) {
            throw new RuleViolation(ModelText.both("edit.year.outside", series.name(), Integer.toString(point.year()),
                    Integer.toString(p.firstYear()), Integer.toString(p.lastYear())));
        }
        if (point.source() != null && point.source().publisher().isBlank() && point.source().document().isBlank()
                && (point.kind() == Kind.SOURCED || !point.source().isBlank())) {
            throw new RuleViolation(ModelText.both("edit.point.citation", series.name(),
                    Integer.toString(point.year())));
        }
        List<Anchor> anchors = new ArrayList<>(series.anchors());
        if (replacing >= 0) {
            anchors.set(replacing, point);
        } else {
            anchors.add(point);
        }
        anchors.sort(java.util.Comparator.comparingInt(Anchor::year));
        return checked(p, series.withAnchors(anchors));
    }

    /** {@code p} with {@code changed} in place, or the first problem the model's rules find with the series. */
    private static Projection checked(Projection p, Series changed) {
        ProjectionRules.checkSeries(changed, p.seriesIndex(changed.id())).stream().findFirst().ifPresent(x -> {
            throw x.violation();
        });
        return p.withSeries(changed);
    }

    private static LocalizedText label(Unit unit) {
        return new LocalizedText(unit.label(Locale.JAPANESE), unit.label(Locale.ENGLISH));
    }
}
