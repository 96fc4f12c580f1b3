package jp.mgp.io.export;

import java.nio.file.Path;
import java.util.Locale;

import jp.mgp.Fixtures;
import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;

/**
 * The process {@link KilledWritesTest} kills: saves two projections in turn ({@code save TARGET}), or exports the
 * deck in English and Japanese in turn ({@code export TARGET}), to the same file until it is killed. It says
 * "ready" once loaded, so the test's random delay falls on the writing, not on the start of the JVM, and "wrote"
 * after its first write, so the test learns how long one takes.
 */
public final class KilledWriteChild {

    private KilledWriteChild() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]);
        Projection a = Fixtures.defaultProjection();
        Projection b = Fixtures.fixture("all-models.json");
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            if (args[0].equals("save")) {
                ProjectionFiles.write(i % 2 == 0 ? b : a, target);
            } else {
                Exporter.export(a, "base", Exporter.Request.of(ExportFormat.PPTX,
                        i % 2 == 0 ? Locale.JAPANESE : Locale.ENGLISH), target);
            }
            if (i == 0) {
                System.out.println("wrote");
                System.out.flush();
            }
        }
    }
}
