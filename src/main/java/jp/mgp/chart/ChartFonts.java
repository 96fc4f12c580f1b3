package jp.mgp.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The bundled CJK font (IPAexGothic, IPA Font Licence, in assets/fonts), registered once with AWT, where
 * JFreeChart and the exporters draw; without it Japanese shows as boxes on a machine with no Japanese fonts.
 * The window registers the same file with JavaFX.
 */
public final class ChartFonts {

    public static final String RESOURCE = "/assets/fonts/ipaexg.ttf";

    private static Font base;

    private ChartFonts() {
    }

    /** The font's family name as both toolkits know it (registering it with AWT on first use). */
    public static String family() {
        return base().getFamily(Locale.ROOT);
    }

    /** The bundled font at a size and style. */
    public static Font font(int style, float size) {
        return base().deriveFont(style, size);
    }

    private static synchronized Font base() {
        if (base == null) {
            try (InputStream in = open()) {
                base = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(base);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + RESOURCE + " is damaged", e);
            }
        }
        return base;
    }

    /** The font file itself, for a toolkit that loads fonts from a stream. */
    public static InputStream open() throws IOException {
        InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the bundled font " + RESOURCE + " is missing from the classpath");
        }
        return in;
    }
}
