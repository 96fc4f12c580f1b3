package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.mgp.Fixtures;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Derivation;
import jp.mgp.model.Projection;
import jp.mgp.model.Unit;

/**
 * What the labour-gap chain adds to the file: products and running totals, units for a price a unit, robots and
 * workers per robot, and a chart whose series stack as areas; read, written back unchanged, and refused in words
 * where they are wrong.
 */
class LabourChainFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Projection shipped = Fixtures.defaultProjection();

    @Test
    void theChainReadsWithItsOperationsFactorsAndUnits() {
        Derivation market = shipped.series("robot-market-japan").orElseThrow().derivation();
        assertThat(market.op()).isEqualTo(Derivation.Op.PRODUCT);
        assertThat(market.factor()).isEqualTo(0.01);
        Derivation deployed = shipped.series("robots-deployed").orElseThrow().derivation();
        assertThat(deployed.op()).isEqualTo(Derivation.Op.RATIO);
        assertThat(deployed.factor()).isEqualTo(1e8);
        assertThat(shipped.series("robots-in-service").orElseThrow().derivation().op())
                .isEqualTo(Derivation.Op.CUMULATIVE);
        assertThat(shipped.series("robot-unit-price").orElseThrow().unit()).isEqualTo(Unit.JPY_10K);
        assertThat(shipped.series("robots-deployed").orElseThrow().unit()).isEqualTo(Unit.UNITS);
        assertThat(shipped.series("workers-per-robot").orElseThrow().unit()).isEqualTo(Unit.PEOPLE_PER_UNIT);
        ChartSpec filled = shipped.charts().stream().filter(c -> c.id().equals("labour-gap-filled")).findFirst()
                .orElseThrow();
        assertThat(filled.stacked()).isTrue();
        assertThat(shipped.charts().get(0).stacked()).isFalse();
    }

    @Test
    void aStackedChartAndTheNewOperationsAreWrittenBackAsRead() throws Exception {
        String saved = new String(ProjectionFiles.toBytes(shipped), StandardCharsets.UTF_8);
        assertThat(saved).contains("\"stacked\": true").contains("\"op\": \"cumulative\"")
                .contains("\"factor\": 100000000").contains("\"unit\": \"people-per-unit\"");
        // Only the stacked chart says so; a chart of lines carries no "stacked": false.
        assertThat(saved.split("\"stacked\"", -1)).hasSize(2);
        assertThat(ProjectionFiles.parse(saved.getBytes(StandardCharsets.UTF_8), "saved.json")).isEqualTo(shipped);
    }

    @Test
    void aRunningTotalTakesNoFactorAndOneInput() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.DEFAULT.toFile());
        int at = index(root, "robots-in-service");
        ((ObjectNode) root.get("series").get(at).get("derive")).put("factor", 2);
        InvalidProjectionException e = refused(root);
        assertThat(e.problems()).singleElement().extracting(Problem::path)
                .isEqualTo("$.series[" + at + "].derive.factor");
        assertThat(e.message(Locale.ENGLISH)).contains("does not apply to a cumulative");

        root = (ObjectNode) JSON.readTree(Fixtures.DEFAULT.toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("series").get(at).get("derive").get("inputs"))
                .add("robots-deployed");
        e = refused(root);
        assertThat(e.problems()).singleElement().extracting(Problem::path)
                .isEqualTo("$.series[" + at + "].derive.inputs");
        assertThat(e.message(Locale.ENGLISH)).contains("a running total takes exactly 1 input series");
        assertThat(e.message(Locale.JAPANESE)).contains("累計");
    }

    @Test
    void aProductNeedsTwoInputs() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.DEFAULT.toFile());
        int at = index(root, "workers-substituted");
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("series").get(at).get("derive").get("inputs"))
                .remove(1);
        InvalidProjectionException e = refused(root);
        assertThat(e.message(Locale.ENGLISH)).contains("a product takes 2 to 100 input series");
    }

    private static int index(ObjectNode root, String id) {
        for (int i = 0; i < root.get("series").size(); i++) {
            if (root.get("series").get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    private static InvalidProjectionException refused(ObjectNode root) throws Exception {
        byte[] bytes = JSON.writeValueAsBytes(root);
        return catchThrowableOfType(() -> ProjectionFiles.parse(bytes, "r.json"), InvalidProjectionException.class);
    }
}
