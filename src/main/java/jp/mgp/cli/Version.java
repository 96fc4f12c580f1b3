package jp.mgp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;

/**
 * mgp's version as the build wrote it into {@code version.properties} (the pom's version), so that
 * {@code mgp --version}, the installer and the jar never disagree.
 */
public final class Version implements CommandLine.IVersionProvider {

    /** The pom's version, such as {@code 0.1.0}. */
    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mgp " + number()};
    }
}
