package jp.mgp.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;

/**
 * The figures of the seed documents ({@code seeds/figures.csv}, bundled in the jar), each with its full citation,
 * for the seed library: a strategist drags one onto a series to make it a sourced known point.
 */
public final class SeedFigures {

    /** One figure as the seed file gives it. */
    public record Figure(String dataset, String series, int year, double value, Unit unit, SourceRef source,
                         String note) {
    }

    private static final String HEADER = "dataset,series,year,value,unit,kind,publisher,document,via,seed,line,"
            + "quote,note";

    private SeedFigures() {
    }

    /** Every figure of the bundled seed file, in its order. */
    public static List<Figure> bundled() {
        try (InputStream in = SeedFigures.class.getResourceAsStream("/seeds/figures.csv")) {
            if (in == null) {
                throw new IllegalStateException("the seed figures are missing from the build");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures of a seed file's bytes (its header as {@code seeds/figures.csv} has it). */
    public static List<Figure> read(byte[] csv) {
        Grid grid = TableFiles.csv(csv);
        String header = String.join(",", grid.rows().get(0).stream().map(Cell::text).toList());
        if (!header.equals(HEADER)) {
            throw new IllegalArgumentException("not a seed file: its header is " + header);
        }
        List<Figure> out = new ArrayList<>();
        for (List<Cell> r : grid.rows().subList(1, grid.height())) {
            String[] f = r.stream().map(Cell::text).toArray(String[]::new);
            out.add(new Figure(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), Unit.fromCode(f[4]),
                    new SourceRef(f[6], f[7], f[8], f[9], Integer.parseInt(f[10]), f[11]), f[12]));
        }
        return out;
    }
}
