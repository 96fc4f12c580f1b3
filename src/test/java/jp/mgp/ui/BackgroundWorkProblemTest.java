package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;

/** What the window says when a file cannot be opened: the reader's words in the window's language, never Java's. */
class BackgroundWorkProblemTest {

    @TempDir
    Path folder;

    private InvalidProjectionException openBroken() throws IOException {
        Path file = folder.resolve("broken.json");
        String text = Files.readString(Path.of("projections/japan-ai-2040.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"rate\": 0\\.216", "\"rate\": \"fast\"");
        assertThat(text).contains("\"fast\"");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            ProjectionFiles.read(file);
        } catch (InvalidProjectionException e) {
            return e;
        }
        throw new AssertionError("the broken file was read");
    }

    @Test
    void aFileThatCannotBeOpenedIsToldInJapaneseInTheJapaneseWindow() throws IOException {
        InvalidProjectionException broken = openBroken();
        String ja = new BackgroundWork(Runnable::run, () -> 1, new Messages(Messages.JAPANESE)).problem(broken);
        assertThat(ja).contains("系列「").contains("数値でなければなりません").contains("fast")
                .doesNotContain("must be").doesNotContain("Exception");

        String en = new BackgroundWork(Runnable::run, () -> 1, new Messages(Messages.ENGLISH)).problem(broken);
        assertThat(en).contains("must be a number").doesNotContain("系列");
    }
}
