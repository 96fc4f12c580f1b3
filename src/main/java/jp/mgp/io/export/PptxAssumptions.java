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

/** The deck's closing slides: every growth rule of the charted series with its kind, reason and source. */
final class PptxAssumptions {

    private static final int ROWS_PER_SLIDE = 8;
    private static final double[] COLUMNS = {0.19, 0.09, 0.2, 0.08, 0.44};
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

    void addSlides() {
        ProvenanceText text = deck.text();
        int pages = Math.max(1, (rows.size() + ROWS_PER_SLIDE - 1) / ROWS_PER_SLIDE);
        for (int page = 0; page < pages; page++) {
            String title = text.get("table.title") + (pages > 1 ? " (" + (page + 1) + "/" + pages + ")" : "");
            double[] top = new double[1];
            XSLFSlide slide = deck.slide(title, top);
            List<AssumptionRows.Row> chunk = rows.subList(page * ROWS_PER_SLIDE,
                    Math.min(rows.size(), (page + 1) * ROWS_PER_SLIDE));
            table(slide, chunk, top[0] + 10);
        }
    }

    private void table(XSLFSlide slide, List<AssumptionRows.Row> chunk, double top) {
        ProvenanceText text = deck.text();
        double m = deck.margin();
        double width = deck.page().getWidth() - 2 * m;
        XSLFTable table = slide.createTable(chunk.size() + 1, COLUMNS.length);
        table.setAnchor(new Rectangle2D.Double(m, top, width, 30));
        for (int c = 0; c < COLUMNS.length; c++) {
            table.setColumnWidth(c, width * COLUMNS[c]);
        }
        String[] header = {text.get("col.series"), text.get("col.years"), text.get("col.model"), text.get("col.kind"),
                text.get("col.basis")};
        row(table.getRows().get(0), header, true, false);
        for (int i = 0; i < chunk.size(); i++) {
            AssumptionRows.Row r = chunk.get(i);
            row(table.getRows().get(i + 1), new String[] {r.series(), r.years(), r.rule(), r.kind(), r.basis()}, false,
                    r.assumed());
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
            cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(3, 5, 3, 5));
            cell.setBorderColor(BorderEdge.bottom, RULE);
            cell.setBorderWidth(BorderEdge.bottom, 0.75);
            if (header) {
                cell.setFillColor(HEADER);
            }
            deck.run(cell.addNewTextParagraph(), value, header ? 11 : 10, assumed ? ASSUMED : INK).setBold(header);
        }
    }
}
