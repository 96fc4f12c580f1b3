package jp.mgp.io.json;

/**
 * One thing wrong with a file: where (a JSON path such as {@code $.series[2].segments[0].rate}), what, and the
 * value found there (empty when the field is missing).
 */
public record Problem(String path, String message, String found) {

    /** {@code file: path: message (found: value)}, the line the CLI prints and the window lists. */
    public String describe(String file) {
        return file + ": " + path + ": " + message + (found == null || found.isEmpty() ? "" : " (found: " + found + ")");
    }
}
