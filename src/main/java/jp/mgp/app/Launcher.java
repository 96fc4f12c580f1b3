package jp.mgp.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import jp.mgp.cli.MgpCli;

/**
 * The jar's entry point. It does not extend {@code Application}, so JavaFX starts from the classpath; with a
 * command, or anything that is not a file, it runs headless; with nothing or a file it opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // The window draws with JavaFX; AWT only draws exports in memory, so it needs no display connection
        // (connecting costs start-up time and fails on a machine without a display).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        jp.mgp.presentation.AwtFonts.prepare();
        if (!opensWindow(args)) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(MgpCli.run(args, out, err));
        }
        MgpApplication.launchWith(args);
    }

    /**
     * Whether the arguments ask for the window: none, or a file to open (a name ending in .json, or a file that
     * exists). Anything else is a command line, so that a mistyped command ({@code mgp tabel FILE}) is answered
     * with the usage error and a suggestion (exit 2) rather than with a window, or a crash where there is no display.
     */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        // A scenario file opens the window at once, without building the command line's model (a start-up cost).
        if (first.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        if (MgpCli.isCommand(first)) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(first));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
