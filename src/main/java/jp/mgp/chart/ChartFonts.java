package jp.mgp.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The bundled CJK font (IPAexGothic, IPA Font Licence, in assets/fonts); without it Japanese shows as boxes on a
 * machine with no Japanese fonts.
 *
 * <p>Charts name the font by family only. On screen they are drawn through JavaFX, which has the file loaded by
 * the window, so reading the 6 MB file into AWT as well waits until something draws with Java2D: every such
 * path (image, SVG, PDF) calls {@link #registerWithAwt()} first. AWT decides which font a {@link Font} stands for
 * the first time it is measured and keeps that answer, so a chart must not be measured by Java2D before.
 */
public final class ChartFonts {

    public static final String RESOURCE = jp.mgp.presentation.AwtFonts.RESOURCE;

    /** The family name inside {@link #RESOURCE}, as both toolkits know it. */
    public static final String FAMILY = jp.mgp.presentation.Theme.FONT_FAMILY;

    private static boolean registered;

    private ChartFonts() {
    }

    /** The family's name in Japanese, as the file declares it. */
    static final String FAMILY_JA = jp.mgp.presentation.Theme.FONT_FAMILY_JA;

    /** The bundled font at a style and size, by name; no file is read. */
    public static Font font(int style, int size) {
        return jp.mgp.presentation.ChartTheme.font(style, size);
    }

    /**
     * The name AWT finds the registered file by: its family name in the language the JVM started in, so on a
     * Japanese machine "IPAexゴシック"; by the English name AWT would draw there with its default font instead.
     */
    static String awtFamily() {
        return jp.mgp.presentation.ChartTheme.awtFamily();
    }

    /**
     * Reads the bundled font into AWT, once; call before drawing a chart with Java2D.
     *
     * @return the family the file declares (equal to {@link #FAMILY})
     */
    public static synchronized String registerWithAwt() {
        if (!registered) {
            jp.mgp.presentation.AwtFonts.prepare();
            java.util.Optional<java.nio.file.Path> file = jp.mgp.presentation.AwtFonts.preparedFontFile();
            try (InputStream in = file.isPresent() ? InputStream.nullInputStream() : open()) {
                // A file AWT already maps needs no second temporary copy, which reading a stream would make.
                Font base = file.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, file.get().toFile())
                        : Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(base);
                if (!base.getFamily(Locale.ROOT).equals(FAMILY)) {
                    throw new IllegalStateException("the bundled font " + RESOURCE + " is "
                            + base.getFamily(Locale.ROOT) + ", not " + FAMILY);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + RESOURCE + " is damaged", e);
            }
            registered = true;
        }
        return FAMILY;
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
