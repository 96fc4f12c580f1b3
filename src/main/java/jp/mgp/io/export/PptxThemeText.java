package jp.mgp.io.export;

import java.awt.Color;

import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSchemeColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCellProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;

import jp.mgp.presentation.Theme;

/**
 * Text and fills of a deck built on the user's template in the template's own theme: the body face
 * ({@code +mn-lt}, {@code +mn-ea}) and the theme's text colour, lightened for secondary text, so a corporate
 * template's fonts and colours apply. Colours that carry a meaning (an assumption's brown) stay as they are.
 */
final class PptxThemeText {

    private static final Color INK = Theme.awt(Theme.INK);
    private static final Color MUTED = Theme.awt(Theme.MUTED);
    private static final Color NOTE = Theme.awt(Theme.NOTE);

    private PptxThemeText() {
    }

    static void apply(XSLFTextRun run, Color colour) {
        faces(run, "+mn");
        CTTextCharacterProperties rpr = run.getRPr(true);
        if (rpr.isSetSolidFill()) {
            rpr.unsetSolidFill();
        }
        if (colour.equals(INK)) {
            text(rpr.addNewSolidFill(), 100_000);
        } else if (colour.equals(MUTED) || colour.equals(NOTE)) {
            text(rpr.addNewSolidFill(), 65_000);
        } else {
            run.setFontColor(colour);
        }
    }

    /** The theme's faces: {@code "+mn"} for body text, {@code "+mj"} for headings. */
    static void faces(XSLFTextRun run, String which) {
        CTTextCharacterProperties rpr = run.getRPr(true);
        (rpr.isSetLatin() ? rpr.getLatin() : rpr.addNewLatin()).setTypeface(which + "-lt");
        (rpr.isSetEa() ? rpr.getEa() : rpr.addNewEa()).setTypeface(which + "-ea");
    }

    /** The theme's text colour at {@code strength} (thousandths of a per cent; the rest lightened toward white). */
    private static void text(CTSolidColorFillProperties fill, int strength) {
        CTSchemeColor c = fill.addNewSchemeClr();
        c.setVal(STSchemeColorVal.TX_1);
        if (strength < 100_000) {
            c.addNewLumMod().setVal(strength);
            c.addNewLumOff().setVal(100_000 - strength);
        }
    }

    /** A table header's fill: the theme's background a shade darker. */
    static void headerFill(XSLFTableCell cell) {
        CTTableCell tc = (CTTableCell) cell.getXmlObject();
        CTTableCellProperties pr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
        if (pr.isSetSolidFill()) {
            pr.unsetSolidFill();
        }
        CTSchemeColor c = pr.addNewSolidFill().addNewSchemeClr();
        c.setVal(STSchemeColorVal.BG_1);
        c.addNewLumMod().setVal(92_000);
    }
}
