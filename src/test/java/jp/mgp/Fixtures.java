package jp.mgp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;

/** The shipped default projection and the test fixtures, read once per call through the real file format. */
public final class Fixtures {

    public static final Path DEFAULT = Path.of("projections", "japan-ai-2040.json");
    public static final Path FIXTURES = Path.of("src", "test", "resources", "projections");

    private Fixtures() {
    }

    public static Projection defaultProjection() {
        return read(DEFAULT);
    }

    public static Projection fixture(String name) {
        return read(FIXTURES.resolve(name));
    }

    /**
     * The shipped file with METI's 2030 digital deficit typed as +10 instead of -10, written into {@code dir}: the
     * 2024-2030 segment then aims at a target of the other sign than 2024's -6.7, so the engine cannot compute
     * 2025 to 2029 (in every scenario) and warns of it.
     */
    public static Path deficitTypedPositive(Path dir) throws IOException {
        String text = Files.readString(DEFAULT);
        String deficit = "\"year\": 2030,\n          \"value\": -10,";
        if (text.indexOf(deficit) < 0 || text.indexOf(deficit) != text.lastIndexOf(deficit)) {
            throw new AssertionError("the shipped file no longer has METI's 2030 deficit once, as -10");
        }
        Path file = dir.resolve("flipped.json");
        Files.writeString(file, text.replace(deficit, "\"year\": 2030,\n          \"value\": 10,"));
        return file;
    }

    private static Projection read(Path path) {
        try {
            return ProjectionFiles.read(path);
        } catch (InvalidProjectionException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
