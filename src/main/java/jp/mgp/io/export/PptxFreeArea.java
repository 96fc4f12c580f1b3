package jp.mgp.io.export;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The part of a slide a template leaves to the content: within the margins, above the master's footer (its date,
 * footer and slide-number placeholders, and any bar or logo drawn along the bottom edge) and below any band along
 * the top. A footnote laid out to the slide's edge hid its last line under a corporate footer bar.
 */
final class PptxFreeArea {

    /** A shape this far down the slide (its top below this share of the height) belongs to the footer. */
    private static final double FOOTER_ZONE = 0.6;
    /** A shape ending above this share of the height belongs to a band along the top. */
    private static final double HEADER_ZONE = 0.2;
    /** A shape taller than this share of the slide is a background or a frame, not a bar. */
    private static final double BAR_HEIGHT = 0.3;

    private PptxFreeArea() {
    }

    /**
     * The free area of slides made from {@code layout}: the page less {@code margin} on each side, less what the
     * layout and its master draw along the bottom and top edges, less a small gap to them.
     */
    static Rectangle2D of(XSLFSlideLayout layout, Dimension page, double margin) {
        double w = page.getWidth();
        double h = page.getHeight();
        double top = margin / 3;
        double bottom = h - margin / 3;
        double gap = margin / 4;
        List<XSLFShape> shapes = new ArrayList<>();
        if (layout != null) {
            shapes.addAll(layout.getShapes());
            XSLFSheet master = layout.getMasterSheet();
            if (master != null) {
                shapes.addAll(master.getShapes());
            }
        }
        for (XSLFShape shape : shapes) {
            if (!(shape instanceof XSLFSimpleShape simple) || isContentPlaceholder(shape)) {
                continue;
            }
            Rectangle2D a = simple.getAnchor();
            if (a == null || a.getWidth() <= 0 || a.getHeight() <= 0 || a.getHeight() > h * BAR_HEIGHT
                    || a.getMaxX() <= 0 || a.getX() >= w) {
                continue;
            }
            if (isFooterPlaceholder(shape) || a.getY() >= h * FOOTER_ZONE) {
                bottom = Math.min(bottom, a.getY() - gap);
            } else if (a.getMaxY() <= h * HEADER_ZONE) {
                top = Math.max(top, a.getMaxY() + gap);
            }
        }
        return new Rectangle2D.Double(margin, top, w - 2 * margin, Math.max(0, bottom - top));
    }

    static boolean isFooterPlaceholder(XSLFShape shape) {
        Placeholder p = shape instanceof XSLFSimpleShape s ? s.getPlaceholder() : null;
        return p == Placeholder.DATETIME || p == Placeholder.FOOTER || p == Placeholder.SLIDE_NUMBER;
    }

    /** The title and body placeholders: where content goes, not what it must avoid. */
    private static boolean isContentPlaceholder(XSLFShape shape) {
        return shape instanceof XSLFTextShape text && text.getPlaceholder() != null && !isFooterPlaceholder(shape);
    }
}
