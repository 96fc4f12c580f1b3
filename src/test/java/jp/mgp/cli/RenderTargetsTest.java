package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;

/** {@code render --out} at something that is not an ordinary file: one line, exit 2 (a refused argument), nothing replaced. */
class RenderTargetsTest {

    private static final String FILE = Fixtures.DEFAULT.toString();

    @TempDir
    Path dir;

    @Test
    void theRootFolderIsRefusedInOneLine() {
        MgpCliTest.Run r = MgpCliTest.run("render", FILE, "--format", "csv", "--out", "/");
        assertThat(r.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(r.err()).isEqualTo("mgp render: / is a folder, not a file; nothing was written\n");
        assertThat(r.out()).isEmpty();

        MgpCliTest.Run png = MgpCliTest.run("render", FILE, "--format", "png", "--out", "/");
        assertThat(png.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(png.err()).isEqualTo("mgp render: / is a folder, not a file; nothing was written\n");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/dev/null", "/dev/full"})
    void aDeviceIsRefusedAndStaysADevice(String name) throws Exception {
        Path device = Path.of(name);
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with " + name);
        MgpCliTest.Run r = MgpCliTest.run("render", FILE, "--format", "csv", "--out", name);
        assertThat(r.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(r.err()).isEqualTo("mgp render: " + name + " is a device or a pipe, not an ordinary file; mgp"
                + " writes only ordinary files, and nothing was written\n");
        assertThat(Files.getAttribute(device, "unix:mode", LinkOption.NOFOLLOW_LINKS))
                .as("still a character device").matches(m -> ((Integer) m & 0170000) == 0020000);
    }

    @Test
    void aFolderAmongSeveralChartFilesIsRefusedBeforeAnyChartIsDrawn() throws Exception {
        // The third chart's file is a folder: without the check up front the first two would be written first.
        Files.createDirectory(dir.resolve("deck-labour-gap.png"));
        MgpCliTest.Run r = MgpCliTest.run("render", FILE, "--format", "png", "--out", dir.resolve("deck.png")
                .toString());
        assertThat(r.code()).isEqualTo(MgpCli.EXIT_USAGE);
        assertThat(r.err()).isEqualTo("mgp render: " + dir.resolve("deck-labour-gap.png")
                + " is a folder, not a file; nothing was written\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("deck-labour-gap.png");
        }
    }
}
