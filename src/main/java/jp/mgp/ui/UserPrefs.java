package jp.mgp.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the user set up and expects to find again: language, recent files, window size and split positions. Kept
 * with {@link Preferences} under a node the caller names (tests use their own).
 */
public final class UserPrefs {

    private static final int RECENT = 8;
    private final Preferences node;

    public UserPrefs(Preferences node) {
        this.node = node;
    }

    public static UserPrefs forUser() {
        return new UserPrefs(Preferences.userRoot().node("jp/mgp"));
    }

    /** The saved language, or null when none was saved. */
    public Locale language() {
        String tag = node.get("language", null);
        return tag == null ? null : Locale.forLanguageTag(tag);
    }

    public void setLanguage(Locale locale) {
        node.put("language", locale.toLanguageTag());
    }

    /** Most recent first; files that no longer exist are kept (they are shown and explained when chosen). */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String f = node.get("recent." + i, null);
            if (f != null) {
                files.add(Path.of(f));
            }
        }
        return files;
    }

    public void addRecent(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < RECENT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    public double get(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public void put(String key, double value) {
        node.putDouble(key, value);
    }

    /** Writes the preferences out now; a failure costs only the preferences, so it is logged, not shown. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The settings stay in memory for this session; nothing the user made is at risk.
            System.getLogger(UserPrefs.class.getName()).log(System.Logger.Level.WARNING,
                    "the preferences could not be written; they last until mgp is closed", e);
        }
    }
}
