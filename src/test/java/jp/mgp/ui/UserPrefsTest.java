package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.mgp.Scratch;

class UserPrefsTest {

    private final Scratch scratch = TestWindows.scratch();
    private final Preferences node = scratch.prefs();
    private final UserPrefs prefs = new UserPrefs(node);

    @AfterEach
    void forget() {
        scratch.close();
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutRepeatsAndAtMostEight() {
        assertThat(prefs.recentFiles()).isEmpty();
        for (int i = 0; i < 10; i++) {
            prefs.addRecent(Path.of("f" + i + ".json"));
        }
        prefs.addRecent(Path.of("f5.json"));
        assertThat(prefs.recentFiles()).hasSize(8);
        assertThat(prefs.recentFiles().get(0)).isEqualTo(Path.of("f5.json").toAbsolutePath());
        assertThat(prefs.recentFiles().get(1)).isEqualTo(Path.of("f9.json").toAbsolutePath());
        assertThat(prefs.recentFiles()).doesNotHaveDuplicates();
    }

    @Test
    void languageAndLayoutAreKept() {
        assertThat(prefs.language()).isNull();
        prefs.setLanguage(Locale.JAPANESE);
        prefs.put("split.main", 0.31);
        UserPrefs again = new UserPrefs(node);
        assertThat(again.language()).isEqualTo(Locale.JAPANESE);
        assertThat(again.get("split.main", 0.27)).isEqualTo(0.31);
        assertThat(again.get("split.left", 0.38)).isEqualTo(0.38);
    }
}
