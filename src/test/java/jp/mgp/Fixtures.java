package jp.mgp;

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

    private static Projection read(Path path) {
        try {
            return ProjectionFiles.read(path);
        } catch (InvalidProjectionException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
