package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class RuleViolationTest {

    @Test
    void speaksTheAskedLanguageAndLogsInEnglish() {
        RuleViolation v = new RuleViolation(new LocalizedText("成長率は-100%より大きく", "The rate must be above -100 %"));
        assertThat(v.message(Locale.JAPANESE)).isEqualTo("成長率は-100%より大きく");
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("The rate must be above -100 %");
        assertThat(v.getMessage()).isEqualTo("The rate must be above -100 %");
        assertThat(v).isInstanceOf(IllegalArgumentException.class);
    }
}
