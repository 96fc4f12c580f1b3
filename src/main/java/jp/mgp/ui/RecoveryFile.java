package jp.mgp.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jp.mgp.io.json.AtomicFiles;
import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;

/**
 * The autosave of unsaved work: the projection in the file format, with the file it belongs to on a first line
 * of its own ({@code .origin}). Written while there are unsaved changes; removed on save and on a clean exit; a
 * leftover at start means mgp stopped with unsaved work, and the window offers it back.
 */
public final class RecoveryFile {

    /** What a recovery file holds: the work, and the file it was edited from (null for a new document). */
    public record Recovered(Projection projection, Path origin) {
    }

    private final Path file;
    private final Path origin;

    public RecoveryFile(Path folder) {
        this.file = folder.resolve("recovery.json");
        this.origin = folder.resolve("recovery.origin");
    }

    public static RecoveryFile forUser() {
        return new RecoveryFile(Path.of(System.getProperty("user.home"), ".mgp"));
    }

    public void write(Projection projection, Path from) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(origin, (from == null ? "" : from.toAbsolutePath().toString())
                .getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, ProjectionFiles.toBytes(projection));
    }

    /** The work left by a session that did not end cleanly, if any can be read. */
    public Optional<Recovered> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Projection p = ProjectionFiles.read(file);
            String from = Files.isRegularFile(origin) ? Files.readString(origin, StandardCharsets.UTF_8).trim() : "";
            return Optional.of(new Recovered(p, from.isEmpty() ? null : Path.of(from)));
        } catch (InvalidProjectionException | IOException e) {
            return Optional.empty();
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(origin);
        } catch (IOException e) {
            // A leftover recovery file is offered once more at the next start; nothing is lost.
        }
    }

    public Path path() {
        return file;
    }
}
