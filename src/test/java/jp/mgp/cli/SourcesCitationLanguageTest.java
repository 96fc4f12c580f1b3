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

    @Test
    void sourcesInJapaneseWordTheirLabelsAndYearsInJapanese() {
        MgpCliTest.Run r = MgpCliTest.run("sources", FILE, "--lang", "ja");
        assertThat(r.out()).contains("vertical-ai 2034年 10.8兆円\n",
                "vertical-ai 2040年 35.0兆円（出所の記載値。曲線はこの点を通るよう固定していません）\n",
                "    注記：出所自身の外挿（21.6%継続）。",
                "vertical-ai 2024～2034年 記載の規則による導出：GMIの2025～2034年の年平均成長率21.6%。",
                "参照線 crude-oil-imports 原油の輸入額 約6.9兆円（2021年）\n")
                .doesNotContain("reported", "not pinned", "derived:", "note:", "reference ", "2024-2034");
    }

    @Test
    void sourcesInEnglishKeepTheirEnglishLabels() {
        MgpCliTest.Run r = MgpCliTest.run("sources", FILE, "--lang", "en");
        assertThat(r.out()).contains("vertical-ai 2034 ¥10.8 tn\n",
                "vertical-ai 2040 ¥35.0 tn (reported; not pinned)\n",
                "    note: ",
                "vertical-ai 2024-2034 derived: ",
                "reference crude-oil-imports ");
    }
}
