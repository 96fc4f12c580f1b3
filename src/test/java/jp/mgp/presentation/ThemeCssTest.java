package jp.mgp.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The window's stylesheet and the charts and exports draw in the same colours: JavaFX CSS cannot read Java
 * constants, so the stylesheet defines each colour once, as a looked-up colour in its {@code .root} block, and
 * this compares those with {@link Theme}'s.
 */
class ThemeCssTest {

    private static final Path CSS = Path.of("src", "main", "resources", "jp", "mgp", "ui", "mgp.css");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(|\\bhsba?\\("
            + "|:\\s*(white|black|red|green|blue|grey|gray|transparent)\\s*;");

    private static String css() throws IOException {
        // Comments may name colours in words; only declarations count.
        return Files.readString(CSS).replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String rootBlock(String css) {
        Matcher m = Pattern.compile("(?s)\\.root\\s*\\{(.*?)}").matcher(css);
        assertThat(m.find()).as(".root block").isTrue();
        return m.group(1);
    }

    @Test
    void theRootBlockDefinesExactlyTheThemesColours() throws IOException {
        Map<String, String> defined = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-mgp-[a-z-]+)\\s*:\\s*([^;]+);").matcher(rootBlock(css()));
        while (m.find()) {
            defined.put(m.group(1), m.group(2).trim().toLowerCase());
        }
        assertThat(defined).isEqualTo(Theme.cssColours());
        assertThat(Theme.cssColours()).containsEntry("-mgp-ink", "#22262b").containsEntry("-mgp-assumption-text",
                "#8a4b08");
    }

    @Test
    void noColourIsWrittenOutsideTheRootBlock() throws IOException {
        String css = css();
        String root = rootBlock(css);
        String rest = css.replace(root, "");
        Matcher m = COLOUR.matcher(rest);
        TreeSet<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(found).as("colours written outside .root").isEmpty();
        // The transparent border sides are not colours of the theme; everything else is looked up.
        Matcher root2 = Pattern.compile("-fx-[a-z-]+:\\s*(#[0-9a-fA-F]+)").matcher(root);
        assertThat(root2.find()).as("a JavaFX property in .root given a colour directly").isFalse();
    }

    @Test
    void everyLookedUpColourTheSheetUsesIsDefined() throws IOException {
        Matcher m = Pattern.compile("(-mgp-[a-z-]+)").matcher(css());
        TreeSet<String> used = new TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(Theme.cssColours().keySet()).containsAll(used);
    }

    @Test
    void theChartsExportsAndWindowWriteNoColourOfTheirOwn() throws IOException {
        Pattern literal = Pattern.compile("new Color\\(0x|Color\\.(decode|web)\\(\"#|\"#?[0-9a-fA-F]{6}\"");
        TreeSet<String> found = new TreeSet<>();
        for (String dir : new String[] {"chart", "io/export", "ui"}) {
            try (var files = Files.walk(Path.of("src", "main", "java", "jp", "mgp").resolve(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        found.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("colours written outside Theme").isEmpty();
    }
}
