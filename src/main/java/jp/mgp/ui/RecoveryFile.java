package jp.mgp.ui;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jp.mgp.io.json.AtomicFiles;
import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;

/**
 * The autosave of unsaved work: the projection in the file format, with the file it belongs to on a first line
 * of its own ({@code .origin}). Written while there are unsaved changes; removed on save and on a clean exit; a
 * leftover at start means mgp stopped with unsaved work, and the window offers it back. A leftover that cannot
 * be read is never deleted: it is set aside under another name for the user to look at.
 */
public final class RecoveryFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** What a recovery file holds: the work, and the file it was edited from (null for a new document). */
    public record Recovered(Projection projection, Path origin) {
    }

    /** A leftover that could not be read, now at {@link #keptAt()} (its old place when it could not be moved). */
    public static final class SetAside extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path keptAt;

        SetAside(Path keptAt, Exception why) {
            super("the recovery copy could not be read; it is kept at " + keptAt, why);
            this.keptAt = keptAt;
        }

        public Path keptAt() {
            return keptAt;
        }
    }

    private final Path folder;
    private final Path file;
    private final Path origin;

    public RecoveryFile(Path folder) {
        this.folder = folder;
        this.file = folder.resolve("recovery.json");
        this.origin = folder.resolve("recovery.origin");
    }

    /** Looked up when first needed: this class is loaded on the thread that prepares the first chart. */
    private static System.Logger log() {
        return System.getLogger(RecoveryFile.class.getName());
    }

    public static RecoveryFile forUser() {
        return new RecoveryFile(Path.of(System.getProperty("user.home"), ".mgp"));
    }

    public void write(Projection projection, Path from) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.write(origin, (from == null ? "" : from.toAbsolutePath().toString())
                .getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, ProjectionFiles.toBytes(projection));
    }

    /**
     * The work left by a session that did not end cleanly, if any.
     *
     * @throws SetAside when there is a leftover that cannot be read: it has been moved aside (not deleted)
     */
    public Optional<Recovered> read() throws SetAside {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Projection p = ProjectionFiles.read(file);
            String from = Files.isRegularFile(origin) ? Files.readString(origin, StandardCharsets.UTF_8).trim() : "";
            return Optional.of(new Recovered(p, from.isEmpty() ? null : Path.of(from)));
        } catch (InvalidProjectionException | IOException e) {
            log().log(Level.WARNING, "the recovery copy " + file + " cannot be read; setting it aside", e);
            throw new SetAside(setAside(), e);
        }
    }

    /** Moves the unreadable leftover (and its origin line) to names of their own; where it ends up. */
    private Path setAside() {
        String stem = "recovery-unreadable-" + LocalDateTime.now().format(STAMP);
        Path kept = file.resolveSibling(stem + ".json");
        try {
            Files.move(file, kept);
        } catch (IOException e) {
            log().log(Level.WARNING, "the unreadable recovery copy could not be moved; it stays at " + file, e);
            return file;
        }
        try {
            if (Files.exists(origin)) {
                Files.move(origin, file.resolveSibling(stem + ".origin"));
            }
        } catch (IOException e) {
            log().log(Level.WARNING, "the recovery copy's origin line could not be moved", e);
        }
        return kept;
    }

    /** Removes the recovery copy; a failure is logged (the copy is then offered once more at the next start). */
    public void delete() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(origin);
        } catch (IOException e) {
            log().log(Level.WARNING, "the recovery copy " + file + " could not be removed", e);
        }
    }

    public Path path() {
        return file;
    }
}
