package jp.mgp.io.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects problems by JSON path; a path reported once (say, as mistyped) is not reported again as missing. */
final class Checks {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    void add(String path, String message, Object found) {
        if (reported.add(path + "\u0000" + message) && !(found == null && reported.contains(path))) {
            problems.add(new Problem(path, message, found == null ? "" : String.valueOf(found)));
        }
        reported.add(path);
    }

    boolean has(String path) {
        return reported.contains(path);
    }

    List<Problem> problems() {
        return problems;
    }

    boolean present(Object value, String path) {
        if (value == null) {
            add(path, "is required", null);
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
            add(path, "must be a year from " + MIN_YEAR + " to " + MAX_YEAR, year);
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
            add(path, "must be a finite number", value);
            return false;
        }
        return true;
    }

    /** A growth rate as a fraction: above -100 %/yr (which would wipe the series out) and at most +1,000 %/yr. */
    boolean rate(Double rate, String path) {
        if (!finite(rate, path)) {
            return false;
        }
        if (rate <= -1) {
            add(path, "must be greater than -100 % a year (-1.0); a rate of -100 % or less leaves nothing to grow",
                    rate);
            return false;
        }
        if (rate > 10) {
            add(path, "must be at most +1,000 % a year (10.0); rates are fractions, so 21.6 % is 0.216", rate);
            return false;
        }
        return true;
    }

    boolean size(List<?> list, String path, int max) {
        if (list != null && list.size() > max) {
            add(path, "has " + list.size() + " entries; at most " + max + " are allowed", list.size());
            return false;
        }
        return true;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }
}
