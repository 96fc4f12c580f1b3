package jp.mgp.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

/**
 * How the assumptions table counts a cell's lines, with every character one unit wide so the counts can be worked
 * out by hand: Japanese breaks between characters but not before closing punctuation, a quarter unit goes where
 * Japanese meets a digit or letter (as LibreOffice and PowerPoint space "2024 年"), and each line says whether it
 * holds Japanese, whose lines are set taller.
 */
class TableLayoutLinesTest {

    private static final ToDoubleFunction<String> UNIT = String::length;

    @Test
    void japaneseMeetingDigitsTakesAQuarterCharacterMore() {
        // "2024年" is 5 units of text and 0.25 of space: more than 5.
        assertThat(TableLayout.lines("2024\u5e74", UNIT, 5)).isEqualTo(2);
        assertThat(TableLayout.lines("2024\u5e74", UNIT, 5.25)).isEqualTo(1);
        assertThat(TableLayout.lines("2024 \u5e74", UNIT, 6)).isEqualTo(1);
    }

    @Test
    void closingPunctuationGoesDownWithTheCharacterBeforeIt() {
        // In 3 units "あいう。え" would leave "。" to open line 2; "う。" goes down together: あい / う。え.
        assertThat(TableLayout.japaneseLines("\u3042\u3044\u3046\u3002\u3048", UNIT, 3)).hasSize(2);
        assertThat(TableLayout.japaneseLines("\u3042\u3044\u3046\u3002\u3048\u304a", UNIT, 3)).hasSize(3);
    }

    @Test
    void eachLineSaysWhetherItHoldsJapanese() {
        // In 4 units: "abc " / "def" / "あい" (the quarter space before "あ" puts it past 4 after "def").
        assertThat(TableLayout.japaneseLines("abc def\u3042\u3044", UNIT, 4)).containsExactly(false, false, true);
        assertThat(TableLayout.japaneseLines("Global Market\n\u56fd\u969b", UNIT, 8))
                .containsExactly(false, false, true);
    }
}
