package jp.mgp.io.export;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jp.mgp.presentation.Theme;

/**
 * The PDF's assumptions table, as the deck's closing slides: columns sized from their text, rows wrapped in their
 * cells, and the table continued on a new page (header repeated) where it runs out of room.
 */
final class PdfAssumptions {

    private static final float SIZE = 9;
    private static final float PAD = 4;

    private final PdfPages pages;
    private final List<AssumptionRows.Row> rows;
    private final ProvenanceText text;

    PdfAssumptions(PdfPages pages, List<AssumptionRows.Row> rows, ProvenanceText text) {
        this.pages = pages;
        this.rows = rows;
        this.text = text;
    }

    static String[] cells(AssumptionRows.Row r) {
        return new String[] {r.series(), r.years(), r.rule(), r.kind(), r.basis()};
    }

    static String[] header(ProvenanceText text) {
        return new String[] {text.get("col.series"), text.get("col.years"), text.get("col.model"),
                text.get("col.kind"), text.get("col.basis")};
    }

    void write() throws IOException {
        pages.newPage(text.get("table.title"));
        List<String[]> all = new ArrayList<>();
        all.add(header(text));
        rows.forEach(r -> all.add(cells(r)));
        double[] widths = TableLayout.columnWidths(all, s -> {
            try {
                return pages.width(s, SIZE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, pages.textWidth(), 2 * PAD + 1);
        row(header(text), widths, true, false);
        for (AssumptionRows.Row r : rows) {
            List<List<String>> lines = lines(cells(r), widths);
            if (pages.ensure(height(lines))) {
                row(header(text), widths, true, false);
            }
            draw(lines, widths, false, r.assumed());
        }
    }

    private void row(String[] cells, double[] widths, boolean header, boolean assumed) throws IOException {
        List<List<String>> lines = lines(cells, widths);
        pages.ensure(height(lines));
        draw(lines, widths, header, assumed);
    }

    private List<List<String>> lines(String[] cells, double[] widths) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            lines.add(pages.wrap(cells[c], SIZE, (float) (widths[c] - 2 * PAD)));
        }
        return lines;
    }

    private static float height(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return most * SIZE * PdfPages.LEADING + 2 * PAD;
    }

    private void draw(List<List<String>> lines, double[] widths, boolean header, boolean assumed)
            throws IOException {
        float top = pages.y();
        float h = height(lines);
        Color ink = Theme.awt(assumed ? Theme.ASSUMPTION_TEXT : Theme.INK);
        if (header) {
            pages.fill(pages.left(), top, pages.textWidth(), h, Theme.awt(Theme.TABLE_HEADER));
        }
        float x = pages.left();
        for (int c = 0; c < widths.length; c++) {
            float baseline = top - PAD - SIZE;
            for (String line : lines.get(c)) {
                pages.text(line, x + PAD, baseline, SIZE, ink);
                baseline -= SIZE * PdfPages.LEADING;
            }
            x += (float) widths[c];
        }
        pages.rule(pages.left(), top - h, pages.textWidth(), Theme.awt(Theme.TABLE_RULE));
        pages.moveTo(top - h);
    }
}
