package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ModelText;
import jp.mgp.model.Projection;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/** One sourced figure put on a series as a known point (a figure dropped from the seed library). */
public final class PointEdits {

    private PointEdits() {
    }

    /**
     * {@code p} with the figure {@code value} ({@code unit}) for {@code year} a pinned, sourced known point of
     * {@code seriesId}, in place of any point it had in that year; a figure in another unit of the same kind (億円 on
     * a 兆円 series) is converted exactly, and the series' growth segments stay as they are.
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
        Anchor a = new Anchor(year, unit.convert(value, s.unit()), Kind.SOURCED, true, source, LocalizedText.EMPTY);
        List<Anchor> anchors = new ArrayList<>(s.anchors().stream().filter(x -> x.year() != year).toList());
        anchors.add(a);
        anchors.sort(java.util.Comparator.comparingInt(Anchor::year));
        return p.withSeries(s.withAnchors(anchors));
    }

    private static LocalizedText label(Unit unit) {
        return new LocalizedText(unit.label(Locale.JAPANESE), unit.label(Locale.ENGLISH));
    }
}
