package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ChartFontsTest {

    @Test
    void theBundledFileDeclaresTheFamilyChartsAskForAndAwtDrawsJapaneseWithIt() {
        assertThat(ChartFonts.registerWithAwt()).isEqualTo(ChartFonts.FAMILY).isEqualTo("IPAexGothic");
        Font font = ChartFonts.font(Font.BOLD, 20);
        assertThat(font.getFamily(Locale.ROOT)).isEqualTo("IPAexGothic");
        assertThat(font.getSize()).isEqualTo(20);
        assertThat(font.isBold()).isTrue();
        assertThat(font.canDisplayUpTo("バーティカルAI市場 兆円 労働需給ギャップ 2040")).isEqualTo(-1);
    }

    @Test
    void registeringAgainReadsNothingNew() {
        assertThat(ChartFonts.registerWithAwt()).isEqualTo(ChartFonts.registerWithAwt());
    }
}
