package jp.mgp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Series;
import jp.mgp.model.Unit;

/** seeds/figures.csv says what the seed documents say, and the default projection cites only those figures. */
class SeedFiguresTest {

    private static final Path CSV = Path.of("seeds", "figures.csv");
    private static final Path SHARED_SEEDS = Path.of("..", "shared", "seeds");

    record Row(String series, int year, double value, String unit, String kind, String seed, int line, String quote) {
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(
                "dataset,series,year,value,unit,kind,publisher,document,via,seed,line,quote,note");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = split(line);
            assertThat(f).as(line).hasSize(13);
            rows.add(new Row(f.get(1), Integer.parseInt(f.get(2)), Double.parseDouble(f.get(3)), f.get(4), f.get(5),
                    f.get(9), Integer.parseInt(f.get(10)), f.get(11)));
        }
        return rows;
    }

    /** RFC 4180 fields: commas inside double quotes, "" for a quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Test
    void everyRowIsASourcedFigureInAKnownUnit() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo("sourced");
            assertThat(Unit.isCode(r.unit())).as(r.unit()).isTrue();
            assertThat(r.line()).isPositive();
        });
    }

    @Test
    void everyQuoteStandsOnItsLineOfTheSeedDocument() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED_SEEDS), "the seed documents sit beside the repository");
        for (Row r : rows()) {
            List<String> doc = Files.readAllLines(SHARED_SEEDS.resolve(r.seed()), StandardCharsets.UTF_8);
            String line = doc.get(r.line() - 1).replace(",", "");
            assertThat(line).as(r.seed() + ":" + r.line()).contains(r.quote());
        }
    }

    @Test
    void everySourcedPointOfTheDefaultProjectionIsASeedFigure() throws IOException {
        List<Row> rows = rows();
        int checked = 0;
        for (Series s : Fixtures.defaultProjection().series()) {
            for (Anchor a : s.anchors()) {
                if (a.kind() == Kind.SOURCED) {
                    assertThat(rows).as(s.id() + " " + a.year()).anySatisfy(r -> {
                        assertThat(r.series()).isEqualTo(s.id());
                        assertThat(r.year()).isEqualTo(a.year());
                        assertThat(r.value()).isEqualTo(Math.abs(a.value()));
                        assertThat(r.seed()).isEqualTo(a.source().seed());
                        assertThat(r.line()).isEqualTo(a.source().line());
                    });
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(8);
    }
}
