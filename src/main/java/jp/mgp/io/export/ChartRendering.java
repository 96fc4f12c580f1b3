package jp.mgp.io.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import jp.mgp.chart.ChartFonts;

/**
 * Draws charts into files' bytes. SVG and PDF are vector, and their text is drawn as glyph outlines (the
 * libraries' vector-text hints), so Japanese needs no font on the reader's machine.
 */
public final class ChartRendering {

    /** Slide size: 16:9. PNG is in pixels, SVG in user units, PDF in points (half the pixels: 13.33 in wide). */
    public static final int SLIDE_WIDTH = 1920;
    public static final int SLIDE_HEIGHT = 1080;

    private ChartRendering() {
    }

    /** A PNG of {@code width} × {@code height} logical pixels drawn at {@code scale} (2 for a sharp slide). */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) throws IOException {
        ChartFonts.registerWithAwt();
        if (width <= 0 || height <= 0 || !(scale > 0) || width * scale > 16_000 || height * scale > 16_000) {
            throw new IllegalArgumentException("a PNG must be 1 to 16,000 pixels a side (asked for " + width + " × "
                    + height + " at scale " + scale + ")");
        }
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A vector slide with text as outlines. Because outlines cannot be read or searched, the chart's title and a
     * plain-text summary ({@code description}: each line's last value and CAGR) go into the SVG's
     * {@code <title>} and {@code <desc>}, which screen readers and search tools use.
     */
    public static byte[] svg(JFreeChart chart, int width, int height, String title, String description) {
        ChartFonts.registerWithAwt();
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // A fixed prefix instead of the library's clock-based one: the same chart gives the same bytes.
        g2.setDefsKeyPrefix("mgp-");
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String svg = g2.getSVGDocument();
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String text = "<title>" + xml(title) + "</title><desc>" + xml(description) + "</desc>";
        return (svg.substring(0, open) + text + svg.substring(open)).getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * One page per chart, each 16:9 at {@code width} × {@code height} points. The document title is metadata in
     * the PDF's own single-byte encoding, so pass it in ASCII (the charts themselves carry any language).
     */
    public static byte[] pdf(List<JFreeChart> charts, int width, int height, String title) {
        ChartFonts.registerWithAwt();
        PDFDocument doc = new PDFDocument();
        doc.setTitle(title);
        doc.setAuthor("mgp");
        for (JFreeChart chart : charts) {
            Page page = doc.createPage(new Rectangle2D.Double(0, 0, width, height));
            PDFGraphics2D g2 = page.getGraphics2D();
            g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        }
        return doc.getPDFBytes();
    }
}
