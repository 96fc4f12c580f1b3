package jp.mgp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;

/**
 * The exports on a machine without any font of its own, as a fresh server or a minimal container is: fontconfig
 * (told by FONTCONFIG_FILE to read a configuration with no font folder) knows no font, and the home folder is new,
 * so the JDK has no cached answer from a day the fonts were there. Before mgp pointed AWT at its bundled font
 * ({@link jp.mgp.presentation.AwtFonts}), every picture, PDF and deck failed there with "cannot read the bundled
 * font". In a JVM of its own, started through the jar's entry point as a user's command would be.
 */
class NoSystemFontsTest {

    @TempDir
    Path dir;

    @Test
    void picturesPdfAndDecksAreMadeWithTheBundledFontAloneAndNothingIsLeftBehind() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path temporary = Files.createDirectory(dir.resolve("tmp"));
        Path fontconfig = Files.writeString(dir.resolve("fonts.conf"), """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig><cachedir>%s</cachedir></fontconfig>
                """.formatted(dir.resolve("fontconfig-cache")));
        Path out = Files.createDirectory(dir.resolve("out"));

        run(home, temporary, fontconfig, "render", Fixtures.DEFAULT.toString(), "--chart", "markets", "--format",
                "png", "--lang", "ja", "--out", out.resolve("markets.png").toString());
        run(home, temporary, fontconfig, "render", Fixtures.DEFAULT.toString(), "--format", "pdf", "--lang", "ja",
                "--out", out.resolve("deck.pdf").toString());
        run(home, temporary, fontconfig, "render", Fixtures.DEFAULT.toString(), "--format", "pptx", "--lang",
                "en", "--out", out.resolve("deck.pptx").toString());

        BufferedImage png = ImageIO.read(out.resolve("markets.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1920);
        assertThat(png.getHeight()).isEqualTo(1080);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("deck.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).as("the Japanese text is text, in the bundled font").contains("兆円").contains("前提と出所");
        }
        assertThat(Files.size(out.resolve("deck.pptx"))).isGreaterThan(10_000);
        try (Stream<Path> left = Files.walk(home)) {
            assertThat(left.filter(p -> !p.equals(home)).toList()).as("nothing written into the home folder")
                    .isEmpty();
        }
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left.toList()).as("the font mapping is deleted when mgp ends").isEmpty();
        }
    }

    private static void run(Path home, Path temporary, Path fontconfig, String... args) throws Exception {
        Path printed = Files.createTempFile(home.getParent(), "printed", ".txt");
        LauncherProcess.Ended ended = LauncherProcess.run(List.of("-Duser.home=" + home,
                "-Djava.util.prefs.userRoot=" + home.resolve(".prefs"), "-Djava.io.tmpdir=" + temporary),
                List.of(args), Map.of("FONTCONFIG_FILE", fontconfig.toString()), printed, printed, 120);
        String text = Files.readString(printed, StandardCharsets.UTF_8);
        assertThat(ended.byItself()).as("ended: " + text).isTrue();
        assertThat(ended.exitCode()).as(String.join(" ", args) + "\n" + text).isZero();
        assertThat(text).doesNotContain("Exception");
    }
}
