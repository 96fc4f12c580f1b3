package jp.mgp.io.json;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A file that cannot be read as a projection, with every problem found in it. {@link #getMessage()} is the
 * CLI's English text (one line per problem with the file and the JSON path); the window shows
 * {@link #message(Locale)}.
 */
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

    /**
     * Every problem in {@code locale}'s language (Japanese or English), one paragraph each: the place in words
     * (series name, segment years), what is wrong and the value found, with the JSON path below as detail. The
     * file is not named: the dialog around it does that.
     */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
    }
}
