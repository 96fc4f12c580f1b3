package jp.mgp.io.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.Anchor;
import jp.mgp.model.Kind;
import jp.mgp.model.Projection;
import jp.mgp.model.ReferenceLine;
import jp.mgp.model.Scenario;
import jp.mgp.model.Series;
import jp.mgp.model.SourceRef;
import jp.mgp.model.Unit;
import jp.mgp.presentation.Theme;

/**
 * The projection as a workbook: one sheet per scenario with years down and series across (numbers as numbers,
 * units in the headers, each cell styled by its kind), then a sources sheet and an assumptions sheet, and with fans
 * an uncertainty sheet: P5 to P95 per series-year of the exported scenario, headed by what they simulate.
 */
final class XlsxWorkbook {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final ProvenanceText text;
    private final CellStyle header;
    private final CellStyle year;
    private final CellStyle[] byKind = new CellStyle[Kind.values().length];
    /** byKind's styles again with a number format per count of decimals: "#,##0" for people, "#,##0.0" for ¥ tn. */
    private final java.util.Map<String, CellStyle> numbers = new java.util.HashMap<>();
    private final CellStyle wrap;
    /** Text that stays on one line, at the top of its row like the wrapped text beside it. */
    private final CellStyle top;

    private XlsxWorkbook(Locale locale) {
        this.text = new ProvenanceText(locale);
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        year = book.createCellStyle();
        year.setDataFormat(book.createDataFormat().getFormat("0"));
        for (Kind k : Kind.values()) {
            CellStyle s = book.createCellStyle();
            if (k == Kind.SOURCED) {
                s.setFont(bold);
            } else if (k == Kind.ASSUMPTION) {
                // The theme's assumption colour, as the window's year table and the deck's table show it.
                org.apache.poi.xssf.usermodel.XSSFFont assumed = book.createFont();
                assumed.setItalic(true);
                java.awt.Color c = Theme.awt(Theme.ASSUMPTION_TEXT);
                assumed.setColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) c.getRed(),
                        (byte) c.getGreen(), (byte) c.getBlue()}, null));
                s.setFont(assumed);
            }
            byKind[k.ordinal()] = s;
        }
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        top = book.createCellStyle();
        top.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        year.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        for (CellStyle k : byKind) {
            k.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }

    /**
     * A value's style: its kind's font, and the number shown as its unit shows it (whole people, ¥ tn to 0.1), so a
     * column's decimals line up; the cell keeps the full value.
     */
    private CellStyle number(Kind kind, Unit unit) {
        return numbers.computeIfAbsent(kind + "/" + unit.decimals(), k -> {
            CellStyle s = book.createCellStyle();
            s.cloneStyleFrom(byKind[kind.ordinal()]);
            s.setDataFormat(book.createDataFormat().getFormat(numberFormat(unit.decimals())));
            return s;
        });
    }

    /** "#,##0" or "#,##0.0": grouped, with the unit's own decimals. */
    static String numberFormat(int decimals) {
        return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    static byte[] write(Projection projection, Locale locale) throws IOException {
        return write(projection, locale, null);
    }

    /** The workbook, with an uncertainty sheet of {@code bands} unless it is null. */
    static byte[] write(Projection projection, Locale locale, jp.mgp.chart.FanBands bands) throws IOException {
        XlsxWorkbook w = new XlsxWorkbook(locale);
        ProjectionEngine engine = new ProjectionEngine();
        List<ProjectionResult> results = new ArrayList<>();
        if (projection.scenarios().isEmpty()) {
            results.add(engine.project(projection));
        }
        for (Scenario s : projection.scenarios()) {
            results.add(engine.project(projection, s.id()));
        }
        for (ProjectionResult r : results) {
            w.scenarioSheet(r);
        }
        w.sourcesSheet(results.get(0));
        w.assumptionsSheet(results);
        if (bands != null) {
            w.uncertaintySheet(bands);
        }
        PptxPackage.core(w.book.getProperties(), projection.title().get(locale), locale);
        try (XSSFWorkbook book = w.book) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A sheet named as near to {@code wanted} as Excel allows, kept apart from the sheets already made: two scenario
     * names that differ only in what a sheet name cannot hold (or a scenario called "Sources") get "(2)", "(3)".
     */
    private XSSFSheet sheet(String wanted) {
        String name = WorkbookUtil.createSafeSheetName(wanted);
        for (int n = 2; book.getSheetIndex(name) >= 0; n++) {
            String suffix = " (" + n + ")";
            name = WorkbookUtil.createSafeSheetName(wanted).substring(0,
                    Math.min(WorkbookUtil.createSafeSheetName(wanted).length(), 31 - suffix.length())) + suffix;
        }
        return book.createSheet(name);
    }

    private void scenarioSheet(ProjectionResult r) {
        String name = r.scenarioId() == null ? "projection"
                : r.effective().scenario(r.scenarioId()).map(s -> s.name().get(text.locale())).orElse(r.scenarioId());
        XSSFSheet sheet = sheet(name);
        XSSFRow head = sheet.createRow(0);
        cell(head, 0, text.get("col.year"), header);
        for (int s = 0; s < r.seriesCount(); s++) {
            Series series = r.series(s);
            cell(head, s + 1, text.format("withUnit", series.name().get(text.locale()),
                    series.unit().label(text.locale())), header);
        }
        for (int y = r.firstYear(); y <= r.lastYear(); y++) {
            XSSFRow row = sheet.createRow(y - r.firstYear() + 1);
            XSSFCell c = row.createCell(0);
            c.setCellValue(y);
            c.setCellStyle(year);
            for (int s = 0; s < r.seriesCount(); s++) {
                if (r.hasValue(s, y)) {
                    XSSFCell v = row.createCell(s + 1);
                    v.setCellValue(r.value(s, y));
                    v.setCellStyle(number(r.kind(s, y), r.series(s).unit()));
                }
            }
        }
        XSSFRow legend = sheet.createRow(r.years() + 2);
        cell(legend, 0, text.format("sheet.kinds", text.kind(Kind.SOURCED), text.kind(Kind.DERIVED),
                text.kind(Kind.ASSUMPTION)), null);
        sheet.createFreezePane(1, 1);
        SheetLayout.fit(sheet, r.years() + 1, 14, 24);
    }

    private void sourcesSheet(ProjectionResult r) {
        XSSFSheet sheet = sheet(text.get("sheet.sources"));
        String[] cols = {"col.series", "col.year", "col.value", "col.unit", "col.kind", "col.publisher", "col.document",
                "col.via", "col.seed", "col.quote", "col.note"};
        XSSFRow head = sheet.createRow(0);
        for (int c = 0; c < cols.length; c++) {
            cell(head, c, text.get(cols[c]), header);
        }
        int n = 1;
        for (int s = 0; s < r.seriesCount(); s++) {
            Series series = r.series(s);
            for (Anchor a : series.anchors()) {
                n = sourceRow(sheet, n, series.name().get(text.locale()), a.year(), a.value(),
                        series.unit(), a.kind(), a.source(), a.note().get(text.locale()));
            }
        }
        for (ReferenceLine ref : r.effective().referenceLines()) {
            // The year the figure is for, and the note that says, for one, that the chart flips its sign.
            n = sourceRow(sheet, n, ref.label().get(text.locale()), ref.year() > 0 ? ref.year() : -1, ref.value(),
                    ref.unit(), ref.kind(), ref.source(), ref.note().get(text.locale()));
        }
        sheet.createFreezePane(0, 1);
        SheetLayout.fit(sheet, n, 7, 50);
    }

    private int sourceRow(XSSFSheet sheet, int n, String name, int year, double value, Unit unit, Kind kind,
                          SourceRef source, String note) {
        XSSFRow row = sheet.createRow(n);
        cell(row, 0, name, wrap);
        if (year > 0) {
            XSSFCell y = row.createCell(1);
            y.setCellValue(year);
            y.setCellStyle(this.year);
        }
        XSSFCell v = row.createCell(2);
        v.setCellValue(value);
        v.setCellStyle(number(kind, unit));
        cell(row, 3, unit.label(text.locale()), null);
        cell(row, 4, text.kind(kind), null);
        if (source != null) {
            cell(row, 5, source.publisherIn(text.locale()), wrap);
            // In English, the English title with the original in brackets, as the footnotes give it.
            String english = source.documentEn().isEmpty() || "ja".equals(text.locale().getLanguage()) ? ""
                    : source.documentEn() + " [";
            cell(row, 6, english + source.document() + (english.isEmpty() ? "" : "]"), wrap);
            cell(row, 7, source.viaIn(text.locale()), wrap);
            cell(row, 8, source.seed() + (source.line() > 0 ? ":" + source.line() : ""), null);
            cell(row, 9, source.quote(), wrap);
        }
        cell(row, 10, note, wrap);
        return n + 1;
    }

    private void assumptionsSheet(List<ProjectionResult> results) {
        XSSFSheet sheet = sheet(text.get("sheet.assumptions"));
        XSSFRow head = sheet.createRow(0);
        String[] cols = {"col.series", "col.years", "col.model", "col.kind", "col.basis"};
        cell(head, 0, text.get("col.scenario"), header);
        for (int c = 0; c < cols.length; c++) {
            cell(head, c + 1, text.get(cols[c]), header);
        }
        int n = 1;
        for (ProjectionResult r : results) {
            String scenario = r.scenarioId() == null ? ""
                    : r.effective().scenario(r.scenarioId()).map(s -> s.name().get(text.locale())).orElse("");
            List<String> ids = r.effective().series().stream().map(Series::id).toList();
            for (AssumptionRows.Row a : AssumptionRows.of(r, ids, text)) {
                XSSFRow row = sheet.createRow(n++);
                String[] values = {scenario, a.series(), a.years(), a.rule(), a.kind(), a.basis()};
                for (int c = 0; c < values.length; c++) {
                    cell(row, c, values[c], wrap);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        SheetLayout.fit(sheet, n, 8, 60);
    }

    private void uncertaintySheet(jp.mgp.chart.FanBands bands) {
        XSSFSheet sheet = sheet(text.get("sheet.uncertainty"));
        jp.mgp.engine.FanResult fan = bands.fan();
        String basis = FanExport.basis(bands, text);
        String scenario = fan.scenarioId() == null ? basis : fan.effective().scenario(fan.scenarioId())
                .map(s -> text.format("notes.named", s.name().get(text.locale()), basis)).orElse(basis);
        cell(sheet.createRow(0), 0, scenario, null);
        XSSFRow head = sheet.createRow(1);
        String[] cols = {text.get("col.series"), text.get("col.unit"), text.get("col.year"), "P5", "P10", "P50", "P90",
                "P95"};
        for (int c = 0; c < cols.length; c++) {
            cell(head, c, cols[c], header);
        }
        int n = 2;
        for (int s = 0; s < fan.seriesCount(); s++) {
            Series series = fan.series(s);
            if (!bands.isUncertain(series.id())) {
                continue;
            }
            for (int y = 0; y < fan.years(); y++) {
                if (!Double.isFinite(bands.level(series.id(), 2, y))) {
                    continue;
                }
                XSSFRow row = sheet.createRow(n++);
                cell(row, 0, series.name().get(text.locale()), null);
                cell(row, 1, series.unit().label(text.locale()), null);
                XSSFCell yc = row.createCell(2);
                yc.setCellValue(fan.year(y));
                yc.setCellStyle(year);
                for (int level = 0; level < 5; level++) {
                    XSSFCell v = row.createCell(3 + level);
                    v.setCellValue(bands.level(series.id(), level, y));
                    // A simulation of stated ranges is an assumption, and styled as one.
                    v.setCellStyle(number(Kind.ASSUMPTION, series.unit()));
                }
            }
        }
        sheet.createFreezePane(0, 2);
        SheetLayout.fit(sheet, n, 8, 30);
    }

    private void cell(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style != null ? style : top);
    }
}
