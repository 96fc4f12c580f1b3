package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * The Japanese deck's and report's words read as a Japanese analyst writes them: full-width colons and brackets,
 * years with 年, ranges with ～, items as sentences ending in 。, no English "via", " — " or "; " between Japanese
 * words, and derivations said in Japanese (「AからBとCを引いた残り」, 「A÷B」); the English ones read as English
 * (no ".;" where a note's full stop met the separator, "A minus B and C" not "A, B, C minus the rest").
 */
class JapaneseWordingTest {

    private final Projection projection = Fixtures.defaultProjection();
    private final ProjectionResult base = new ProjectionEngine().project(projection, "base");

    @TempDir
    Path dir;

    private ChartContent.Footnote footnote(String chart, Locale locale) {
        ChartSpec spec = projection.charts().stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow();
        return ChartContent.of(spec, base, new ProvenanceText(locale)).footnote();
    }

    private ChartContent content(String chart, Locale locale) {
        ChartSpec spec = projection.charts().stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow();
        return ChartContent.of(spec, base, new ProvenanceText(locale));
    }

    @Test
    void aJapaneseSourceNamesItsQuotingDeckAndItsFigureInJapanese() {
        assertThat(footnote("markets", Locale.JAPANESE).sources().get(0)).isEqualTo(
                "[1] Global Market Insights「Vertical AI Market Global Forecast 2025-2034」（内閣府・経済産業省"
                        + "「第1回AI・半導体WG 事務局説明資料」（2026年2月12日）より引用）：バーティカルAI市場（世界） 2034年 10.8兆円");
        assertThat(footnote("digital-deficit", Locale.JAPANESE).sources().get(3))
                .endsWith("より引用）：原油の輸入額 約6.9兆円（2021年）（参照線）");
        assertThat(footnote("markets", Locale.ENGLISH).sources().get(0)).endsWith(
                "(2026-02-12)] \u2014 Vertical AI market (global) 2034: \u00a510.8 tn");
    }

    @Test
    void japaneseRulesAndAssumptionsReadAsSentences() {
        ProvenanceText ja = new ProvenanceText(Locale.JAPANESE);
        assertThat(ja.items(footnote("markets", Locale.JAPANESE).derived())).isEqualTo(
                "バーティカルAI市場（世界）：2040年の出所値35.0兆円は出所自身の外挿（同じ規則でmgpは34.9兆円）[1]。"
                        + "バーティカルAI市場（世界） 2024～2040年：年率21.6%の複利成長[1]。"
                        + "フィジカルAI市場（世界、自動運転を除く）：2040年の出所値55.0兆円は出所自身の外挿（同じ規則でmgpは54.8兆円）[2]。"
                        + "フィジカルAI市場（世界、自動運転を除く） 2024～2040年：年率34.4%の複利成長[2]。");
        List<String> assumed = footnote("labour-gap-filled", Locale.JAPANESE).assumptions();
        assertThat(assumed).contains("リスキリングが補う労働力（日本） 2024年 0.0万人（仮定）",
                "ロボット1台が代替する労働者数 2024～2040年：横ばい。mgpの仮定：1台あたりの代替人数は2040年まで一定。");
        // A note's own 。 is the item's end: never 。。 or 。; between items.
        assertThat(ja.items(assumed)).doesNotContain("。。").doesNotContain(";").doesNotContain("\u2014")
                .endsWith("mgpの仮定：割合は2040年まで一定。");
    }

    @Test
    void derivationsAreSaidAsEachLanguageSaysThem() {
        List<String> ja = footnote("labour-gap-filled", Locale.JAPANESE).derived();
        assertThat(ja).contains(
                "残る労働需給ギャップ（日本）＝労働需給ギャップ（日本、不足人数）からロボットが補う労働力（日本）と"
                        + "リスキリングが補う労働力（日本）を引いた残り",
                "多用途ロボットの導入台数（日本、年間）＝多用途ロボット市場（日本分）÷多用途ロボットの平均単価×100,000,000",
                "ロボットが補う労働力（日本）＝稼働中の多用途ロボット（日本、2024年以降の累計）とロボット1台が代替する労働者数の積");
        List<String> en = footnote("labour-gap-filled", Locale.ENGLISH).derived();
        assertThat(en).contains("Labour gap remaining (Japan) = Labour supply-demand gap (Japan, people short) minus "
                        + "Labour filled by robots (Japan) and Labour filled by reskilling (Japan)",
                "Multipurpose robots deployed (Japan, a year) = Multipurpose robot market (Japan's part) \u00f7 Average "
                        + "price of a multipurpose robot \u00d7 100,000,000");
        String english = new ProvenanceText(Locale.ENGLISH).items(footnote("labour-gap-filled", Locale.ENGLISH)
                .assumptions());
        assertThat(english).doesNotContain(".;").contains("MHLW's reskilling targets; Workers one robot substitutes");
    }

    @Test
    void theAssumptionsTableCitesItsSourceInJapaneseBrackets() {
        AssumptionRows.Row first = AssumptionRows.of(base, List.of("vertical-ai"), new ProvenanceText(Locale.JAPANESE))
                .get(0);
        assertThat(first.years()).isEqualTo("2024～2034");
        assertThat(first.rule()).isEqualTo("年率21.6%の複利成長");
        assertThat(first.basis()).isEqualTo("GMIの2025～2034年の年平均成長率21.6%。2034年の値から逆算。"
                + "（出所：Global Market Insights「Vertical AI Market Global Forecast 2025-2034」）");
        AssumptionRows.Row english = AssumptionRows.of(base, List.of("vertical-ai"),
                new ProvenanceText(Locale.ENGLISH)).get(0);
        assertThat(english.years()).isEqualTo("2024\u20132034");
        assertThat(english.basis()).endsWith(" \u2014 Global Market Insights, \"Vertical AI Market Global Forecast "
                + "2025-2034\"");
    }

    @Test
    void aLinesProjectedStretchAndItsAltTextFollowTheNameWithoutASpace() {
        ChartContent markets = content("markets", Locale.JAPANESE);
        assertThat(markets.projectedName("バーティカルAI市場（世界）")).isEqualTo("バーティカルAI市場（世界）（予測）");
        assertThat(markets.description()).contains("\nバーティカルAI市場（世界）：34.9兆円、CAGR 21.6%（2024～2040年）");
        assertThat(content("markets", Locale.ENGLISH).projectedName("Vertical AI market (global)"))
                .isEqualTo("Vertical AI market (global) (projected)");
    }

    @Test
    void theJapaneseDecksFootnoteHeadingsTakeAFullWidthColon() throws IOException {
        Path out = dir.resolve("ja.pptx");
        Exporter.export(projection, "base", Exporter.Request.of(ExportFormat.PPTX, Locale.JAPANESE), out);
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(out))) {
            String first = ppt.getSlides().get(0).getShapes().stream().filter(XSLFTextShape.class::isInstance)
                    .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
            assertThat(first).contains("シナリオ：基本（出所の前提）", "出所：[1] Global Market Insights「",
                    "記載の規則による導出：バーティカルAI市場（世界）：", "仮定（出所にない）：多用途ロボット市場（世界） 2024～2040年：",
                    "破線：最後の出所数値より後の年").doesNotContain("via ").doesNotContain(": ")
                    .doesNotContain("%/年");
        }
    }
}
