package jp.mgp.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** mgp's own entry point in a JVM of its own, without a display, as a script on a server would start it. */
final class LauncherProcess {

    /** How the process ended: by itself within the time given, and its exit code (-1 when it was stopped). */
    record Ended(boolean byItself, int exitCode) {
    }

    private LauncherProcess() {
    }

    /**
     * Runs {@link Launcher} with {@code jvmOptions} and {@code args} on the tests' class path, with {@code environment}
     * added to this one's less the display, its standard output and error to {@code out} and {@code err} (the same
     * file for both is allowed), for at most {@code seconds}.
     */
    static Ended run(List<String> jvmOptions, List<String> args, Map<String, String> environment, Path out, Path err,
                     int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(args);
        ProcessBuilder launch = new ProcessBuilder(command).redirectOutput(out.toFile());
        if (out.equals(err)) {
            launch.redirectErrorStream(true);
        } else {
            launch.redirectError(err.toFile());
        }
        launch.environment().remove("DISPLAY");
        launch.environment().remove("WAYLAND_DISPLAY");
        launch.environment().putAll(environment);
        Process process = launch.start();
        if (process.waitFor(seconds, TimeUnit.SECONDS)) {
            return new Ended(true, process.exitValue());
        }
        process.destroyForcibly().waitFor();
        return new Ended(false, -1);
    }
}
