package jp.mgp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import jp.mgp.Fixtures;
import jp.mgp.edit.ProjectionEdits;
import jp.mgp.edit.RangeEdits;
import jp.mgp.model.Derivation;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.Series;
import jp.mgp.model.Shock;
import jp.mgp.model.SimulationSetup;

/**
 * A fan that follows edits gives, after every edit, exactly the fan a fresh simulation of the edited projection
 * gives (every quantile, mean, failed count and path value to the last bit), and says so when an edit changes
 * what the paths draw.
 */
class LiveFanTest {

    private static final LocalizedText WHY = LocalizedText.of("test");
    private static final Projection DEFAULT = Fixtures.defaultProjection();

    private static SimulationSettings settings(Projection p, int paths, int threads) {
        return SimulationSettings.of(p).withPaths(paths).withThreads(threads);
    }

    /** Every figure of {@code live} equals {@code fresh}'s, bit for bit, and the paths' values too. */
    static void assertSameFan(FanResult live, FanResult fresh) {
        assertThat(live.effective()).isEqualTo(fresh.effective());
        assertThat(live.scenarioId()).isEqualTo(fresh.scenarioId());
        assertThat(live.paths()).isEqualTo(fresh.paths());
        for (int s = 0; s < fresh.seriesCount(); s++) {
            String id = fresh.series(s).id();
            assertThat(live.isUncertain(s)).as(id).isEqualTo(fresh.isUncertain(s));
            for (int y = 0; y < fresh.years(); y++) {
                String at = id + " in " + fresh.year(y);
                for (double level : FanResult.levels()) {
                    // Boxed, so that NaN (a year some path cannot reach) equals NaN.
                    assertThat(Double.valueOf(live.quantile(s, y, level))).as(at + ", level " + level)
                            .isEqualTo(Double.valueOf(fresh.quantile(s, y, level)));
                }
                assertThat(Double.valueOf(live.mean(s, y))).as(at + ", mean")
                        .isEqualTo(Double.valueOf(fresh.mean(s, y)));
                assertThat(live.failedPaths(s, y)).as(at).isEqualTo(fresh.failedPaths(s, y));
                assertThat(firstDifference(live.values(s, y), fresh.values(s, y))).as(at + ", first path differing")
                        .isEqualTo(-1);
            }
        }
    }

    /** The first path whose values differ in their bits (or -1 when none does); -2 for other path counts. */
    private static int firstDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            return -2;
        }
        return java.util.stream.IntStream.range(0, a.length)
                .filter(i -> Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])).findFirst().orElse(-1);
    }

    private static FanResult fresh(Projection p, String scenario, SimulationSettings settings) {
        return Simulation.run(p, scenario, settings, SimulationMonitor.NONE);
    }

    @Test
    void aMovedRateGivesTheFreshFanAndTakesOnlyItsSeriesAndWhatDependsOnIt() {
        SimulationSettings s = settings(DEFAULT, 10_000, 2);
        LiveFan live = LiveFan.run(DEFAULT, null, s, SimulationMonitor.NONE);
        assertSameFan(live.result(), fresh(DEFAULT, null, s));
        FanResult before = live.result();

        Projection moved = RangeEdits.setRate(DEFAULT, null, "multipurpose-robots", 0, 0.25, WHY);
        FanResult after = live.update(moved, null, s);

        assertSameFan(after, fresh(moved, null, s));
        // The robot market moved (back from its sourced 2040 point): its 2030 median with it, and the labour chain
        // it feeds; the vertical AI market did not, and its paths are the very same arrays.
        int robots = after.seriesIndex("multipurpose-robots");
        int y2030 = after.yearIndex(2030);
        assertThat(after.quantile(robots, y2030, 0.5)).isNotEqualTo(before.quantile(robots, y2030, 0.5));
        int remaining = after.seriesIndex("labour-gap-remaining");
        assertThat(after.quantile(remaining, y2030, 0.5)).isNotEqualTo(before.quantile(remaining, y2030, 0.5));
        int vertical = after.seriesIndex("vertical-ai");
        assertThat(after.valuesShared()[vertical * after.years() + y2030])
                .isSameAs(before.valuesShared()[vertical * before.years() + y2030]);
        boolean[] changed = LiveFan.changedSeries(PathPlan.of(DEFAULT, null), PathPlan.of(moved, null));
        assertThat(changed[robots]).isTrue();
        assertThat(changed[remaining]).isTrue();
        assertThat(changed[vertical]).isFalse();
        assertThat(changed[after.seriesIndex("digital-deficit")]).isFalse();
        // What was given before is not changed by the update.
        assertSameFan(before, fresh(DEFAULT, null, s));
    }

    @Test
    void aRunOfEditsOfEveryKindThatKeepsTheDrawsFollowsEachExactly() {
        SimulationSettings s = settings(DEFAULT, 2_000, 1);
        LiveFan live = LiveFan.run(DEFAULT, null, s, SimulationMonitor.NONE);
        Projection p = DEFAULT;
        List<java.util.function.UnaryOperator<Projection>> edits = List.of(
                q -> RangeEdits.setRate(q, null, "vertical-ai", 1, 0.30, WHY),
                q -> RangeEdits.setRate(q, null, "physical-ai", 0, 0.10, WHY),
                q -> RangeEdits.setRange(q, "physical-ai", 1, 0.20, 0.45, WHY),
                q -> q.withUncertainty(q.uncertainty().withShock("digital-deficit", Shock.of(0.15))),
                q -> ProjectionEdits.setAnchorValueAt(q, null, "digital-deficit", 2024, 7.5, WHY),
                q -> RangeEdits.setRate(q, null, "robot-unit-price", 0, -0.08, WHY),
                q -> RangeEdits.setRate(q, null, "digital-deficit", 1, 0.02, WHY),
                q -> q.withSeries(factor(q, "robots-deployed", 2.0)));
        for (var edit : edits) {
            p = edit.apply(p);
            FanResult followed = live.update(p, null, s);
            assertThat(followed).isNotNull();
            assertSameFan(followed, fresh(p, null, s));
        }
    }

    @Test
    void aScenarioIsFollowedAsItsOwnFanAndAnotherThreadCountChangesNothing() {
        SimulationSettings one = settings(DEFAULT, 5_000, 1);
        LiveFan live = LiveFan.run(DEFAULT, "optimistic", one, SimulationMonitor.NONE);
        Projection moved = RangeEdits.setRate(DEFAULT, "optimistic", "physical-ai", 0, 0.40, WHY);
        FanResult followed = live.update(moved, "optimistic", one);
        assertSameFan(followed, fresh(moved, "optimistic", one.withThreads(2)));
        // From the optimistic scenario to the pessimistic one: the same draws, other rates.
        assertSameFan(live.update(moved, "pessimistic", one), fresh(moved, "pessimistic", one.withThreads(2)));
    }

    @Test
    void anEditThatChangesWhatIsDrawnIsRefusedAndLeavesTheFanAsItWas() {
        SimulationSettings s = settings(DEFAULT, 1_000, 2);
        LiveFan live = LiveFan.run(DEFAULT, null, s, SimulationMonitor.NONE);
        FanResult was = live.result();
        String unshocked = DEFAULT.series().stream().filter(x -> !x.isDerived())
                .filter(x -> DEFAULT.uncertainty().shock(x.id()).isEmpty()).map(Series::id).findFirst().orElseThrow();
        Projection newShock = DEFAULT.withUncertainty(DEFAULT.uncertainty().withShock(unshocked, Shock.of(0.1)));
        RateRange range = DEFAULT.uncertainty().rateRange("vertical-ai", 0).orElseThrow();
        Projection normal = DEFAULT.withUncertainty(DEFAULT.uncertainty().withRateRange("vertical-ai", 0,
                new RateRange("vertical-ai", 0, range.low(), range.high(), RateRange.Distribution.NORMAL, WHY)));

        assertThat(live.update(newShock, null, s)).as("a shock on " + unshocked).isNull();
        assertThat(live.update(normal, null, s)).as("a range drawn from a normal").isNull();
        assertThat(live.update(DEFAULT, null, s.withSeed(s.seed() + 1))).as("another seed").isNull();
        assertThat(live.update(DEFAULT, null, s.withPaths(1_024))).as("other paths").isNull();
        assertThat(live.result()).isSameAs(was);
        // A uniform range draws a uniform as a triangular one does: followed.
        Projection uniform = DEFAULT.withUncertainty(DEFAULT.uncertainty().withRateRange("vertical-ai", 0,
                new RateRange("vertical-ai", 0, range.low(), range.high(), RateRange.Distribution.UNIFORM, WHY)));
        assertSameFan(live.update(uniform, null, s), fresh(uniform, null, s));
        // The file's own seed, changed: refused, as the settings say another seed.
        Projection seeded = DEFAULT.withUncertainty(DEFAULT.uncertainty().withSetup(new SimulationSetup(99, 1_000)));
        assertThat(live.update(seeded, null, SimulationSettings.of(seeded).withThreads(2))).isNull();
    }

    @Test
    void whatItKeepsIsEveryValueNormalAndDrawOfEveryPath() {
        // The default file: 14 series over 2024-2040 (17 years, no pinned anchor outside them), 4 of them shocked
        // (the three markets and the digital deficit: 16 steps of normals each), 6 rate ranges; 8 bytes a number.
        assertThat(DEFAULT.series()).hasSize(14);
        assertThat(DEFAULT.series().stream().filter(x -> DEFAULT.uncertainty().shock(x.id()).isPresent()))
                .extracting(Series::id)
                .containsExactly("vertical-ai", "physical-ai", "multipurpose-robots", "digital-deficit");
        assertThat(DEFAULT.uncertainty().rateRanges()).hasSize(6);
        assertThat(LiveFan.keptBytes(DEFAULT, null, 10_000)).isEqualTo((14 * 17 + 4 * 16 + 6) * 8L * 10_000);
    }

    @Property(tries = 25)
    void anyRateOnAnyCompoundSegmentIsFollowedExactly(@ForAll @IntRange(min = 0, max = 40) int pick,
                                                      @ForAll @DoubleRange(min = -0.3, max = 0.8) double rate) {
        List<int[]> compound = new java.util.ArrayList<>();
        for (int s = 0; s < DEFAULT.series().size(); s++) {
            List<jp.mgp.model.Segment> segments = DEFAULT.series().get(s).segments();
            for (int g = 0; g < segments.size(); g++) {
                if (segments.get(g) instanceof jp.mgp.model.Segment.Compound) {
                    compound.add(new int[] {s, g});
                }
            }
        }
        int[] chosen = compound.get(pick % compound.size());
        String id = DEFAULT.series().get(chosen[0]).id();
        Projection moved;
        try {
            moved = RangeEdits.setRate(DEFAULT, null, id, chosen[1], rate, WHY);
        } catch (IllegalArgumentException refused) {
            return; // a rate the model's rules refuse (a relative rate past its bound) is no edit
        }
        SimulationSettings s = settings(DEFAULT, 4_500, 2);
        LiveFan live = LiveFan.run(DEFAULT, null, s, SimulationMonitor.NONE);
        assertSameFan(live.update(moved, null, s), fresh(moved, null, s));
    }

    /** {@code id}'s derivation with another factor. */
    private static Series factor(Projection p, String id, double factor) {
        Series s = p.series(id).orElseThrow();
        Derivation d = Optional.ofNullable(s.derivation()).orElseThrow();
        return new Series(s.id(), s.name(), s.unit(), s.color(), s.anchors(), s.segments(),
                new Derivation(d.op(), d.inputs(), factor), s.note());
    }
}
