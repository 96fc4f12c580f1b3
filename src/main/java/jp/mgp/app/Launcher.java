package jp.mgp.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jp.mgp.cli.MgpCli;

/**
 * The jar's entry point. It does not extend {@code Application}, so JavaFX starts from the classpath; with a
 * command it runs headless, with nothing or a file it opens the window.
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
        // A scenario file opens the window at once, without building the command line's model (a start-up cost).
        boolean file = args.length > 0 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        if (args.length > 0 && !file && MgpCli.isCommand(args[0])) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(MgpCli.run(args, out, err));
        }
        MgpApplication.launchWith(args);
    }
}
