package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Help → About names the version the build wrote, the one `mgp --version` prints, in the window's language. */
class AboutBoxTest {

    @Test
    void theAboutBoxShowsThePomsVersionInEitherLanguage() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int at = pom.indexOf("<version>", pom.indexOf("<artifactId>mgp</artifactId>"));
        String version = pom.substring(at + "<version>".length(), pom.indexOf("</version>", at));

        assertThat(AboutBox.text(new Messages(Messages.ENGLISH))).startsWith("Version " + version + "\n\n")
                .contains("sourced, derived by the source's rule, or an assumption");
        assertThat(AboutBox.text(new Messages(Messages.JAPANESE))).startsWith("バージョン " + version + "\n\n")
                .contains("出所の数値");
    }
}
