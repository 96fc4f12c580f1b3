package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key exists in both languages, is not empty, and is used somewhere in the code or the layouts. */
class LocalizationConsistencyTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/jp/mgp/ui/messages", "/jp/mgp/chart/messages", "/jp/mgp/io/export/messages",
            "/jp/mgp/model/messages", "/jp/mgp/io/json/messages", "/jp/mgp/presentation/messages",
            "/jp/mgp/cli/messages", "/jp/mgp/io/table/messages"})
    void everyKeyIsInBothLanguagesAndUsed(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties ja = load(bundle + "_ja.properties");
        assertThat(new TreeSet<>(ja.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        ja.forEach((k, v) -> assertThat((String) v).as("ja " + k).isNotBlank());
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                code.append(Files.readString(f));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!code.toString().contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }
}
