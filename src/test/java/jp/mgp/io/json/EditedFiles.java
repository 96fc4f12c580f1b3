package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A fixture file edited as a JSON tree and read again, for the tests of what a reader refuses and where. */
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
}
