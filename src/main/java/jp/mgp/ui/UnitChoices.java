package jp.mgp.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/**
 * The units a list offers: the built-in ones, then the units of the user's own that the projection already counts
 * in (so a chart, a reference line or another series can be made in them), then the one shown now if neither.
 */
final class UnitChoices {

    private UnitChoices() {
    }

    static List<Unit> offered(List<Unit> builtIn, Projection p, Unit current) {
        Set<Unit> all = new LinkedHashSet<>(builtIn);
        if (p != null) {
            p.series().stream().map(Series::unit).filter(Unit::isOwn).forEach(all::add);
            p.charts().stream().map(ChartSpec::unit).filter(Unit::isOwn).forEach(all::add);
            p.referenceLines().stream().map(ReferenceLine::unit).filter(Unit::isOwn).forEach(all::add);
        }
        if (current != null) {
            all.add(current);
        }
        return new ArrayList<>(all);
    }
}
