package jp.mgp.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One change a scenario makes to a growth parameter of a series' segment (named by its index in the file), with
 * the reason in words. Every overridden step is the user's assumption.
 * <p>
 * An override is either absolute (the parameter is {@code amount}, whatever the base says) or relative to the
 * base, that is to the series' own parameter in the file as it stands now: {@link Change#POINTS} adds
 * {@code amount} percentage points to a rate, {@link Change#FACTOR} multiplies the parameter by {@code amount}.
 * A relative override follows the base when the base moves: "optimistic +5 pt" over a base of 40 % is 45 %.
 *
 * @param amount the parameter itself (absolute), the percentage points added (5 for +5 pt) or the factor
 */
public record ParameterOverride(String series, int segment, String parameter, Change change, double amount,
                                LocalizedText note) {

    /** How an override's amount relates to the base. */
    public enum Change {
        /** The parameter is the amount; the base does not matter. */
        ABSOLUTE,
        /** The base rate plus the amount in percentage points (rates only). */
        POINTS,
        /** The base parameter times the amount. */
        FACTOR
    }

    public ParameterOverride {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(change, "change");
        note = Objects.requireNonNullElse(note, LocalizedText.EMPTY);
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("an override's amount must be finite: " + amount);
        }
        if (change == Change.POINTS && !parameter.equals("rate")) {
            throw new IllegalArgumentException("percentage points apply to a rate, not to " + parameter);
        }
    }

    /** An absolute override, as every override was before relative ones existed. */
    public ParameterOverride(String series, int segment, String parameter, double value, LocalizedText note) {
        this(series, segment, parameter, Change.ABSOLUTE, value, note);
    }

    public boolean isRelative() {
        return change != Change.ABSOLUTE;
    }

    /** The same override with another amount and note, of the same kind. */
    public ParameterOverride with(Change newChange, double newAmount, LocalizedText newNote) {
        return new ParameterOverride(series, segment, parameter, newChange, newAmount, newNote);
    }

    /**
     * The parameter this override gives over a base parameter of {@code base}. Relative amounts are worked in
     * decimal, as a person reads them (21.6 % + 5 pt is exactly 26.6 %, not 26.600000000000001 %); NaN when
     * the override is relative and the base has no value (a target aimed at a known point).
     */
    public double applyTo(double base) {
        if (change == Change.ABSOLUTE) {
            return amount;
        }
        if (!Double.isFinite(base)) {
            return Double.NaN;
        }
        BigDecimal b = BigDecimal.valueOf(base);
        BigDecimal a = BigDecimal.valueOf(amount);
        return (change == Change.POINTS ? b.add(a.movePointLeft(2)) : b.multiply(a)).doubleValue();
    }

    /**
     * The override of the same kind as this one that gives {@code value} over {@code base}, as when the user
     * sets the parameter in the scenario: points stay points, a factor stays a factor (or becomes points, or
     * absolute for a parameter other than a rate, when the base is zero and no factor reaches the value).
     */
    public ParameterOverride reaching(double value, double base, LocalizedText newNote) {
        Change kind = kindFor(change, parameter, base);
        return with(kind, amountFor(kind, value, base), newNote);
    }

    /**
     * A new override the user makes by setting a parameter to {@code value} in a scenario: a rate relative to
     * the base in percentage points (so the scenario keeps its distance when the base moves), any other
     * parameter (a ceiling, a midpoint year, a yearly increment) absolute.
     */
    public static ParameterOverride made(String series, int segment, String parameter, double value, double base,
                                         LocalizedText note) {
        Change change = kindFor(parameter.equals("rate") ? Change.POINTS : Change.ABSOLUTE, parameter, base);
        return new ParameterOverride(series, segment, parameter, change, amountFor(change, value, base), note);
    }

    private static Change kindFor(Change wanted, String parameter, double base) {
        if (wanted == Change.ABSOLUTE || (Double.isFinite(base) && (wanted == Change.POINTS || base != 0))) {
            return wanted;
        }
        return Double.isFinite(base) && parameter.equals("rate") ? Change.POINTS : Change.ABSOLUTE;
    }

    private static double amountFor(Change change, double value, double base) {
        return switch (change) {
            case ABSOLUTE -> value;
            // The slider's value carries binary noise (26.6 / 100); ten decimals of a point is far below it.
            case POINTS -> BigDecimal.valueOf(value).subtract(BigDecimal.valueOf(base)).movePointRight(2)
                    .setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros().doubleValue();
            case FACTOR -> value / base;
        };
    }

    /**
     * How this override relates to the base, in both languages: "base 21.6 %/yr + 5 pt", "base 6.9 %/yr × 0.5"
     * or "fixed, not tied to the base"; in Japanese 基本の年率21.6%＋5pt, as the rule it changes reads (年率26.6%の
     * 複利成長), not 21.6%/年. {@code base} is the base parameter it is applied to now.
     */
    public LocalizedText relation(double base) {
        boolean rate = parameter.equals("rate");
        String en = rate ? percent(base) + " %/yr" : plain(base);
        String ja = rate ? "の年率" + percent(base) + "%" : plain(base);
        return switch (change) {
            case ABSOLUTE -> new LocalizedText("固定値（基本に連動しない）", "fixed, not tied to the base");
            case POINTS -> new LocalizedText("基本" + ja + (amount < 0 ? "−" : "＋") + plain(Math.abs(amount)) + "pt",
                    "base " + en + (amount < 0 ? " \u2212 " : " + ") + plain(Math.abs(amount)) + " pt");
            case FACTOR -> new LocalizedText("基本" + ja + "×" + plain(amount), "base " + en + " \u00d7 "
                    + plain(amount));
        };
    }

    /** 0.216 → "21.6", 0.0345 → "3.45": at least one decimal, at most two, as rates are written in the decks. */
    private static String percent(double fraction) {
        String s = fixed(fraction * 100, 2);
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }

    /** A number without grouping (a midpoint is a year, and years never print as "2,035"), up to four decimals. */
    private static String plain(double value) {
        return Double.isFinite(value) ? fixed(value, 4) : "?";
    }

    /**
     * {@code value} rounded to {@code decimals} places, trailing zeros dropped. Plain arithmetic, not BigDecimal or
     * a Formatter: this runs on every projection of a scenario, for every override, while a slider is dragged.
     */
    private static String fixed(double value, int decimals) {
        long scale = decimals == 2 ? 100 : 10_000;
        if (Math.abs(value) >= 1e12) {
            String plain = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString();
            // 1e300 written out plain is 301 digits, a line no one reads: beyond 24 characters, as Java writes it.
            return plain.length() <= 24 ? plain : Double.toString(value);
        }
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder digits = new StringBuilder(Long.toString(scaled % scale));
        while (digits.length() < decimals) {
            digits.insert(0, '0');
        }
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        String sign = value < 0 && scaled != 0 ? "-" : "";
        return sign + scaled / scale + (end == 0 ? "" : "." + digits.substring(0, end));
    }
}
