package jp.mgp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;

/** What the jar does with its arguments: the window for nothing or a file, the command line for anything else. */
class LauncherTest {

    private static final String FILE = Fixtures.DEFAULT.toString();

    @TempDir
    Path dir;

    @Test
    void nothingOrAFileOpensTheWindow() throws IOException {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {FILE})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {dir.resolve("new.json").toString()})).as("not there yet")
                .isTrue();
        Path named = Files.writeString(dir.resolve("forecast"), "{}");
        assertThat(Launcher.opensWindow(new String[] {named.toString()})).as("a file without .json").isTrue();
    }

    @Test
    void aCommandAnOptionOrAnyOtherWordIsTheCommandLine() {
        assertThat(Launcher.opensWindow(new String[] {"table", FILE})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"tabel", FILE})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"sources"})).isFalse();
    }

    /** The jar's own entry point in a JVM of its own, without a display, as a script on a server would call it. */
    @Test
    void aMistypedCommandExitsWithTwoAndASuggestionWithoutAWindowOrAStackTrace() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        LauncherProcess.Ended ended = LauncherProcess.run(List.of(), List.of("tabel", FILE), Map.of(), out, err, 60);
        String printed = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(ended.byItself()).as("ended by itself (a window would wait for the user)").isTrue();
        assertThat(ended.exitCode()).as(printed).isEqualTo(2);
        assertThat(printed).contains("Unmatched arguments from index 0: 'tabel'").contains("Did you mean: mgp table?")
                .doesNotContain("Exception").doesNotContainPattern("\\n\\s+at [\\w.$]+\\(");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
    }
}
