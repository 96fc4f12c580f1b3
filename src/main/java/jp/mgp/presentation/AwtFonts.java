package jp.mgp.presentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives AWT the bundled font as its only font, before AWT's font manager starts, so that the exports (PNG, SVG,
 * PDF, the decks' measured tables) draw and measure text the same way on every Linux machine: with the common
 * desktop fonts, without any, and whether or not the JDK has cached fontconfig's answer under {@code ~/.java}.
 *
 * <p>Why: on Linux, AWT asks fontconfig for its logical fonts (Dialog, SansSerif, ...). On a machine where
 * fontconfig knows no font at all, the font manager comes up empty and even {@code Font.createFont} of the
 * bundled file fails ("Problem reading font data"), so every picture, PDF and deck failed; and the answer it
 * does get is cached in the user's home. The JDK reads the mapping of its logical fonts from the file named by the
 * system property {@value #PROPERTY} instead, when that is set (the format of the JDK's own
 * {@code lib/fontconfig.properties}); mgp writes one that maps every logical font to the bundled IPAexGothic. Its
 * charts name that face anyway, so on a machine with fonts nothing drawn changes, except that text AWT measures
 * no longer depends on which fonts happen to be installed. JavaFX, which draws the window, is not affected.
 *
 * <p>The mapping (and, when mgp runs from a jar, a copy of the font) is kept in a private folder of this process
 * under the temporary folder, deleted when the JVM ends; the folders of processes that were killed are removed
 * by the next mgp that starts. Nothing goes into the user's home. Elsewhere than Linux AWT does not depend on
 * fontconfig, and nothing is done.
 */
public final class AwtFonts {

    /** The JDK's system property naming a fontconfig.properties file to use instead of fontconfig. */
    public static final String PROPERTY = "sun.awt.fontconfig";

    /** The bundled font, as the class loader finds it. */
    public static final String RESOURCE = "/assets/fonts/ipaexg.ttf";

    static final String FOLDER_PREFIX = "mgp-awt-fonts-";

    private static final String[] LOGICAL = {"serif", "sansserif", "monospaced", "dialog", "dialoginput"};
    private static final String[] STYLES = {"plain", "bold", "italic", "bolditalic"};

    private static boolean prepared;
    private static Path fontFile;

    private AwtFonts() {
    }

    /**
     * Points AWT at the bundled font, once per JVM; call before anything asks AWT for a font's shape or size. Does
     * nothing when the property was already given (a user's own mapping) or when not on Linux. A failure leaves
     * AWT to fontconfig, as without this class, and is logged.
     */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PROPERTY) != null
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return;
        }
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            removeLeftovers(temporary);
            Path folder = Files.createTempDirectory(temporary, FOLDER_PREFIX + ProcessHandle.current().pid() + "-");
            folder.toFile().deleteOnExit();
            Path font = fontIn(folder);
            Path config = folder.resolve("fontconfig.properties");
            config.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(config)) {
                mapping(font).store(out, "mgp: every AWT logical font is the bundled IPAexGothic");
            }
            fontFile = font;
            System.setProperty(PROPERTY, config.toString());
        } catch (IOException | UncheckedIOException | SecurityException e) {
            Logger.getLogger(AwtFonts.class.getName()).log(Level.WARNING,
                    "AWT is left to the machine's fonts: no font mapping could be written", e);
        }
    }

    /** The bundled font as a file AWT already knows, once {@link #prepare} has pointed AWT at it. */
    public static synchronized Optional<Path> preparedFontFile() {
        return Optional.ofNullable(fontFile);
    }

    /** Every logical font in every style, mapped to the one face in {@code font}. */
    static Properties mapping(Path font) {
        Properties mapping = new Properties();
        mapping.setProperty("version", "1");
        mapping.setProperty("sequence.allfonts", "japanese");
        for (String logical : LOGICAL) {
            for (String style : STYLES) {
                mapping.setProperty(logical + "." + style + ".japanese", Theme.FONT_FAMILY);
            }
        }
        mapping.setProperty("filename." + Theme.FONT_FAMILY, font.toAbsolutePath().toString());
        return mapping;
    }

    /** The font where it lies when the classes are in a folder; otherwise a copy in {@code folder}. */
    private static Path fontIn(Path folder) throws IOException {
        URL resource = AwtFonts.class.getResource(RESOURCE);
        if (resource == null) {
            throw new IOException("the bundled font " + RESOURCE + " is missing from the classpath");
        }
        if (resource.getProtocol().equals("file")) {
            try {
                return Path.of(resource.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // Not a plain path: copy it like a font inside a jar.
            }
        }
        Path copy = folder.resolve("ipaexg.ttf");
        copy.toFile().deleteOnExit();
        try (InputStream in = resource.openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    /** Removes the folders this class made for processes that have ended without deleting them (killed ones). */
    static void removeLeftovers(Path temporary) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temporary, FOLDER_PREFIX + "*")) {
            for (Path folder : folders) {
                Path name = folder.getFileName();
                Optional<Long> pid = name == null ? Optional.empty() : pidOf(name.toString());
                if (pid.isPresent() && ProcessHandle.of(pid.get()).isEmpty() && Files.isDirectory(folder)
                        && !Files.isSymbolicLink(folder)) {
                    try {
                        deleteFolder(folder);
                    } catch (IOException e) {
                        // Another user's, or being removed by another mgp: go on with the rest.
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            // Someone else's folders, or none: nothing of ours to clean.
        }
    }

    /** The process id in a folder named {@code mgp-awt-fonts-<pid>-<random>}. */
    static Optional<Long> pidOf(String name) {
        if (!name.startsWith(FOLDER_PREFIX)) {
            return Optional.empty();
        }
        String rest = name.substring(FOLDER_PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return Optional.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }
}
