package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Projection;
import jp.mgp.model.Unit;

/**
 * Units of the user's own in a file ({@code "unit": {"counted": …, "scale": …, "decimals": …}}) for series,
 * reference lines and charts: read into the model, written back byte for byte, their shape refused at its JSON
 * path and what they say refused by the model's rules, naming the series in both languages.
 */
class OwnUnitFilesTest {

    private static final Path FILE = Fixtures.FIXTURES.resolve("own-units.json");
    private static final LocalizedText MACHINES = new LocalizedText("台", "units");

    @TempDir
    Path dir;

    @Test
    void unitsOfTheirOwnAreReadIntoTheModel() {
        Projection p = Fixtures.fixture("own-units.json");
        assertThat(p.series("robots").orElseThrow().unit()).isEqualTo(Unit.own(MACHINES, Unit.Scale.THOUSAND, 0));
        assertThat(p.series("service").orElseThrow().unit())
                .isEqualTo(Unit.own(MACHINES, Unit.Scale.TEN_THOUSAND, 1));
        assertThat(p.referenceLines().get(0).unit()).isEqualTo(Unit.own(MACHINES, Unit.Scale.MILLION, 1));
        assertThat(p.charts().get(0).unit()).isEqualTo(Unit.own(MACHINES, Unit.Scale.THOUSAND, 0));
        // The sum converts 12.5 万台 into 125 千台 and adds 1,234 千台.
        var result = new ProjectionEngine().project(p);
        assertThat(result.value(result.seriesIndex("all"), 2024)).isEqualTo(1359.0);
    }

    @Test
    void aFileWithUnitsOfTheirOwnIsWrittenBackByteForByte() throws Exception {
        EditedFiles.assertWrittenBackByteForByte(FILE, dir);
    }

    @Test
    void anUnknownCodeStillNamesTheCodesMgpKnows() throws Exception {
        assertRefused(r -> ((ObjectNode) r.at("/series/0")).put("unit", "kilo-units"), "$.series[0].unit",
                "is not a unit mgp knows (jpy-tn, ");
    }

    @Test
    void theShapeOfAUnitOfOnesOwnIsCheckedAtItsPath() throws Exception {
        assertRefused(r -> unit(r, "/series/0").remove("counted"), "$.series[0].unit.counted", "required");
        assertRefused(r -> unit(r, "/series/0").remove("scale"), "$.series[0].unit.scale", "required");
        assertRefused(r -> unit(r, "/charts/0").remove("decimals"), "$.charts[0].unit.decimals", "required");
        assertRefused(r -> unit(r, "/series/0").put("scale", "thousand"), "$.series[0].unit.scale", "a number");
        assertRefused(r -> unit(r, "/series/0").put("per", "year"), "$.series[0].unit.per", "");
        assertRefused(r -> ((ObjectNode) r.at("/referenceLines/0")).put("unit", 5), "$.referenceLines[0].unit",
                "a unit's code in quotes (\"jpy-tn\") or a unit of your own");
    }

    @Test
    void whatAUnitOfOnesOwnSaysIsJudgedByTheModelsRulesNamingThePlace() throws Exception {
        InvalidProjectionException e = assertRefused(r -> unit(r, "/series/0").put("scale", 500),
                "$.series[0].unit.scale", "the scale of a unit must be one of 1, 1000, 10000");
        assertThat(e.message(Locale.JAPANESE)).contains("系列「ロボット出荷」").contains("単位の桁は");
        e = assertRefused(r -> unit(r, "/series/1").put("decimals", 4), "$.series[1].unit.decimals",
                "a unit shows 0 to 3 decimals");
        assertThat(e.message(Locale.ENGLISH)).contains("Service robots");
        assertRefused(r -> ((ObjectNode) unit(r, "/charts/0").get("counted")).put("ja", "").put("en", " "),
                "$.charts[0].unit.counted", "needs the thing it counts");
        assertRefused(r -> ((ObjectNode) unit(r, "/referenceLines/0").get("counted")).put("en", "u".repeat(30)),
                "$.referenceLines[0].unit.counted.en", "at most 24 characters");
    }

    @Test
    void aSeriesCountingAnotherThingCannotStandOnTheChart() throws Exception {
        assertRefused(r -> ((ObjectNode) unit(r, "/series/0").get("counted")).put("ja", "契約").put("en", "contracts"),
                "$.charts[0].series[0]", "which this chart's unit thousand units cannot show");
    }

    private static ObjectNode unit(ObjectNode root, String at) {
        return (ObjectNode) root.at(at + "/unit");
    }

    private static InvalidProjectionException assertRefused(Consumer<ObjectNode> edit, String path, String message)
            throws Exception {
        return EditedFiles.assertRefused(FILE, edit, path, message);
    }
}
