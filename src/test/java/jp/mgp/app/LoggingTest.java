package jp.mgp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.ui.RecoveryFile;

/** mgp's messages reach a log file with their cause (in a folder of the test's own, never the user's). */
class LoggingTest {

    @TempDir
    Path logs;

    @TempDir
    Path home;

    @Test
    void aRecoveryCopyThatCannotBeReadIsLoggedWithItsCause() throws Exception {
        FileHandler handler = Logging.toFolder(logs);
        try {
            RecoveryFile recovery = new RecoveryFile(home);
            Files.writeString(recovery.path(), "{ not json");
            try {
                recovery.read();
            } catch (RecoveryFile.SetAside expected) {
                // What the window tells the user; the log keeps why.
            }
            System.getLogger("jp.mgp.test").log(System.Logger.Level.INFO, "\u672a\u4fdd\u5b58 kept");
            handler.flush();
        } finally {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
        String log = Files.readString(logs.resolve("mgp-0.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("WARNING jp.mgp.ui.RecoveryFile: the recovery copy " + recovery(home)
                + " cannot be read; setting it aside");
        assertThat(log).contains("jp.mgp.io.json.InvalidProjectionException: " + recovery(home) + ": $: is not valid "
                + "JSON at line 1, column 3");
        assertThat(log).contains("INFO jp.mgp.test: \u672a\u4fdd\u5b58 kept");
    }

    @Test
    void eachFileIsKeptToALimitAndTheOlderOnesRotate() throws Exception {
        FileHandler handler = Logging.toFolder(logs);
        // A thousand lines for the file, none for the test's console.
        java.util.logging.Logger quiet = Logger.getLogger("jp.mgp.test.rotation");
        quiet.setUseParentHandlers(false);
        quiet.addHandler(handler);
        try {
            System.Logger log = System.getLogger("jp.mgp.test.rotation");
            String line = "x".repeat(1000);
            for (int i = 0; i < Logging.FILE_LIMIT / 1000 + 50; i++) {
                log.log(System.Logger.Level.INFO, line);
            }
            handler.flush();
        } finally {
            quiet.removeHandler(handler);
            quiet.setUseParentHandlers(true);
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
        assertThat(logs.resolve("mgp-1.log")).exists();
        assertThat(Files.size(logs.resolve("mgp-1.log"))).isLessThanOrEqualTo(Logging.FILE_LIMIT + 2000);
        assertThat(Files.size(logs.resolve("mgp-0.log"))).isLessThan(Logging.FILE_LIMIT);
    }

    private static Path recovery(Path folder) {
        return folder.resolve("recovery.json");
    }
}
