package jp.mgp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of an Office file (a zip) by name and digest, to compare two exports. The core properties hold the
 * time of writing and are left out; an embedded workbook is a zip of its own and is opened in turn.
 */
public final class ZipParts {

    private ZipParts() {
    }

    public static Map<String, String> of(Path file) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.endsWith(".xlsx")) {
                    Path inner = Files.createTempFile("embedded", ".xlsx");
                    Files.write(inner, zip.readAllBytes());
                    of(inner).forEach((k, v) -> parts.put(name + "!" + k, v));
                    Files.delete(inner);
                } else if (!name.equals("docProps/core.xml")) {
                    parts.put(name, digest(zip));
                }
            }
        }
        return parts;
    }

    private static String digest(InputStream in) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
