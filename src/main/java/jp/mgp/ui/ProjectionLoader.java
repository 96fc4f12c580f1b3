package jp.mgp.ui;

import java.nio.file.Path;

import javafx.concurrent.Task;

import jp.mgp.io.json.ProjectionFiles;
import jp.mgp.model.Projection;

/** Reads a scenario file off the FX thread; the task fails with the validator's message naming every problem. */
final class ProjectionLoader extends Task<Projection> {

    private final Path file;

    ProjectionLoader(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    @Override
    protected Projection call() throws Exception {
        return ProjectionFiles.read(file);
    }
}
