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
        if (args.length > 0 && MgpCli.isCommand(args[0])) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(MgpCli.run(args, out, err));
        }
        MgpApplication.launchWith(args);
    }
}
