package jp.mgp.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The growth models a segment can follow, each with the word the file uses, its parameters with their allowed
 * ranges, and how a segment is built from named parameters. This is the one place those facts live: the file
 * reader, the editor's controls, the edits and the solvers all ask here.
 */
public enum GrowthModel {
    COMPOUND("compound", "model.compound", List.of(Parameter.RATE)),
    LINEAR("linear", "model.linear", List.of(Parameter.INCREMENT)),
    LOGISTIC("logistic", "model.logistic", List.of(Parameter.CAPACITY, Parameter.STEEPNESS, Parameter.MIDPOINT)),
    HOLD("hold", "model.hold", List.of()),
    TARGET("target", "model.target", List.of(Parameter.VALUE));

    /** How a parameter is measured, so an editor can show it in the user's terms. */
    public enum Measure {
        /** A fraction per year, shown in per cent (0.216 is 21.6 %/yr). */
        RATE_PER_YEAR(100, 0.001),
        /** The series' own unit per year. */
        AMOUNT_PER_YEAR(1, Double.NaN),
        /** The series' own unit. */
        AMOUNT(1, Double.NaN),
        /** A pure number per year (how fast an S-curve turns). */
        PER_YEAR(1, 0.01),
        /** A calendar year, possibly fractional. */
        YEAR(1, 1);

        private final double displayScale;
        private final double step;

        Measure(double displayScale, double step) {
            this.displayScale = displayScale;
            this.step = step;
        }

        /** What a stored value is multiplied by to show it (100 for a rate shown in per cent). */
        public double displayScale() {
            return displayScale;
        }

        /** The natural step of an editor's control, as a stored value; NaN where it depends on the value's size. */
        public double step() {
            return step;
        }
    }

    /**
     * A named growth parameter and the values it may take: from {@code lower} (excluded when {@code lowerOpen})
     * to {@code upper} (included). Every bound is finite, so a NaN or an infinity is never allowed.
     */
    public enum Parameter {
        /** Above -100 %/yr (which would wipe the series out) and at most +1,000 %/yr. */
        RATE("rate", "parameter.rate", -1, true, 10, Measure.RATE_PER_YEAR),
        INCREMENT("increment", "parameter.increment", -1e12, false, 1e12, Measure.AMOUNT_PER_YEAR),
        /** How far the S-curve rises in all (negative: an S-shaped fall). */
        CAPACITY("capacity", "parameter.capacity", -1e12, false, 1e12, Measure.AMOUNT),
        /** 0 (flat) to 10 per year (the whole rise within about a year). */
        STEEPNESS("steepness", "parameter.steepness", 0, false, 10, Measure.PER_YEAR),
        /** The year of fastest growth, kept within three centuries of 2000. */
        MIDPOINT("midpoint", "parameter.midpoint", 1700, false, 2300, Measure.YEAR),
        VALUE("value", "parameter.value", -1e12, false, 1e12, Measure.AMOUNT);

        private final String id;
        private final String labelKey;
        private final double lower;
        private final boolean lowerOpen;
        private final double upper;
        private final Measure measure;

        Parameter(String id, String labelKey, double lower, boolean lowerOpen, double upper, Measure measure) {
            this.id = id;
            this.labelKey = labelKey;
            this.lower = lower;
            this.lowerOpen = lowerOpen;
            this.upper = upper;
            this.measure = measure;
        }

        /** The name used in files, scenario overrides and edits. */
        public String id() {
            return id;
        }

        public double lower() {
            return lower;
        }

        public boolean lowerOpen() {
            return lowerOpen;
        }

        public double upper() {
            return upper;
        }

        public Measure measure() {
            return measure;
        }

        /** The lowest value an editor or a solver can offer: the lower bound, or one step above an open one. */
        public double lowestUsable() {
            return lowerOpen ? lower + measure.step() : lower;
        }

        public boolean allows(double value) {
            return Double.isFinite(value) && (lowerOpen ? value > lower : value >= lower) && value <= upper;
        }

        /** The parameter's name in the user's words. */
        public String label(Locale locale) {
            return ModelText.get(labelKey, locale);
        }

        /** The parameter's name in both languages, for a message. */
        public LocalizedText label() {
            return ModelText.both(labelKey);
        }

        public static Optional<Parameter> byId(String id) {
            for (Parameter p : values()) {
                if (p.id.equals(id)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    private final String id;
    private final String labelKey;
    private final List<Parameter> parameters;

    GrowthModel(String id, String labelKey, List<Parameter> parameters) {
        this.id = id;
        this.labelKey = labelKey;
        this.parameters = List.copyOf(parameters);
    }

    /** The word used in files: compound, linear, logistic, hold, target. */
    public String id() {
        return id;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::id).toList();
    }

    public boolean has(String parameter) {
        return parameters.stream().anyMatch(p -> p.id().equals(parameter));
    }

    /** The model's name in the user's words ("compound growth", 「複利成長」). */
    public String label(Locale locale) {
        return ModelText.get(labelKey, locale);
    }

    public static Optional<GrowthModel> byId(String id) {
        for (GrowthModel m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The words the file may use for a model, for a message: compound, linear, logistic, hold, target. */
    public static String ids() {
        return String.join(", ", java.util.Arrays.stream(values()).map(GrowthModel::id).toList());
    }

    /**
     * A segment of this model over {@code from}-{@code to} with the given parameters. A target without a value
     * aims at the series' pinned anchor in year {@code to}; every other parameter must be given. The values are
     * not checked here: {@link ProjectionRules} says which are allowed, with their place.
     *
     * @throws IllegalArgumentException naming a parameter that is missing
     */
    public Segment create(int from, int to, Map<String, Double> parameters, Basis basis) {
        return switch (this) {
            case COMPOUND -> new Segment.Compound(from, to, need(parameters, Parameter.RATE), basis);
            case LINEAR -> new Segment.Linear(from, to, need(parameters, Parameter.INCREMENT), basis);
            case LOGISTIC -> new Segment.Logistic(from, to, need(parameters, Parameter.CAPACITY),
                    need(parameters, Parameter.STEEPNESS), need(parameters, Parameter.MIDPOINT), basis);
            case HOLD -> new Segment.Hold(from, to, basis);
            case TARGET -> {
                Double value = parameters.get(Parameter.VALUE.id());
                yield new Segment.Target(from, to, value == null ? Double.NaN : value, basis);
            }
        };
    }

    private double need(Map<String, Double> parameters, Parameter p) {
        Double v = parameters.get(p.id());
        if (v == null) {
            throw new IllegalArgumentException("a " + id + " segment needs its " + p.id());
        }
        return v;
    }

    /**
     * A segment of this model over {@code from}-{@code to} that keeps a series' values {@code start} in year
     * {@code from} and {@code end} in year {@code to}, for turning a segment into another model without a jump.
     * A compound rate needs two values of one sign; otherwise it starts flat (0 %/yr). The S-curve is centred
     * on the segment with steepness 0.5 and rises exactly from start to end over it.
     */
    public Segment keeping(int from, int to, double start, double end, Basis basis) {
        int years = to - from;
        return switch (this) {
            case COMPOUND -> new Segment.Compound(from, to, start != 0 && Math.signum(start) == Math.signum(end)
                    ? Math.pow(end / start, 1.0 / years) - 1 : 0.0, basis);
            case LINEAR -> new Segment.Linear(from, to, (end - start) / years, basis);
            case LOGISTIC -> {
                double steepness = 0.5;
                double midpoint = from + years / 2.0;
                Segment.Logistic unit = new Segment.Logistic(from, to, 1, steepness, midpoint, basis);
                double rise = unit.at(to) - unit.at(from);
                yield new Segment.Logistic(from, to, (end - start) / rise, steepness, midpoint, basis);
            }
            case HOLD -> new Segment.Hold(from, to, basis);
            case TARGET -> new Segment.Target(from, to, end, basis);
        };
    }
}
