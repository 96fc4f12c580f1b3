package jp.mgp.io.export;

import java.awt.Color;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

import jp.mgp.presentation.Theme;

/**
 * The native charts' text and line properties as DrawingML writes them, in the theme's colours and the deck's two
 * faces: shared by the line charts ({@link PptxChart}), the fans ({@link PptxFans}) and the stacked areas
 * ({@link PptxStackedAreas}).
 */
final class ChartStyle {

    private ChartStyle() {
    }

    /** Default text of the whole chart (axes, legend): size in hundredths of a point, Latin and East Asian faces. */
    static void textProperties(CTTextBody body, int size, String colour, String lang) {
        body.addNewBodyPr();
        body.addNewLstStyle();
        fonts(body.addNewP().addNewPPr().addNewDefRPr(), size, colour, lang);
    }

    /** Size, colour, both faces and the deck's language, so PowerPoint proofs and sets the text as the deck's. */
    static void fonts(CTTextCharacterProperties rpr, int size, String colour, String lang) {
        rpr.setLang(lang);
        rpr.setSz(size);
        rpr.addNewSolidFill().addNewSrgbClr().setVal(rgbBytes(colour));
        rpr.addNewLatin().setTypeface(PptxDeck.LATIN_FONT);
        rpr.addNewEa().setTypeface(PptxDeck.EAST_ASIAN_FONT);
    }

    /** A solid line of {@code width} points in {@code colour} (hex without "#"). */
    static XDDFLineProperties solid(String colour, double width) {
        XDDFLineProperties p = new XDDFLineProperties(new XDDFSolidFillProperties(rgb(colour)));
        p.setWidth(width);
        return p;
    }

    /** {@code colour} (hex without "#") as a DrawingML colour. */
    static XDDFColor rgb(String colour) {
        return XDDFColor.from(rgbBytes(colour));
    }

    private static byte[] rgbBytes(String colour) {
        Color c = Theme.awt("#" + colour);
        return new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()};
    }
}
