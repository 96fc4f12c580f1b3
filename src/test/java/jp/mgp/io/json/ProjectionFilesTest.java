package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.model.Projection;

class ProjectionFilesTest {

    @TempDir
    Path dir;

    @Test
    void theShippedDefaultIsInCanonicalFormSoReSavingChangesNoByte() throws Exception {
        byte[] shipped = Files.readAllBytes(Fixtures.DEFAULT);
        Projection p = ProjectionFiles.parse(shipped, "default");
        assertThat(new String(ProjectionFiles.toBytes(p), StandardCharsets.UTF_8))
                .isEqualTo(new String(shipped, StandardCharsets.UTF_8));
    }

    @Test
    void loadSaveLoadGivesAnEqualProjectionAndIdenticalBytes() throws Exception {
        Projection original = Fixtures.defaultProjection();
        Path file = dir.resolve("copy.json");
        ProjectionFiles.write(original, file);
        Projection reloaded = ProjectionFiles.read(file);
        assertThat(reloaded).isEqualTo(original);
        byte[] first = Files.readAllBytes(file);
        ProjectionFiles.write(reloaded, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void writtenFilesAreStableForGit() throws Exception {
        String text = new String(ProjectionFiles.toBytes(Fixtures.defaultProjection()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"schemaVersion\": 2,\n  \"title\": {\n    \"ja\": ");
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
        assertThat(text).contains("\"value\": 2000000,").contains("\"rate\": 0.216,");
    }

    @Test
    void derivedSeriesAndEveryModelRoundTrip() throws Exception {
        Projection p = Fixtures.fixture("all-models.json");
        Path file = dir.resolve("all.json");
        ProjectionFiles.write(p, file);
        assertThat(ProjectionFiles.read(file)).isEqualTo(p);
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(Fixtures.FIXTURES.resolve("all-models.json")));
    }

    @Test
    void aVanishedFileIsNamedWithTheReason() {
        Path missing = dir.resolve("gone.json");
        assertThatThrownBy(() -> ProjectionFiles.read(missing)).isInstanceOf(InvalidProjectionException.class)
                .hasMessage(missing + ": $: the file does not exist (moved, renamed or deleted?)");
    }

    @Test
    void anUnreadableFileIsNamedWithTheReason() throws Exception {
        Path locked = dir.resolve("locked.json");
        Files.write(locked, Files.readAllBytes(Fixtures.DEFAULT));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads anything");
        assertThatThrownBy(() -> ProjectionFiles.read(locked)).hasMessageContaining("permission denied");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsParsed() throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) ProjectionFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ProjectionFiles.read(big)).hasMessageContaining("too large");
    }

    @Test
    void savingIntoAFolderThatCannotBeWrittenKeepsTheOldFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path target = folder.resolve("scenario.json");
        Files.writeString(target, "old contents");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as a user who writes anything");
            assertThatThrownBy(() -> ProjectionFiles.write(Fixtures.defaultProjection(), target))
                    .isInstanceOf(IOException.class).hasMessageContaining(target.toString())
                    .hasMessageContaining("nothing was changed");
            assertThat(Files.readString(target)).isEqualTo("old contents");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderInTheWayIsRefusedAndNoTemporaryFileIsLeft() throws Exception {
        Path target = Files.createDirectory(dir.resolve("occupied"));
        Files.writeString(target.resolve("inside"), "x");
        assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(jp.mgp.model.RuleViolation.class).hasMessageContaining("is a folder");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("occupied");
        }
    }

    @Test
    void atomicWriteReplacesTheWholeFile() throws Exception {
        Path target = dir.resolve("f.json");
        Files.writeString(target, "a much longer old content than the new one");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
    }
}
