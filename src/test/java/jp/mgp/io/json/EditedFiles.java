package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A fixture file edited as a JSON tree and read again, or written back: what a reader refuses and where, and round trips. */
final class EditedFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EditedFiles() {
    }

    /**
     * Reads {@code file}, applies {@code edit} to its tree and reads the result as a projection, which must be
     * refused with a problem at the JSON {@code path} whose message contains {@code message}.
     */
    static InvalidProjectionException assertRefused(Path file, Consumer<ObjectNode> edit, String path,
                                                    String message) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(file));
        edit.accept(root);
        InvalidProjectionException e = catchThrowableOfType(() -> ProjectionFiles.parse(
                JSON.writeValueAsBytes(root), "u.json"), InvalidProjectionException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
        });
        return e;
    }

    /** Reads {@code file}, writes it into {@code dir} and expects the very same bytes, and the same projection read back. */
    static void assertWrittenBackByteForByte(Path file, Path dir) throws Exception {
        jp.mgp.model.Projection p = ProjectionFiles.read(file);
        Path copy = dir.resolve("copy.json");
        ProjectionFiles.write(p, copy);
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(file));
        assertThat(ProjectionFiles.read(copy)).isEqualTo(p);
    }
}
