package jp.mgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input the hostile-file properties ever found a defect with, kept under src/test/resources/fuzz-regressions
 * and replayed through the same two-outcome contract ({@link HostileFiles}) on every build.
 */
class FuzzRegressionsTest {

    static final Path REGRESSIONS = Path.of("src", "test", "resources", "fuzz-regressions");

    @TempDir
    Path dir;

    static Stream<Path> regressions() throws IOException {
        try (Stream<Path> files = Files.list(REGRESSIONS)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("regressions")
    void aFileThatOnceBrokeTheContractNowKeepsIt(Path file) throws IOException {
        assertThat(new HostileFiles(dir, 1).check(Files.readAllBytes(file))).isNotNull();
    }

    /** The check reads mgp's own words only: the value found is taken out whole, or as a message cut it. */
    @Test
    void theValueFoundIsTakenOutWholeOrCut() {
        String found = "{\"@class\":\"java.lang.Runtime\"}";
        assertThat(HostileFiles.withoutEcho("unit x is unknown (found: " + found + ")", found))
                .isEqualTo("unit x is unknown (found: )");
        assertThat(HostileFiles.withoutEcho("unit x is unknown (found: {\"@class\":\"java.lang.\u2026)", found))
                .isEqualTo("unit x is unknown (found: )");
        assertThat(HostileFiles.withoutEcho("java.lang.NullPointerException (found: 12\u2026)", "1234"))
                .isEqualTo("java.lang.NullPointerException (found: )");
    }
}
