package jp.mgp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.chart.ChartFonts;

class FontFileTest {

    @TempDir
    Path dir;

    private final byte[] font = "not really a font, but bytes to copy".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private URL inJar() throws IOException {
        Path jar = dir.resolve("mgp.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("assets/fonts/ipaexg.ttf"));
            zip.write(font);
            zip.closeEntry();
        }
        return URI.create("jar:" + jar.toUri() + "!/assets/fonts/ipaexg.ttf").toURL();
    }

    @Test
    void aFontThatIsAFileIsReadWhereItLies() throws IOException {
        URL resource = ChartFonts.class.getResource(ChartFonts.RESOURCE);
        assertThat(resource.getProtocol()).as("the tests run from target/classes").isEqualTo("file");
        assertThat(FontFile.inPlace(resource, dir.resolve("fonts"))).isEqualTo(resource.toExternalForm());
        assertThat(dir.resolve("fonts")).doesNotExist();
    }

    @Test
    void aFontInsideTheJarIsCopiedOnceAndReadFromTheCopy() throws IOException {
        URL resource = inJar();
        Path folder = dir.resolve("fonts");

        String url = FontFile.inPlace(resource, folder);

        Path copy = folder.resolve("ipaexg.ttf");
        assertThat(url).isEqualTo(copy.toUri().toString());
        assertThat(Files.readAllBytes(copy)).isEqualTo(font);
        FileTime made = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, made);
        assertThat(FontFile.inPlace(resource, folder)).isEqualTo(url);
        assertThat(Files.getLastModifiedTime(copy)).as("not copied again").isEqualTo(made);
    }

    @Test
    void aCopyCutShortIsMadeAgain() throws IOException {
        URL resource = inJar();
        Path folder = Files.createDirectories(dir.resolve("fonts"));
        Files.write(folder.resolve("ipaexg.ttf"), new byte[] {1, 2, 3});

        FontFile.inPlace(resource, folder);

        assertThat(Files.readAllBytes(folder.resolve("ipaexg.ttf"))).isEqualTo(font);
    }

    @Test
    void whenNoCopyCanBeKeptTheCallerIsToldSo() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FontFile.inPlace(inJar(), notAFolder.resolve("fonts")))
                .isInstanceOf(IOException.class);
    }
}
