package jp.mgp.engine;

import java.util.ArrayList;
import java.util.List;

import jp.mgp.model.Basis;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.ParameterOverride;
import jp.mgp.model.Projection;
import jp.mgp.model.Scenario;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;

/** Lays a scenario's overrides over a projection; every overridden segment becomes the user's assumption. */
public final class ScenarioApplier {

    private ScenarioApplier() {
    }

    /**
     * The projection as the scenario sees it. A null or blank id means the file's default scenario (or the plain
     * series when the file has none).
     *
     * @throws IllegalArgumentException naming the scenario, series, segment or parameter that does not exist
     */
    public static Projection apply(Projection projection, String scenarioId) {
        Scenario scenario = resolve(projection, scenarioId);
        if (scenario == null || scenario.overrides().isEmpty()) {
            return projection;
        }
        List<Series> series = new ArrayList<>(projection.series());
        for (ParameterOverride o : scenario.overrides()) {
            int si = projection.seriesIndex(o.series());
            if (si < 0) {
                throw new IllegalArgumentException("scenario '" + scenario.id() + "' names no series '" + o.series()
                        + "'");
            }
            Series s = series.get(si);
            if (o.segment() < 0 || o.segment() >= s.segments().size()) {
                throw new IllegalArgumentException("scenario '" + scenario.id() + "': series '" + s.id()
                        + "' has no segment " + o.segment());
            }
            Segment seg = s.segments().get(o.segment());
            LocalizedText why = o.note().isEmpty() ? scenario.name() : o.note();
            Basis basis = seg.basis().asAssumption(why);
            series.set(si, s.withSegment(o.segment(), seg.withParameter(o.parameter(), o.value()).withBasis(basis)));
        }
        return projection.withSeries(series);
    }

    /** The scenario an id names; null only when the file has no scenarios and no id was asked for. */
    public static Scenario resolve(Projection projection, String scenarioId) {
        if (scenarioId == null || scenarioId.isBlank()) {
            return projection.defaultScenario().orElse(null);
        }
        return projection.scenario(scenarioId).orElseThrow(() -> new IllegalArgumentException(
                "no scenario '" + scenarioId + "'; the file has " + projection.scenarios().stream()
                        .map(Scenario::id).toList()));
    }
}
