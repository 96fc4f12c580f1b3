package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import jp.mgp.chart.ChartFonts;

/**
 * The PDF report wraps Japanese as Japanese typesetting does (禁則処理): no line starts with a closing bracket, 、。
 * or a small kana, and none ends with an opening bracket. The report broke the first source's figure as
 * "…バーティカルAI市場（世界" / "） 2034年 10.8兆円" and "…より引用）：フ" / "ィジカルAI市場".
 */
class PdfLineBreakTest {

    private static final String SOURCE = "[1] Global Market Insights「Vertical AI Market Global Forecast 2025-2034」"
            + "（内閣府・経済産業省「第1回AI・半導体WG 事務局説明資料」（2026年2月12日）より引用）：バーティカルAI市場（世界） "
            + "2034年 10.8兆円。フィジカルAI（34.4%）とバーティカルAI（21.6%）の間の率で、出所の「加速度的に成長」に沿う。";

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream file = ChartFonts.open()) {
            PdfPages pages = new PdfPages(doc, PDType0Font.load(doc, file), 842, 595, "（続き）");
            int widths = 0;
            // Every width from a narrow column to a page's: each puts its breaks somewhere else.
            for (float width = 60; width <= 700; width += 1) {
                List<String> lines = pages.wrap(SOURCE, 9, width);
                assertThat(String.join("", lines).replace(" ", "")).isEqualTo(SOURCE.replace(" ", ""));
                for (int i = 1; i < lines.size(); i++) {
                    assertThat("）」』、。ィッー").as("line %d at width %s: %s", i, width, lines)
                            .doesNotContain(lines.get(i).substring(0, 1));
                    assertThat("（「『").as("line %d at width %s: %s", i - 1, width, lines)
                            .doesNotContain(lines.get(i - 1).substring(lines.get(i - 1).length() - 1));
                }
                widths++;
            }
            assertThat(widths).isEqualTo(641);
        }
    }
}
