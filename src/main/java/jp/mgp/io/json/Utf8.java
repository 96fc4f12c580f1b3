package jp.mgp.io.json;

import java.util.List;

/**
 * A file's bytes are read as UTF-8 only, as mgp writes them. A UTF-8 byte-order mark (Windows Notepad writes
 * one) is skipped; UTF-16 and UTF-32, which Jackson would quietly detect and accept, are refused with a message
 * saying to save as UTF-8, so that a file reads the same in every program. Bytes that are not UTF-8 are refused
 * by the parser at their line and column ({@link JsonErrors}).
 */
final class Utf8 {

    private Utf8() {
    }

    /** Where the text starts: after a UTF-8 byte-order mark, if there is one. */
    static int start(byte[] bytes, String file) throws InvalidProjectionException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF) {
            return 3;
        }
        if (wide(bytes)) {
            throw new InvalidProjectionException(file, List.of(new Problem("$", FilePlaces.words("$", null),
                    FileText.both("file.encoding"), "")));
        }
        return 0;
    }

    /** A UTF-16 or UTF-32 byte-order mark, or a zero byte among the first four (UTF-16/32 text without one). */
    private static boolean wide(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return true;
        }
        for (int i = 0; i < Math.min(4, b.length); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
