package jp.mgp.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font mapping handed to AWT, and the cleaning up after killed processes. */
class AwtFontsTest {

    @TempDir
    Path dir;

    @Test
    void everyLogicalFontInEveryStyleIsTheBundledFace() {
        Path font = dir.resolve("fonts dir/ipaexg.ttf");
        Properties mapping = AwtFonts.mapping(font);
        assertThat(mapping.getProperty("version")).isEqualTo("1");
        assertThat(mapping.getProperty("sequence.allfonts")).isEqualTo("japanese");
        int mapped = 0;
        for (String logical : new String[] {"serif", "sansserif", "monospaced", "dialog", "dialoginput"}) {
            for (String style : new String[] {"plain", "bold", "italic", "bolditalic"}) {
                assertThat(mapping.getProperty(logical + "." + style + ".japanese")).isEqualTo("IPAexGothic");
                mapped++;
            }
        }
        assertThat(mapped).isEqualTo(20);
        assertThat(mapping.getProperty("filename.IPAexGothic")).isEqualTo(font.toAbsolutePath().toString());
        assertThat(mapping).hasSize(20 + 3);
    }

    @Test
    void theProcessIdIsReadFromTheFolderName() {
        assertThat(AwtFonts.pidOf("mgp-awt-fonts-4242-889911")).contains(4242L);
        assertThat(AwtFonts.pidOf("mgp-awt-fonts-17")).contains(17L);
        assertThat(AwtFonts.pidOf("mgp-awt-fonts-x-1")).isEmpty();
        assertThat(AwtFonts.pidOf("other-4242-1")).isEmpty();
    }

    @Test
    void foldersOfEndedProcessesAreRemovedAndThoseOfLiveOnesKept() throws IOException {
        long ended = endedProcessId();
        Path dead = Files.createDirectory(dir.resolve("mgp-awt-fonts-" + ended + "-123"));
        Files.writeString(dead.resolve("fontconfig.properties"), "version=1\n");
        Path live = Files.createDirectory(dir.resolve("mgp-awt-fonts-" + ProcessHandle.current().pid() + "-456"));
        Files.writeString(live.resolve("fontconfig.properties"), "version=1\n");
        Path unrelated = Files.createDirectory(dir.resolve("mgp-awt-fonts-notanumber"));
        Path someoneElses = Files.createDirectory(dir.resolve("other-" + ended));

        AwtFonts.removeLeftovers(dir);

        assertThat(dead).doesNotExist();
        assertThat(live.resolve("fontconfig.properties")).exists();
        assertThat(unrelated).exists();
        assertThat(someoneElses).exists();
    }

    /** The id of a process that has certainly ended: one started here and waited for. */
    private static long endedProcessId() throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(ProcessHandle.of(process.pid())).isEmpty();
        return process.pid();
    }
}
