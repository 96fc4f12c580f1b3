package jp.mgp.io.json;

import java.util.List;
import java.util.stream.Collectors;

/** A file that cannot be read as a projection, with every problem found in it. */
public final class InvalidProjectionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<Problem> problems;

    public InvalidProjectionException(String file, List<Problem> problems) {
        super(problems.stream().map(p -> p.describe(file)).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }
}
