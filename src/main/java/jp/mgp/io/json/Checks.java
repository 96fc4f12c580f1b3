package jp.mgp.io.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.mgp.model.GrowthModel;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.Place;
import jp.mgp.model.ProjectionRules;
import jp.mgp.model.RuleProblem;

/** Collects problems by JSON path; a path reported once (say, as mistyped) is not reported again as missing. */
final class Checks {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    /** Reports what {@code key} of the reader's messages says, with {@code args} put in, at {@code path}. */
    void report(String path, String key, Object found, Object... args) {
        add(path, FileText.both(key, args), found);
    }

    /** Reports a problem a rule of the model found, at its place. */
    void add(RuleProblem p) {
        if (reported.add(p.place().path() + "\u0000" + p.message().en())) {
            problems.add(new Problem(p.place().path(), p.place().words(), p.message(), p.found()));
        }
        reported.add(p.place().path());
    }

    private void add(String path, LocalizedText text, Object found) {
        if (reported.add(path + "\u0000" + text.en()) && !(found == null && reported.contains(path))) {
            problems.add(new Problem(path, LocalizedText.EMPTY, text, found == null ? "" : String.valueOf(found)));
        }
        reported.add(path);
    }

    boolean has(String path) {
        return reported.contains(path);
    }

    /** Whether no problem was found at {@code path} or inside it. */
    boolean clean(String path) {
        return problems.stream().noneMatch(p -> p.path().equals(path) || p.path().startsWith(path + ".")
                || p.path().startsWith(path + "["));
    }

    List<Problem> problems() {
        return problems;
    }

    void replaceAll(java.util.function.UnaryOperator<Problem> f) {
        problems.replaceAll(f);
    }

    boolean present(Object value, String path) {
        if (value == null) {
            report(path, "required", null);
            return false;
        }
        return true;
    }

    /** A required year within 1900-2200. */
    boolean year(Integer year, String path) {
        if (!present(year, path)) {
            return false;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            report(path, "year", year, MIN_YEAR, MAX_YEAR);
            return false;
        }
        return true;
    }

    /** A required finite number. */
    boolean finite(Double value, String path) {
        if (!present(value, path)) {
            return false;
        }
        if (!Double.isFinite(value)) {
            report(path, "finite", value);
            return false;
        }
        return true;
    }

    /** A growth rate within the model's bounds ({@link GrowthModel.Parameter#RATE}), worded by the model. */
    boolean rate(Double rate, String path) {
        if (!finite(rate, path)) {
            return false;
        }
        // The path ends in the parameter's own name, which the model's place adds back.
        String segment = path.substring(0, path.lastIndexOf('.'));
        Optional<RuleProblem> p = ProjectionRules.checkParameter(new Place(segment, LocalizedText.EMPTY),
                GrowthModel.Parameter.RATE, rate);
        p.map(x -> new RuleProblem(new Place(path, LocalizedText.EMPTY), x.message(), x.found())).ifPresent(this::add);
        return p.isEmpty();
    }

    boolean size(List<?> list, String path, int max) {
        if (list != null && list.size() > max) {
            report(path, "size", list.size(), list.size(), max);
            return false;
        }
        return true;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }
}
