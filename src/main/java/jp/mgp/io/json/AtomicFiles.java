package jp.mgp.io.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.mgp.model.RuleViolation;

/**
 * Replaces a file so that a reader sees either the old bytes or the new ones, never a half-written file: the
 * bytes go to a temporary file beside the real target, are forced to disk, the temporary file is moved over the
 * target in one step and the folder is forced too, so the move itself survives a power cut. On failure the
 * temporary file is removed and the old file is left as it was.
 *
 * <p>A target that is a symbolic link is written through: the file it points to is replaced, in that file's own
 * folder, and the link stays a link. A folder, device, pipe or socket is never replaced: {@link #checkTarget}
 * refuses it, and callers that render first call it before rendering.
 *
 * <p>A temporary file is named {@code .<name>.mgp-<pid>-<random>.tmp}. A process killed while writing cannot
 * remove its own; the next write to the same folder removes those of processes that no longer run, and never
 * one whose process still runs (another mgp may be writing it).
 */
public final class AtomicFiles {

    /** The temporary files this class makes; group 1 is the writing process's id. */
    static final Pattern TEMPORARY = Pattern.compile("^\\..+\\.mgp-(\\d+)-[0-9a-z]+\\.tmp$");

    /** Past this many links in a chain, the chain is taken to loop, as the system itself does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} (or the file its link points to) with {@code data}.
     *
     * @throws RuleViolation when the target is a folder, a device, a pipe or a socket, or a link that loops,
     *                       worded in both languages; nothing is written
     * @throws IOException whose message names the file and the reason; the old file, if any, is unchanged
     */
    public static void write(Path target, byte[] data) throws IOException {
        Path real = checkTarget(target);
        Path dir = real.getParent();
        Path name = real.getFileName();
        if (dir == null || name == null) { // checkTarget refuses a root as it refuses a folder
            throw new RuleViolation(FileText.both("write.folder", target));
        }
        removeStaleTemporaries(dir);
        Path tmp;
        try {
            tmp = createTemporary(dir, name.toString());
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? " does not exist"
                    : e instanceof AccessDeniedException ? " cannot be written to"
                    : " cannot hold the file (" + reason(e) + ")";
            throw new IOException("cannot save " + target + ": the folder " + dir + why + "; nothing was changed", e);
        }
        boolean moved = false;
        try {
            keepPermissions(real, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new IOException("cannot save " + target + ": " + reason(e) + "; the previous file is unchanged", e);
        } finally {
            if (!moved) {
                // Every way out short of the move, errors and interrupts included, takes the temporary file along.
                Files.deleteIfExists(tmp);
            }
        }
        syncFolder(dir);
    }

    /**
     * The file a write to {@code target} replaces: {@code target} itself, or the end of its chain of links,
     * absolute. Call it before rendering, so that a refused target costs nothing.
     *
     * @throws RuleViolation when that is a folder, a device, a pipe or a socket, or the links loop
     */
    public static Path checkTarget(Path target) {
        Path path = target.toAbsolutePath().normalize();
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new RuleViolation(FileText.both("write.linkLoop", target));
            }
            try {
                // A relative link is relative to the link's own folder.
                Path folder = path.getParent();
                if (folder == null) {
                    break;
                }
                path = folder.resolve(Files.readSymbolicLink(path)).normalize();
            } catch (IOException e) {
                break;
            }
        }
        if (path.getParent() == null || path.getFileName() == null) {
            throw new RuleViolation(FileText.both("write.folder", target));
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return path; // not there yet (or not reachable): the write itself will say why if it cannot be made
        }
        if (attributes.isDirectory()) {
            throw new RuleViolation(FileText.both("write.folder", target));
        }
        if (!attributes.isRegularFile()) {
            throw new RuleViolation(FileText.both("write.special", target));
        }
        return path;
    }

    private static Path createTemporary(Path dir, String name) throws IOException {
        String prefix = "." + name + ".mgp-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(prefix + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".tmp");
            try {
                // Created without attributes, so a new file gets the user's umask, as any program's new file does.
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes the temporary files of writes killed part-way: those named by this class whose process no longer
     * runs. Best effort: a folder that cannot be listed or a file that cannot be removed does not stop the write.
     */
    static void removeStaleTemporaries(Path dir) {
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.mgp-*.tmp")) {
            for (Path entry : entries) {
                Matcher m = TEMPORARY.matcher(String.valueOf(entry.getFileName()));
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != self && ProcessHandle.of(pid).isEmpty()
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers stay for the next write; this one goes on.
        }
    }

    /** Forces the folder's entry for the moved file to disk; some systems (Windows) cannot open a folder. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // The file itself is on disk; only the rename's durability is left to the system.
        }
    }

    /**
     * A replaced file keeps its permissions, and its owner and group where this process may set them (root saving
     * a user's file leaves it the user's); a new one keeps what the umask gave the temporary file.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.exists(target) || !Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
        PosixFileAttributeView now = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        try {
            if (!old.owner().equals(now.getOwner())) {
                now.setOwner(old.owner());
            }
            if (!old.group().equals(now.readAttributes().group())) {
                now.setGroup(old.group());
            }
        } catch (IOException e) {
            // Only root may give a file away; anyone else's replaced file is theirs anyway.
        }
        now.setPermissions(old.permissions());
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file or its folder no longer exists";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
