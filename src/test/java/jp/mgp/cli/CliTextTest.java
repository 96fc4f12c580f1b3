package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The command line's words: every key in both languages, used by the command line's code, and a pattern that
 * MessageFormat accepts in each language.
 */
class CliTextTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliTextTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(in);
        }
        return p;
    }

    @Test
    void everyKeyIsInBothLanguagesUsedAndFormats() throws IOException {
        Properties en = load("/jp/mgp/cli/messages.properties");
        Properties ja = load("/jp/mgp/cli/messages_ja.properties");
        assertThat(new TreeSet<>(ja.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "jp", "mgp", "cli"))) {
            for (Path f : files.toList()) {
                code.append(Files.readString(f));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!code.toString().contains("\"" + key + "\"")) {
                unused.add(key);
            }
            for (Properties language : new Properties[] {en, ja}) {
                // Building the format checks the pattern (a broken choice would only fail when first printed).
                assertThat(new MessageFormat(language.getProperty(key)).getFormats()).as(key).isNotNull();
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void countsOfOneAndManyReadNaturallyInEnglish() {
        assertThat(CliText.get("validate.summary", Locale.ENGLISH, 1, 1, 0)).isEqualTo("1 file: 1 valid, 0 invalid");
        assertThat(CliText.get("validate.invalid", Locale.ENGLISH, "f.json", 2)).isEqualTo("f.json: invalid (2 problems)");
        assertThat(CliText.get("validate.warnings", Locale.ENGLISH, 1)).isEqualTo(", 1 warning");
    }
}
