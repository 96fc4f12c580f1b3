package jp.mgp.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where mgp's {@link System.Logger} messages go: java.util.logging (the JDK's own backend for System.Logger) with
 * a file handler over {@code ~/.mgp/logs/mgp-0.log} (the newest) to {@code mgp-4.log}, 1 MB each, so a problem
 * the window only summed up can be looked up afterwards with its cause. Configured once at start-up; tests
 * configure a folder of their own or none.
 */
final class Logging {

    static final int FILE_LIMIT = 1_000_000;
    static final int FILES = 5;

    private Logging() {
    }

    /** The user's log folder, {@code ~/.mgp/logs}. */
    static Path userFolder() {
        return Path.of(System.getProperty("user.home"), ".mgp", "logs");
    }

    /**
     * Sends every message at INFO and above to rotating files in {@code folder}.
     *
     * @return the handler added to the root logger (a test removes and closes it again)
     */
    static FileHandler toFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileHandler files = new FileHandler(folder.resolve("mgp-%g.log").toString(), FILE_LIMIT, FILES, true);
        files.setEncoding("UTF-8");
        files.setLevel(Level.INFO);
        files.setFormatter(new Lines());
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(files);
        return files;
    }

    /** One line per message (time, level, where, what), then the cause's stack trace, if any. */
    static final class Lines extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord entry) {
            StringBuilder line = new StringBuilder().append(TIME.format(Instant.ofEpochMilli(entry.getMillis())))
                    .append(' ').append(entry.getLevel().getName()).append(' ').append(entry.getLoggerName())
                    .append(": ").append(formatMessage(entry)).append(System.lineSeparator());
            if (entry.getThrown() != null) {
                StringWriter trace = new StringWriter();
                entry.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
