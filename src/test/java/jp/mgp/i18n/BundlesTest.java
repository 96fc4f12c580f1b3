package jp.mgp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English stays English and Japanese stays Japanese whatever the machine's default locale. */
class BundlesTest {

    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jp.mgp.ui.messages", "jp.mgp.chart.messages", "jp.mgp.io.export.messages"})
    void englishIsTheBaseFileOnAJapaneseMachine(String bundle) {
        Locale.setDefault(Locale.JAPAN);
        ResourceBundle.clearCache();
        ResourceBundle english = Bundles.get(bundle, Locale.ENGLISH);
        ResourceBundle japanese = Bundles.get(bundle, Locale.JAPANESE);

        String key = english.keySet().iterator().next();
        assertThat(english.getString(key)).isNotEqualTo(japanese.getString(key));
        assertThat(english.getLocale()).isEqualTo(Locale.ROOT);
        assertThat(japanese.getLocale()).isEqualTo(Locale.JAPANESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja", "fr"})
    void theMachineLocaleNeverDecidesTheLanguage(String machine) {
        Locale.setDefault(Locale.forLanguageTag(machine));
        ResourceBundle.clearCache();
        assertThat(Bundles.get("jp.mgp.ui.messages", Locale.ENGLISH).getString("menu.file")).isEqualTo("File");
        assertThat(Bundles.get("jp.mgp.ui.messages", Locale.GERMAN).getString("menu.file")).isEqualTo("File");
        assertThat(Bundles.get("jp.mgp.ui.messages", Locale.JAPAN).getString("menu.file"))
                .isEqualTo(ResourceBundle.getBundle("jp.mgp.ui.messages_ja").getString("menu.file"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-JP", "en-US", "en", "de", "ja"})
    void supportedIsJapaneseOnlyForJapanese(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        assertThat(Bundles.supported(l)).isEqualTo(tag.startsWith("ja") ? Locale.JAPANESE : Locale.ENGLISH);
    }
}
