package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * {@code mgp solve}'s answers are the command's report, so they are worded in the messages' language (--lang, else
 * the machine's if Japanese, else English): they were English on a Japanese machine and with --lang ja. The numbers
 * stay as machines read them in both languages, and years never take a grouping comma. The English lines are the
 * ones the command printed before (byte for byte).
 */
class SolveAnswerLanguageTest {

    private static final String FILE = "projections/japan-ai-2040.json";

    @Test
    void cagrAnswersInTheMachinesLanguageAndInLangs() {
        MgpCliTest.Run ja = MgpCliTest.runOn(Locale.JAPAN, "solve", "cagr", "--from", "2034:10.8", "--to", "2040:35.0");
        assertThat(ja.code()).isZero();
        assertThat(ja.out()).isEqualTo("2034～2040年の年平均成長率：年21.65 %\n  (35 / 10.8)^(1/6) - 1 = 0.216487\n");
        MgpCliTest.Run en = MgpCliTest.runOn(Locale.JAPAN, "solve", "cagr", "--from", "2034:10.8", "--to", "2040:35.0",
                "--lang", "en");
        assertThat(en.out()).isEqualTo("CAGR 2034-2040: 21.65 %/yr\n  (35 / 10.8)^(1/6) - 1 = 0.216487\n");
    }

    @Test
    void rateAnswersInJapaneseWithTheWindowsWordsForRateAndModel() {
        MgpCliTest.Run ja = MgpCliTest.run("solve", "rate", FILE, "--series", "vertical-ai", "--reach", "35.0",
                "--by", "2040", "--lang", "ja");
        assertThat(ja.code()).isZero();
        assertThat(ja.out()).isEqualTo("vertical-aiが2040年に35に達する成長率：年21.65 %\n"
                + "  区間1（複利、2034～2040年、現在 年21.60 %）。検算：2040年 = 35\n");
        MgpCliTest.Run en = MgpCliTest.run("solve", "rate", FILE, "--series", "vertical-ai", "--reach", "35.0",
                "--by", "2040");
        assertThat(en.out()).isEqualTo("vertical-ai reaches 35 in 2040 with rate 21.65 %/yr\n"
                + "  segment 1 (compound, 2034-2040, now 21.60 %/yr); check: 2040 = 35\n");
    }

    @Test
    void crossingAnswersInJapaneseBothWhenReachedAndWhenNever() {
        assertThat(MgpCliTest.runOn(Locale.JAPAN, "solve", "crossing", FILE, "--series", "physical-ai", "--value",
                "12.5").out()).isEqualTo("physical-aiが12.5に達するのは2035.00年（2035年中）\n");
        assertThat(MgpCliTest.runOn(Locale.JAPAN, "solve", "crossing", FILE, "--series", "vertical-ai", "--value",
                "100").out()).isEqualTo("vertical-aiは2024～2040年に100に達しません（2024年：1.527876、2040年：34.916058）\n");
        assertThat(MgpCliTest.run("solve", "crossing", FILE, "--series", "vertical-ai", "--value", "100").out())
                .isEqualTo("vertical-ai never reaches 100 within 2024-2040 (2024: 1.527876, 2040: 34.916058)\n");
    }

    @Test
    void fitAnswersInJapanese() {
        assertThat(MgpCliTest.run("solve", "fit", FILE, "--series", "vertical-ai", "--lang", "ja").out())
                .isEqualTo("vertical-ai：既知点2つに合わせた成長率 年21.65 %（R² 1.0000）\n");
        assertThat(MgpCliTest.runOn(Locale.JAPAN, "solve", "fit", FILE, "--series", "vertical-ai", "--lang", "en")
                .out()).isEqualTo("vertical-ai: 21.65 %/yr fitted to 2 anchors (R² 1.0000)\n");
    }
}
