package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Unit;

/** The unit lists offer the built-in units, then each unit of the user's own the projection counts in, once. */
class UnitChoicesTest {

    private static final LocalizedText MACHINES = new LocalizedText("台", "units");

    @Test
    void theUnitsOfTheUsersOwnInUseFollowTheBuiltInOnesOnce() {
        Projection p = Fixtures.fixture("own-units.json");
        List<Unit> offered = UnitChoices.offered(SeriesDialog.UNITS, p, null);
        // Series in 千台 (twice: a base series and the sum) and 万台, a chart in 千台, a line in 百万台.
        assertThat(offered).containsExactlyElementsOf(concat(SeriesDialog.UNITS,
                Unit.own(MACHINES, Unit.Scale.THOUSAND, 0), Unit.own(MACHINES, Unit.Scale.TEN_THOUSAND, 1),
                Unit.own(MACHINES, Unit.Scale.MILLION, 1)));
    }

    @Test
    void theUnitShownNowIsOfferedEvenWhenNothingElseCountsInIt() {
        Unit gwh = Unit.own(LocalizedText.of("GWh"), Unit.Scale.ONE, 1);
        assertThat(UnitChoices.offered(SeriesDialog.UNITS, null, gwh)).endsWith(gwh)
                .hasSize(SeriesDialog.UNITS.size() + 1);
        // The shipped projection counts only in built-in units: the list is the built-in one.
        assertThat(UnitChoices.offered(SeriesDialog.UNITS, Fixtures.defaultProjection(), Unit.JPY_TRILLION))
                .containsExactlyElementsOf(SeriesDialog.UNITS);
    }

    private static List<Unit> concat(List<Unit> first, Unit... more) {
        List<Unit> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
