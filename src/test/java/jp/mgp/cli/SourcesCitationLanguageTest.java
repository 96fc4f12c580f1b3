package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code mgp sources --lang ja} cites as a Japanese list of sources does (「…」（<quoting deck>より引用）), not with
 * the English "; via"; {@code --lang en} keeps the English line.
 */
class SourcesCitationLanguageTest {

    private static final String FILE = "projections/japan-ai-2040.json";

    @Test
    void sourcesInJapaneseNameTheQuotingDeckInJapanese() {
        MgpCliTest.Run r = MgpCliTest.run("sources", FILE, "--lang", "ja");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("    Global Market Insights「Vertical AI Market Global Forecast 2025-2034」"
                        + "（内閣府・経済産業省「第1回AI・半導体WG 事務局説明資料」（2026年2月12日）より引用） "
                        + "[002_3dadbe7a501d20c9.txt:216]")
                .doesNotContain("; via").doesNotContain("\"");
    }

    @Test
    void sourcesInEnglishKeepTheirEnglishLine() {
        MgpCliTest.Run r = MgpCliTest.run("sources", FILE, "--lang", "en");
        assertThat(r.out()).contains("    Global Market Insights, \"Vertical AI Market Global Forecast 2025-2034\"; "
                + "via 内閣府・経済産業省「第1回AI・半導体WG 事務局説明資料」(2026-02-12) [002_3dadbe7a501d20c9.txt:216]");
    }
}
