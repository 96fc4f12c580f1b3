package jp.mgp.io.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;

import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.presentation.Theme;

/**
 * The deck's closing slides: every growth rule of the charted series with its kind, reason and source. Columns
 * are sized from their text (no word broken in two), and rows go on to another slide, titled as continued, when
 * the free area of the slide is full.
 */
final class PptxAssumptions {

    private static final double BODY = 10;
    private static final double HEAD = 11;
    private static final double INSET_X = 5;
    private static final double INSET_Y = 3;
    /** A line of English, as a share of the size: Arial and Liberation Sans set 1.15. */
    private static final double LEADING = 1.2;
    /**
     * A line of Japanese: LibreOffice sets it in Noto Sans CJK, 1.45 of the size; the Japanese deck's table ran off
     * its slide with its rows sized at 1.2.
     */
    private static final double CJK_LEADING = 1.45;
    private static final Color HEADER = Theme.awt(Theme.TABLE_HEADER);
    private static final Color RULE = Theme.awt(Theme.TABLE_RULE);
    private static final Color INK = Theme.awt(Theme.INK);
    private static final Color ASSUMED = Theme.awt(Theme.ASSUMPTION_TEXT);

    private final PptxDeck deck;
    private final List<AssumptionRows.Row> rows;

    PptxAssumptions(PptxDeck deck, ProjectionResult result, List<ChartSpec> specs) {
        this.deck = deck;
        Set<String> ids = new LinkedHashSet<>();
        specs.forEach(s -> ids.addAll(s.series()));
        this.rows = AssumptionRows.of(result, new ArrayList<>(ids), deck.text());
    }

    private String[] header() {
        return PdfAssumptions.header(deck.text());
    }

    void addSlides() {
        ProvenanceText text = deck.text();
        List<String[]> all = new ArrayList<>();
        all.add(header());
        rows.forEach(r -> all.add(PdfAssumptions.cells(r)));
        double width = deck.free().getWidth();
        double[] columns = TableLayout.columnWidths(all, TableLayout.slideText(HEAD), width, 2 * INSET_X);
        int next = 0;
        boolean first = true;
        do {
            String title = text.get("table.title") + (first ? "" : text.get("continued"));
            double[] top = new double[1];
            XSLFSlide slide = deck.slide(title, top);
            double start = top[0] + 10;
            double room = deck.free().getMaxY() - start - height(header(), columns, HEAD);
            List<AssumptionRows.Row> chunk = new ArrayList<>();
            List<Double> heights = new ArrayList<>();
            // At least one row a slide, so a row taller than a slide cannot stop the deck.
            while (next < rows.size()) {
                double h = height(PdfAssumptions.cells(rows.get(next)), columns, BODY);
                if (!chunk.isEmpty() && h > room) {
                    break;
                }
                room -= h;
                heights.add(h);
                chunk.add(rows.get(next++));
            }
            table(slide, chunk, heights, columns, start);
            first = false;
        } while (next < rows.size());
    }

    /** A row's height: its tallest cell's wrapped lines, each as tall as its script sets it, with the insets. */
    private static double height(String[] cells, double[] columns, double size) {
        double most = size * LEADING;
        for (int c = 0; c < cells.length; c++) {
            double cell = 0;
            for (boolean japanese : TableLayout.japaneseLines(cells[c], TableLayout.slideText(size),
                    columns[c] - 2 * INSET_X)) {
                cell += size * (japanese ? CJK_LEADING : LEADING);
            }
            most = Math.max(most, cell);
        }
        return most + 2 * INSET_Y + 1;
    }

    private void table(XSLFSlide slide, List<AssumptionRows.Row> chunk, List<Double> heights, double[] columns,
                       double top) {
        XSLFTable table = slide.createTable(chunk.size() + 1, columns.length);
        double total = height(header(), columns, HEAD) + heights.stream().mapToDouble(Double::doubleValue).sum();
        table.setAnchor(new Rectangle2D.Double(deck.free().getX(), top, deck.free().getWidth(), total));
        for (int c = 0; c < columns.length; c++) {
            table.setColumnWidth(c, columns[c]);
        }
        row(table.getRows().get(0), header(), true, false);
        table.getRows().get(0).setHeight(height(header(), columns, HEAD));
        for (int i = 0; i < chunk.size(); i++) {
            AssumptionRows.Row r = chunk.get(i);
            row(table.getRows().get(i + 1), PdfAssumptions.cells(r), false, r.assumed());
            table.getRows().get(i + 1).setHeight(heights.get(i));
        }
    }

    private void row(XSLFTableRow row, String[] cells, boolean header, boolean assumed) {
        for (int c = 0; c < cells.length; c++) {
            String value = cells[c];
            XSLFTableCell cell = row.getCells().get(c);
            cell.clearText();
            // A cell's text body must open with its body properties (ECMA-376); POI leaves them out.
            var body = ((org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell) cell.getXmlObject()).getTxBody();
            if (body.getBodyPr() == null) {
                body.addNewBodyPr();
            }
            cell.setVerticalAlignment(VerticalAlignment.TOP);
            cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(INSET_Y, INSET_X, INSET_Y, INSET_X));
            cell.setBorderColor(BorderEdge.bottom, RULE);
            cell.setBorderWidth(BorderEdge.bottom, 0.75);
            if (header) {
                if (deck.themed()) {
                    PptxThemeText.headerFill(cell);
                } else {
                    cell.setFillColor(HEADER);
                }
            }
            deck.run(cell.addNewTextParagraph(), value, header ? HEAD : BODY, assumed ? ASSUMED : INK)
                    .setBold(header);
        }
    }
}
