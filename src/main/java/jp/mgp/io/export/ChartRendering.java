package jp.mgp.io.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

import jp.mgp.chart.ChartFonts;

/**
 * Draws charts into pictures' bytes, laid out for the size at which they will be seen. SVG is vector, its text
 * drawn as glyph outlines (the library's vector-text hint), so Japanese needs no font on the reader's machine. The
 * PDF, with real text, is {@link PdfReport}.
 */
public final class ChartRendering {

    /** Slide size: 16:9. PNG is in pixels, SVG in user units, PDF in points (half the pixels: 13.33 in wide). */
    public static final int SLIDE_WIDTH = 1920;
    public static final int SLIDE_HEIGHT = 1080;

    private ChartRendering() {
    }

    /** The size charts are laid out at: a 16:9 slide in points, where the chart's type sizes read as intended. */
    public static final int LAYOUT_WIDTH = 960;
    public static final int LAYOUT_HEIGHT = 540;

    /**
     * How much larger than the layout a picture of {@code width} × {@code height} is seen: a 1920 × 1080 picture
     * fills the same slide or screen as a 960 × 540 one, so it is laid out at 960 × 540 and drawn twice as large
     * (its 13 px year labels would otherwise shrink to 4.5 pt on a slide). Smaller pictures are laid out at
     * their own size.
     */
    static double enlargement(int width, int height) {
        return Math.max(1, Math.min(width / (double) LAYOUT_WIDTH, height / (double) LAYOUT_HEIGHT));
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
        double enlarged = enlargement(width, height);
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale * enlarged, scale * enlarged);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width / enlarged, height / enlarged));
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
        double enlarged = enlargement(width, height);
        double layoutWidth = width / enlarged;
        double layoutHeight = height / enlarged;
        SVGGraphics2D g2 = new SVGGraphics2D(layoutWidth, layoutHeight);
        // A fixed prefix instead of the library's clock-based one: the same chart gives the same bytes.
        g2.setDefsKeyPrefix("mgp-");
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(0, 0, layoutWidth, layoutHeight));
        // Laid out at the layout size and shown at the size asked for: the viewBox scales it, and lets a page or
        // slide that places the picture scale it again.
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, layoutWidth, layoutHeight), null, null);
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String root = svg.substring(0, open)
                .replaceFirst(" width='[^']*'", " width='" + width + "'")
                .replaceFirst(" height='[^']*'", " height='" + height + "'");
        String text = "<title>" + xml(title) + "</title><desc>" + xml(description) + "</desc>";
        return ("<?xml version=\"1.0\"?>\n" + root + text + svg.substring(open)).getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
