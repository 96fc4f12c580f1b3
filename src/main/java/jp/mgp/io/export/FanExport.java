package jp.mgp.io.export;

import jp.mgp.chart.FanBands;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.model.Projection;

/**
 * The fans an export carries: the simulation the window's fans come from, with the file's own seed and path count,
 * so a file exported twice, or exported and looked at in the window, holds the same figures.
 */
final class FanExport {

    private FanExport() {
    }

    /** The bands of scenario {@code scenarioId} (null: the file's default), with the file's seed and paths. */
    static FanBands simulate(Projection projection, String scenarioId) {
        return FanBands.of(Simulation.run(projection, scenarioId, SimulationSettings.of(projection),
                SimulationMonitor.NONE));
    }

    /** "Simulation of the file's stated ranges (assumptions): N paths, seed S", in {@code text}'s language. */
    static String basis(FanBands bands, ProvenanceText text) {
        return text.format("fan.basis", Integer.toString(bands.fan().paths()), Long.toString(bands.fan().seed()));
    }
}
