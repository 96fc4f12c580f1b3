package jp.mgp.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.mgp.io.json.AtomicFiles;

/**
 * The bundled font as a file JavaFX can read in place. JavaFX copies a font given as a stream or from inside a
 * jar to a temporary file at every start (about 35 ms of the start for the 6 MB font); a font file it reads
 * where it lies. So a font inside the jar is copied once to mgp's folder and read from there afterwards.
 */
final class FontFile {

    private FontFile() {
    }

    /**
     * @param resource the font as the class loader finds it
     * @param folder   where a copy is kept when {@code resource} is not a file
     * @return a {@code file:} URL of the font
     * @throws IOException when no copy can be made (the caller then hands JavaFX a stream)
     */
    static String inPlace(URL resource, Path folder) throws IOException {
        if (resource.getProtocol().equals("file")) {
            return resource.toExternalForm();
        }
        URLConnection connection = resource.openConnection();
        long size = connection.getContentLengthLong();
        Path copy = folder.resolve(resource.getPath().substring(resource.getPath().lastIndexOf('/') + 1));
        if (size < 0 || !Files.isRegularFile(copy) || Files.size(copy) != size) {
            try (InputStream in = connection.getInputStream()) {
                Files.createDirectories(folder);
                AtomicFiles.write(copy, in.readAllBytes());
            }
        }
        return copy.toUri().toString();
    }
}
