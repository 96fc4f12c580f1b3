package jp.mgp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

/**
 * A test's own preferences node and folder, in place of the user's: {@link #close()} removes both, and the
 * shared parent node once no test's node is left in it, so a run of the suite leaves nothing behind.
 */
public final class Scratch implements AutoCloseable {

    /** The parent of every test's node, beside the application's own {@code jp/mgp}. */
    static final String PARENT = "jp/mgp-test";

    private final Preferences prefs;
    private final Path folder;
    private final List<Runnable> users = new ArrayList<>();

    private Scratch(Preferences prefs, Path folder) {
        this.prefs = prefs;
        this.folder = folder;
    }

    public static Scratch create() {
        try {
            return new Scratch(Preferences.userRoot().node(PARENT + "/" + UUID.randomUUID()),
                    Files.createTempDirectory("mgp-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Preferences prefs() {
        return prefs;
    }

    /** An empty folder of this test's own (for the recovery file, say). */
    public Path folder() {
        return folder;
    }

    /** Runs {@code stop} first on {@link #close()}: whatever still writes here (a window's autosave) stops. */
    public void beforeClose(Runnable stop) {
        users.add(stop);
    }

    @Override
    public void close() {
        users.forEach(Runnable::run);
        try {
            Preferences parent = prefs.parent();
            prefs.removeNode();
            // A removed node's folder goes at the next flush, and until then its parent still lists it as a child.
            parent.flush();
            removeIfEmpty(parent);
        } catch (BackingStoreException | IllegalStateException e) {
            throw new AssertionError("the test's preferences cannot be removed", e);
        }
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the test's folder cannot be removed", e);
            }
        }
    }

    /** Removes {@code node} and then its parents while they hold nothing (the user's own nodes stay). */
    private static void removeIfEmpty(Preferences node) throws BackingStoreException {
        while (node != null && node.parent() != null && node.childrenNames().length == 0 && node.keys().length == 0) {
            Preferences parent = node.parent();
            node.removeNode();
            parent.flush();
            node = parent;
        }
    }
}
