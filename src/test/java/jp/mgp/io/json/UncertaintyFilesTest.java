package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.mgp.Fixtures;
import jp.mgp.model.Projection;
import jp.mgp.model.RateRange;
import jp.mgp.model.SimulationSetup;

/** The uncertainty a file holds: read into the model, written back unchanged, its shape and rules refused by place. */
class UncertaintyFilesTest {

    private static final Path FILE = Fixtures.FIXTURES.resolve("uncertainty.json");

    @TempDir
    Path dir;

    @Test
    void shocksRangesCorrelationAndSettingsAreReadIntoTheModel() {
        Projection p = Fixtures.fixture("uncertainty.json");
        var u = p.uncertainty();
        assertThat(u.shock("robots").orElseThrow().sigma()).isEqualTo(0.06);
        assertThat(u.shock("robots").orElseThrow().rationale().en()).contains("an assumption");
        assertThat(u.shock("ai").orElseThrow().sigma()).isEqualTo(0.04);
        assertThat(u.shock("total")).isEmpty();
        RateRange r = u.rateRange("robots", 0).orElseThrow();
        assertThat(r.low()).isEqualTo(0.3);
        assertThat(r.high()).isEqualTo(0.39);
        assertThat(r.distribution()).isEqualTo(RateRange.Distribution.TRIANGULAR);
        assertThat(u.rateRange("ai", 0).orElseThrow().distribution()).isEqualTo(RateRange.Distribution.NORMAL);
        assertThat(u.correlation().series()).containsExactly("robots", "ai");
        assertThat(u.correlation().get(0, 1)).isEqualTo(0.5);
        assertThat(u.setup()).isEqualTo(new SimulationSetup(42, 20000));
    }

    @Test
    void aFileWithUncertaintyIsWrittenBackByteForByte() throws Exception {
        EditedFiles.assertWrittenBackByteForByte(FILE, dir);
    }

    @Test
    void aFileWithoutUncertaintyHasNoneAndWritesNoSimulationBlock() throws Exception {
        Projection p = Fixtures.fixture("all-models.json");
        assertThat(p.uncertainty().isEmpty()).isTrue();
        assertThat(new String(ProjectionFiles.toBytes(p), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("simulation").doesNotContain("rateRange").doesNotContain("uncertainty");
    }

    @Test
    void anUnknownDistributionIsRefusedAtItsPath() throws Exception {
        assertRefused(r -> range(r, 0).put("distribution", "lognormal"), "$.series[0].segments[0].rateRange.distribution",
                "must be \"triangular\", \"uniform\" or \"normal\"");
    }

    @Test
    void aRangeWithoutItsLowEndIsRefusedAtItsPath() throws Exception {
        assertRefused(r -> range(r, 0).remove("low"), "$.series[0].segments[0].rateRange.low", "required");
    }

    @Test
    void aRangeUpsideDownIsRefusedByTheModelRuleNamingTheSegment() throws Exception {
        InvalidProjectionException e = assertRefused(r -> range(r, 0).put("low", 0.5),
                "$.series[0].segments[0].rateRange.low", "must not be above the high end (39 %)");
        assertThat(e.message(Locale.JAPANESE)).contains("ロボット").contains("2024").contains("上限（39%）");
    }

    @Test
    void aNegativeShockIsRefusedNamingTheSeries() throws Exception {
        InvalidProjectionException e = assertRefused(r -> ((ObjectNode) r.at("/series/0/uncertainty"))
                .put("shock", -0.1), "$.series[0].uncertainty.shock", "must be from 0 to 1.0");
        assertThat(e.message(Locale.ENGLISH)).contains("Robots");
    }

    @Test
    void aShockOnADerivedSeriesIsRefused() throws Exception {
        assertRefused(r -> ((ObjectNode) r.at("/series/2")).putObject("uncertainty").put("shock", 0.05),
                "$.series[2].uncertainty.shock", "takes its uncertainty from them");
    }

    @Test
    void aCorrelationMatrixThatIsNotSymmetricIsRefusedAtItsCell() throws Exception {
        assertRefused(r -> ((ArrayNode) r.at("/simulation/correlation/matrix/0")).set(1, 0.4),
                "$.simulation.correlation.matrix[0][1]", "must be symmetric");
    }

    @Test
    void aNonNumberInTheMatrixAndMissingPathsAreRefusedAtTheirPaths() throws Exception {
        assertRefused(r -> ((ObjectNode) r.get("simulation")).remove("paths"), "$.simulation.paths", "required");
        assertRefused(r -> ((ArrayNode) r.at("/simulation/correlation/matrix/1")).set(0, (Double) null),
                "$.simulation.correlation.matrix[1][0]", "required");
    }

    @Test
    void tooFewPathsAreRefusedNamingTheSimulationSettings() throws Exception {
        InvalidProjectionException e = assertRefused(r -> ((ObjectNode) r.get("simulation")).put("paths", 10),
                "$.simulation.paths", "must be from 100 to 1000000");
        assertThat(e.message(Locale.JAPANESE)).contains("シミュレーションの設定");
    }

    private static ObjectNode range(ObjectNode root, int series) {
        return (ObjectNode) root.at("/series/" + series + "/segments/0/rateRange");
    }

    private static InvalidProjectionException assertRefused(Consumer<ObjectNode> edit, String path, String message)
            throws Exception {
        return EditedFiles.assertRefused(FILE, edit, path, message);
    }

    @Test
    void theShippedProjectionGivesEveryRangeAndShockItsReasonAsAnAssumptionInBothLanguages() {
        var u = Fixtures.defaultProjection().uncertainty();
        assertThat(u.rateRanges()).extracting(r -> r.series() + "/" + r.segment()).containsExactlyInAnyOrder(
                "vertical-ai/0", "vertical-ai/1", "physical-ai/0", "physical-ai/1", "multipurpose-robots/0",
                "digital-deficit/1");
        assertThat(u.rateRanges()).allSatisfy(r -> {
            assertThat(r.rationale().en()).contains("assumption");
            assertThat(r.rationale().ja()).contains("仮定");
        });
        assertThat(u.shocks()).containsOnlyKeys("vertical-ai", "physical-ai", "multipurpose-robots",
                "digital-deficit");
        assertThat(u.shocks().values()).allSatisfy(x -> {
            assertThat(x.rationale().en()).startsWith("mgp assumption");
            assertThat(x.rationale().ja()).startsWith("mgpの仮定");
        });
        assertThat(u.correlation().rationale().en()).startsWith("mgp assumption");
        assertThat(u.setup()).isEqualTo(new SimulationSetup(2040, 10_000));
    }
}
