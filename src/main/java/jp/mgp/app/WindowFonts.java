package jp.mgp.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.file.Path;

import jp.mgp.chart.ChartFonts;
import jp.mgp.presentation.Theme;

/**
 * The fonts the window draws with, loaded into JavaFX before it sets its first text: the bold and oblique faces the
 * year table's figures are set in ({@link Theme#WINDOW_FACES}), and the bundled IPAexGothic for everything else
 * (exports load that one into AWT). Without them a machine with no fonts of its own stops JavaFX at the first text
 * ("JavaFX detected no fonts"). One place for mgp's start and for the window tests.
 */
public final class WindowFonts {

    private WindowFonts() {
    }

    /**
     * Loads the fonts, each read in place from a copy kept in {@code copies} (JavaFX would otherwise copy a font
     * inside the jar to a temporary file at every start), or straight from the class path where no copy can be
     * kept, or when {@code copies} is null (the tests, which keep nothing in a home folder).
     *
     * @throws UncheckedIOException when the bundled IPAexGothic cannot be read; a face that cannot is only logged
     */
    public static void load(Path copies) {
        for (String face : Theme.WINDOW_FACES) {
            try {
                load(face, copies);
            } catch (IOException unread) {
                log().log(Level.WARNING, "the year table's face " + face + " could not be read", unread);
            }
        }
        try {
            load(ChartFonts.RESOURCE, copies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(String resource, Path copies) throws IOException {
        URL url = WindowFonts.class.getResource(resource);
        if (url == null) {
            throw new IOException("the bundled font " + resource + " is missing from the classpath");
        }
        if (copies != null) {
            try {
                if (javafx.scene.text.Font.loadFont(FontFile.inPlace(url, copies), 13) != null) {
                    return;
                }
            } catch (IOException e) {
                // No copy could be kept (a read-only home, say): JavaFX reads the font from the jar instead.
                log().log(Level.INFO, "the font " + resource + " is read from the jar: no copy can be kept in "
                        + copies, e);
            }
        }
        try (InputStream in = url.openStream()) {
            javafx.scene.text.Font.loadFont(in, 13);
        }
    }

    private static System.Logger log() {
        return System.getLogger(WindowFonts.class.getName());
    }
}
