package jp.mgp.io.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mgp.io.json.Dtos.DeriveJson;
import jp.mgp.io.json.Dtos.SeriesJson;
import jp.mgp.model.Unit;

/** Checks a derived series: a known operation, inputs that exist in compatible units, no cycle through itself. */
final class DerivationValidator {

    private final Checks checks;

    DerivationValidator(Checks checks) {
        this.checks = checks;
    }

    void validate(SeriesJson s, String seriesPath, Map<String, SeriesJson> byId) {
        String path = seriesPath + ".derive";
        DeriveJson d = s.derive();
        if (!checks.present(d.op(), path + ".op")) {
            return;
        }
        int min;
        int max;
        switch (d.op()) {
            case "sum":
                min = 1;
                max = 100;
                break;
            case "difference":
            case "ratio":
                min = 2;
                max = d.op().equals("ratio") ? 2 : 100;
                break;
            case "scale":
                min = 1;
                max = 1;
                break;
            default:
                checks.add(path + ".op", "must be one of sum, difference, ratio, scale", d.op());
                return;
        }
        if (!checks.present(d.inputs(), path + ".inputs")) {
            return;
        }
        List<String> inputs = d.inputs();
        if (inputs.size() < min || inputs.size() > max) {
            checks.add(path + ".inputs", "a " + d.op() + " takes " + (min == max ? "exactly " + min
                    : min + " to " + max) + " input series", inputs.size());
        }
        for (int i = 0; i < inputs.size(); i++) {
            String in = inputs.get(i);
            String at = Checks.at(path + ".inputs", i);
            SeriesJson input = byId.get(in);
            if (input == null) {
                checks.add(at, "names no series of this file", in);
            } else if (in.equals(s.id())) {
                checks.add(at, "a series cannot be derived from itself", in);
            } else if ((d.op().equals("sum") || d.op().equals("difference")) && !convertible(input.unit(), s.unit())) {
                checks.add(at, "is in " + input.unit() + ", which cannot be added to " + s.unit(), in);
            }
        }
        if (d.op().equals("scale") || d.op().equals("ratio")) {
            if (d.op().equals("scale") && checks.finite(d.factor(), path + ".factor") && d.factor() == 0) {
                checks.add(path + ".factor", "must not be zero", d.factor());
            } else if (d.factor() != null) {
                checks.finite(d.factor(), path + ".factor");
            }
        } else if (d.factor() != null) {
            checks.add(path + ".factor", "does not apply to a " + d.op(), d.factor());
        }
        if (reachesItself(s.id(), byId)) {
            checks.add(path + ".inputs", "series '" + s.id() + "' depends on itself through its inputs", inputs);
        }
    }

    private static boolean convertible(String a, String b) {
        return a == null || b == null || !Unit.isCode(a) || !Unit.isCode(b)
                || Unit.fromCode(a).convertibleTo(Unit.fromCode(b));
    }

    private static boolean reachesItself(String start, Map<String, SeriesJson> byId) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            SeriesJson s = byId.get(todo.pop());
            if (s == null || s.derive() == null || s.derive().inputs() == null) {
                continue;
            }
            for (String in : s.derive().inputs()) {
                if (start.equals(in) && !start.equals(s.id())) {
                    return true;
                }
                if (in != null && seen.add(in)) {
                    todo.push(in);
                }
            }
        }
        return false;
    }
}
