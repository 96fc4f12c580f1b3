package jp.mgp.io.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Templates as users bring them, built with the Office library: a corporate master with a footer bar and its
 * date, footer and slide-number placeholders above it, at 13.33 × 7.5 in; and LibreOffice's 16:9 page of 28 ×
 * 15.75 cm. Both have their placeholders where the page puts them, as PowerPoint and LibreOffice save them.
 */
final class TestTemplates {

    /** The footer bar's top edge on the 13.33 × 7.5 in template, in points. */
    static final double BAR_TOP = 492;
    static final String BAR = "Corporate footer bar";

    private TestTemplates() {
    }

    static Path footerBar(Path dir) throws IOException {
        return write(dir.resolve("footer-bar.pptx"), new Dimension(960, 540), true);
    }

    static Path libreOffice169(Path dir) throws IOException {
        // 28 cm × 15.75 cm in points (72 a inch, 2.54 cm an inch), as PowerPoint rounds them to whole EMUs.
        return write(dir.resolve("lo-16x9.pptx"), new Dimension((int) Math.round(28 / 2.54 * 72),
                (int) Math.round(15.75 / 2.54 * 72)), false);
    }

    private static Path write(Path file, Dimension page, boolean bar) throws IOException {
        try (XMLSlideShow t = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
            t.setPageSize(page);
            double w = page.getWidth();
            double h = page.getHeight();
            XSLFSlideMaster master = t.getSlideMasters().get(0);
            if (bar) {
                XSLFAutoShape band = master.createAutoShape();
                band.setShapeType(ShapeType.RECT);
                band.setAnchor(new Rectangle2D.Double(0, BAR_TOP, w, h - BAR_TOP));
                band.setFillColor(new Color(0x00, 0x3a, 0x70));
                ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) band.getXmlObject()).getNvSpPr()
                        .getCNvPr().setName(BAR);
            }
            // The master's placeholders where this page puts them: title at the top, footers on the bar.
            double footerTop = bar ? BAR_TOP + 10 : h - 36;
            for (XSLFSlideLayout layout : master.getSlideLayouts()) {
                place(layout.getShapes(), w, h, footerTop);
            }
            place(master.getShapes(), w, h, footerTop);
            t.createSlide();
            t.write(out);
        }
        return file;
    }

    private static void place(java.util.List<XSLFShape> shapes, double w, double h, double footerTop) {
        for (XSLFShape s : shapes) {
            if (s instanceof XSLFTextShape text && text.getPlaceholder() != null) {
                Placeholder p = text.getPlaceholder();
                if (p == Placeholder.TITLE || p == Placeholder.CENTERED_TITLE) {
                    text.setAnchor(new Rectangle2D.Double(w * 0.05, h * 0.04, w * 0.9, h * 0.12));
                } else if (p == Placeholder.DATETIME) {
                    text.setAnchor(new Rectangle2D.Double(w * 0.05, footerTop, w * 0.2, 24));
                } else if (p == Placeholder.FOOTER) {
                    text.setAnchor(new Rectangle2D.Double(w * 0.3, footerTop, w * 0.4, 24));
                } else if (p == Placeholder.SLIDE_NUMBER) {
                    text.setAnchor(new Rectangle2D.Double(w * 0.75, footerTop, w * 0.2, 24));
                } else {
                    text.setAnchor(new Rectangle2D.Double(w * 0.05, h * 0.2, w * 0.9, h * 0.6));
                }
            }
        }
    }
}
