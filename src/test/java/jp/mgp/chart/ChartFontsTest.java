package jp.mgp.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
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
    void afterRegisteringTwiceAwtHasOneFaceOfTheFamilyAndItIsTheBundledFile() throws Exception {
        ChartFonts.registerWithAwt();
        ChartFonts.registerWithAwt();
        Font bundled;
        try (InputStream in = ChartFonts.open()) {
            bundled = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        List<Font> faces = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .filter(f -> f.getFamily(Locale.ROOT).equals(ChartFonts.FAMILY)).toList();
        assertThat(faces).hasSize(1);
        Font drawn = ChartFonts.font(Font.PLAIN, 12);
        assertThat(drawn.getFontName(Locale.ROOT)).isEqualTo(bundled.getFontName(Locale.ROOT));
        assertThat(drawn.getNumGlyphs()).isEqualTo(bundled.getNumGlyphs()).isGreaterThan(10_000);
    }
}
