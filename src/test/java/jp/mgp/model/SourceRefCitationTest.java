package jp.mgp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.mgp.Fixtures;

/**
 * A citation reads as its reader's language cites: a Japanese footnote names the deck that quotes a figure as
 * Japanese decks do, 「…」（<quoting deck>より引用）, with no English "via" or straight quotes in it, its brackets
 * full-width and its dates in 年月日; the English one keeps "; via". The citations are the default projection's own.
 */
class SourceRefCitationTest {

    private final Projection projection = Fixtures.defaultProjection();

    private SourceRef verticalAi2034() {
        return projection.series("vertical-ai").orElseThrow().anchors().get(0).source();
    }

    private SourceRef crudeOilLine() {
        return projection.referenceLines().get(0).source();
    }

    @Test
    void aJapaneseShortCitationNamesTheQuotingDeckAsJapaneseDecksDo() {
        assertThat(verticalAi2034().shortCitation(Locale.JAPANESE)).isEqualTo(
                "Global Market Insights「Vertical AI Market Global Forecast 2025-2034」"
                        + "（内閣府・経済産業省「第1回AI・半導体WG 事務局説明資料」（2026年2月12日）より引用）");
    }

    @Test
    void anEnglishShortCitationKeepsViaWithTheQuotingDecksEnglishTitle() {
        assertThat(verticalAi2034().shortCitation(Locale.ENGLISH)).isEqualTo(
                "Global Market Insights, \"Vertical AI Market Global Forecast 2025-2034\"; via Cabinet Office and "
                        + "METI, 'AI and Semiconductor WG, 1st meeting: secretariat briefing materials' (2026-02-12) "
                        + "[内閣府・経済産業省「第1回AI・半導体WG 事務局説明資料」(2026-02-12)]");
    }

    @Test
    void aJapaneseTitleThatQuotesAnotherNestsItsQuotationMarks() {
        // The panel's name quotes its subject in 「」; inside the title's own 「」 that becomes 『』.
        assertThat(crudeOilLine().shortCitation(Locale.JAPANESE)).isEqualTo(
                "財務省（MOF）「『国際収支から見た日本経済の課題と処方箋』懇談会」"
                        + "（経済産業省「AI・半導体政策／AIロボティクス」資料（2025）より引用）");
        assertThat(crudeOilLine().shortCitation(Locale.ENGLISH)).isEqualTo(
                "Ministry of Finance (MOF), \"Panel on 'Japan's economy seen from its balance of payments: "
                        + "challenges and remedies'\" [「国際収支から見た日本経済の課題と処方箋」懇談会]; via METI, "
                        + "'AI and semiconductor policy / AI robotics' materials (2025) "
                        + "[経済産業省「AI・半導体政策／AIロボティクス」資料 (2025)]");
    }

    @Test
    void theFullCitationWithItsSeedReadsInEitherLanguage() {
        assertThat(verticalAi2034().citation(Locale.JAPANESE)).isEqualTo(
                "Global Market Insights「Vertical AI Market Global Forecast 2025-2034」"
                        + "（内閣府・経済産業省「第1回AI・半導体WG 事務局説明資料」（2026年2月12日）より引用） "
                        + "[002_3dadbe7a501d20c9.txt:216]");
        assertThat(verticalAi2034().citation(Locale.ENGLISH)).isEqualTo(verticalAi2034().citation())
                .isEqualTo("Global Market Insights, \"Vertical AI Market Global Forecast 2025-2034\"; via "
                        + "内閣府・経済産業省「第1回AI・半導体WG 事務局説明資料」(2026-02-12) "
                        + "[002_3dadbe7a501d20c9.txt:216]");
    }

    @Test
    void aCitationOfTheUsersOwnResearchPutsDateAndPageInJapaneseBrackets() {
        SourceRef own = SourceRef.cited("矢野経済研究所", "国内SaaS市場 2025", "2025-03", "p. 12",
                "https://www.yanoresearch.jp/press/3721", "");
        assertThat(own.shortCitation(Locale.JAPANESE))
                .isEqualTo("矢野経済研究所「国内SaaS市場 2025」（2025年3月、p. 12）、www.yanoresearch.jp");
        assertThat(own.shortCitation(Locale.ENGLISH))
                .isEqualTo("矢野経済研究所, \"国内SaaS市場 2025\", 2025-03, p. 12; www.yanoresearch.jp");
        assertThat(own.publisherAndDocumentIn(Locale.JAPANESE)).isEqualTo("矢野経済研究所「国内SaaS市場 2025」");
    }

    @Test
    void aCitationOfOnlyTheQuotingDeckSaysWhereItWasRead() {
        SourceRef onlyVia = new SourceRef("", "", "経済産業省「AI・半導体政策／AIロボティクス」資料 (2025)", "", 0, "");
        assertThat(onlyVia.shortCitation(Locale.JAPANESE))
                .isEqualTo("経済産業省「AI・半導体政策／AIロボティクス」資料（2025）より引用");
        assertThat(onlyVia.shortCitation(Locale.ENGLISH))
                .isEqualTo("via 経済産業省「AI・半導体政策／AIロボティクス」資料 (2025)");
    }

    @Test
    void anEnglishNameKeepsItsOwnBracketsAndATitleItsOwnWords() {
        // Only Japanese text gets full-width brackets; a title is quoted as it is, whatever its brackets.
        SourceRef english = new SourceRef("International Data Corporation (IDC)", "Worldwide AI Spending Guide (2025)",
                "総務省「情報通信白書」(2025-07)", "", 0, "");
        assertThat(english.shortCitation(Locale.JAPANESE)).isEqualTo("International Data Corporation (IDC)"
                + "「Worldwide AI Spending Guide (2025)」（総務省「情報通信白書」（2025年7月）より引用）");
    }
}
