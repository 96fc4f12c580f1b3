package jp.mgp.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The units mgp's series are measured in, with conversion inside a dimension and formatting for a reader.
 * Formatting happens here and nowhere else: Japanese readers see {@code 35.0兆円} and {@code 200万人},
 * English readers {@code ¥35.0 tn} and {@code 2.0 m people}.
 * <p>
 * Besides the built-in units (the constants, whose codes files name), a user makes units of their own
 * ({@link #own}): a thing they count in both languages (台 / units, GWh, 契約者 / subscribers), a {@link Scale}
 * and the decimals shown. Japanese puts the scale word before the counter ({@code 1,234千台}); English writes it
 * in words ({@code 1,234 thousand units}), and counts in thousands and millions where Japanese counts in 万 and
 * 億, which English has no word for ({@code 120万台}: {@code 1,200 thousand units}). Units of the user's own
 * counting the same thing convert by their scales; each counted thing is a dimension of its own, so a sum or a
 * chart across different things is refused as across any two dimensions. A class rather than an enum so that
 * the user's units stand beside the built-in ones; the built-ins are single instances, compared by identity or
 * {@link #equals}.
 */
public final class Unit {
    /** 兆円: 10^12 yen. */
    public static final Unit JPY_TRILLION = new Unit("jpy-tn", Dimension.YEN, 1e12, 1);
    /** 億円: 10^8 yen; 1 兆円 = 10,000 億円. */
    public static final Unit JPY_100M = new Unit("jpy-100m", Dimension.YEN, 1e8, 0);
    /** 百万円: 10^6 yen. */
    public static final Unit JPY_MILLION = new Unit("jpy-m", Dimension.YEN, 1e6, 0);
    /** Billions of US dollars. */
    public static final Unit USD_BILLION = new Unit("usd-bn", Dimension.USD, 1e9, 1);
    /** Millions of US dollars. */
    public static final Unit USD_MILLION = new Unit("usd-m", Dimension.USD, 1e6, 0);
    public static final Unit PEOPLE = new Unit("people", Dimension.PEOPLE, 1, 0);
    /** 万人: 10,000 people. */
    public static final Unit PEOPLE_10K = new Unit("people-10k", Dimension.PEOPLE, 1e4, 0);
    public static final Unit PERCENT = new Unit("percent", Dimension.SHARE, 0.01, 1);
    public static final Unit EFLOPS = new Unit("eflops", Dimension.COMPUTE, 1e18, 1);
    public static final Unit INDEX = new Unit("index", Dimension.INDEX, 1, 1);
    /** 万円: 10^4 yen, for a price a unit (a robot's); 1 兆円 ÷ 1 万円 = 10^8. */
    public static final Unit JPY_10K = new Unit("jpy-10k", Dimension.YEN, 1e4, 0);
    /** Machines counted one by one (台): robots sold in a year or in service. */
    public static final Unit UNITS = new Unit("units", Dimension.COUNT, 1, 0);
    /** People a unit stands for (人/台): the workers whose work one robot does. */
    public static final Unit PEOPLE_PER_UNIT = new Unit("people-per-unit", Dimension.PER_UNIT, 1, 2);

    private static final List<Unit> BUILT_IN = List.of(JPY_TRILLION, JPY_100M, JPY_MILLION, USD_BILLION,
            USD_MILLION, PEOPLE, PEOPLE_10K, PERCENT, EFLOPS, INDEX, JPY_10K, UNITS, PEOPLE_PER_UNIT);

    /** The most characters of a counted word in either language: it stands on an axis and in a table heading. */
    public static final int MAX_COUNTED = 24;
    /** The most digits after the decimal point a unit of the user's own shows. */
    public static final int MAX_DECIMALS = 3;

    /** What a unit measures; units convert within one. {@link #OWN}: a thing the user counts ({@link #counted}). */
    public enum Dimension { YEN, USD, PEOPLE, SHARE, COMPUTE, INDEX, COUNT, PER_UNIT, OWN }

    /**
     * The scales a unit of the user's own counts in, with the word each language writes: Japanese before the
     * counter (千台), English before the counted word (thousand units). English has no word for 万 and 億: it
     * labels an axis in "10 thousand" and "100 million", and writes a value in thousands and millions.
     */
    public enum Scale {
        ONE(1, "", ""),
        THOUSAND(1e3, "千", "thousand"),
        TEN_THOUSAND(1e4, "万", "10 thousand"),
        MILLION(1e6, "百万", "million"),
        HUNDRED_MILLION(1e8, "億", "100 million"),
        BILLION(1e9, "十億", "billion"),
        TRILLION(1e12, "兆", "trillion");

        private final double factor;
        private final String ja;
        private final String en;

        Scale(double factor, String ja, String en) {
            this.factor = factor;
            this.ja = ja;
            this.en = en;
        }

        /** How many of the counted things one of this scale is: 1000 for 千. */
        public double factor() {
            return factor;
        }

        /** The scale's word in {@code locale}'s language (千, thousand; empty for one by one). */
        public String word(Locale locale) {
            return isJapanese(locale) ? ja : en;
        }

        /** The scale of {@code factor}, if it is one of the list. */
        public static Optional<Scale> of(double factor) {
            for (Scale s : values()) {
                if (s.factor == factor) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    private final String code;
    private final Dimension dimension;
    private final double base;
    private final int decimals;
    /** The thing a unit of the user's own counts; empty for a built-in unit. */
    private final LocalizedText counted;

    private Unit(String code, Dimension dimension, double base, int decimals) {
        this(code, dimension, base, decimals, LocalizedText.EMPTY);
    }

    private Unit(String code, Dimension dimension, double base, int decimals, LocalizedText counted) {
        this.code = code;
        this.dimension = dimension;
        this.base = base;
        this.decimals = decimals;
        this.counted = counted;
    }

    /**
     * A unit of the user's own: {@code counted} things (either language may be empty, the other stands in) in
     * {@code scale}s (a factor of {@link Scale}), shown with {@code decimals} digits. Whether the words, scale and
     * decimals are allowed is for {@link ProjectionRules#checkUnit}, which names the place (a file may hold anything).
     */
    public static Unit own(LocalizedText counted, double scale, int decimals) {
        return new Unit(null, Dimension.OWN, scale, decimals, Objects.requireNonNull(counted, "counted"));
    }

    /** A unit of the user's own counting {@code counted} things in {@code scale}. */
    public static Unit own(LocalizedText counted, Scale scale, int decimals) {
        return own(counted, scale.factor(), decimals);
    }

    /** The built-in units, in the order of their codes' first listing. */
    public static Unit[] values() {
        return BUILT_IN.toArray(new Unit[0]);
    }

    /** Whether this is a unit of the user's own rather than a built-in one. */
    public boolean isOwn() {
        return dimension == Dimension.OWN;
    }

    /** What a unit of the user's own counts (台 / units); empty for a built-in unit. */
    public LocalizedText counted() {
        return counted;
    }

    /** How many counted things one of a unit of the user's own is (1000 for 千台); its {@link Scale}'s factor. */
    public double scale() {
        return base;
    }

    /**
     * The code used in files and in the CSV table. A unit of the user's own is written in files as an object, not
     * a code; its code here, {@code own:} and its English label ({@code own:thousand units}), names it in a table
     * and never reads back as a built-in's.
     */
    public String code() {
        return code != null ? code : "own:" + label(Locale.ENGLISH);
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Digits after the decimal point when a value of this unit is shown. */
    public int decimals() {
        return decimals;
    }

    /** The built-in unit of {@code code}. */
    public static Unit fromCode(String code) {
        for (Unit u : BUILT_IN) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit: " + code);
    }

    /** Whether {@code code} is a built-in unit's code. */
    public static boolean isCode(String code) {
        for (Unit u : BUILT_IN) {
            if (u.code.equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** Same dimension; for units of the user's own, the same thing counted (in whichever scale). */
    public boolean convertibleTo(Unit other) {
        return dimension == other.dimension && (!isOwn() || sameThing(counted, other.counted));
    }

    /** The same counted thing: the same word in each language as a reader sees it, English in any case. */
    private static boolean sameThing(LocalizedText a, LocalizedText b) {
        return a.get(Locale.JAPANESE).strip().equals(b.get(Locale.JAPANESE).strip())
                && a.get(Locale.ENGLISH).strip().equalsIgnoreCase(b.get(Locale.ENGLISH).strip());
    }

    /** {@code value} of this unit expressed in {@code target}; same dimension only. */
    public double convert(double value, Unit target) {
        if (!convertibleTo(target)) {
            throw new IllegalArgumentException("cannot convert " + code() + " to " + target.code());
        }
        return value * (base / target.base);
    }

    /** The short label for an axis or a table header: 兆円 / tn yen. */
    public String label(Locale locale) {
        boolean ja = isJapanese(locale);
        if (isOwn()) {
            return ownLabel(locale);
        }
        switch (code) {
            case "jpy-tn": return ja ? "兆円" : "¥ tn";
            case "jpy-100m": return ja ? "億円" : "¥ 100 m";
            case "jpy-m": return ja ? "百万円" : "¥ m";
            case "usd-bn": return ja ? "10億ドル" : "US$ bn";
            case "usd-m": return ja ? "百万ドル" : "US$ m";
            case "people": return ja ? "人" : "people";
            case "people-10k": return ja ? "万人" : "10k people";
            case "percent": return "%";
            case "eflops": return "EFLOPS";
            case "index": return ja ? "指数" : "index";
            case "jpy-10k": return ja ? "万円" : "¥ 10k";
            case "units": return ja ? "台" : "units";
            case "people-per-unit": return ja ? "人/台" : "people per unit";
            default: throw new AssertionError(code);
        }
    }

    /** A value as a reader writes it, with the unit: 35.0兆円, ¥35.0 tn, 200万人, 2.0 m people. */
    public String format(double value, Locale locale) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        boolean ja = isJapanese(locale);
        if (isOwn()) {
            return ownFormat(value, locale);
        }
        switch (code) {
            case "jpy-tn":
                return ja ? number(value, 1, locale) + "兆円" : yen(value, locale);
            case "jpy-100m":
                return ja ? number(value, 0, locale) + "億円" : yen(value / 1e4, locale);
            case "jpy-m":
                return ja ? number(value, 0, locale) + "百万円" : yen(value / 1e6, locale);
            case "usd-bn":
                return ja ? number(value * 10, 0, locale) + "億ドル" : "$" + number(value, 1, locale) + " bn";
            case "usd-m":
                return ja ? number(value, 0, locale) + "百万ドル" : "$" + number(value, 0, locale) + " m";
            case "people":
            case "people-10k":
                // Counted in 万 (1e4) so that a huge count does not overflow to ∞ on the way.
                double man = value * (base / 1e4);
                return ja ? number(man, Math.abs(man) < 100 ? 1 : 0, locale) + "万人" : people(man, locale);
            case "percent":
                return number(value, 1, locale) + "%";
            case "eflops":
                return number(value, 1, locale) + " EFLOPS";
            case "index":
                return number(value, 1, locale);
            case "jpy-10k":
                return ja ? number(value, 0, locale) + "万円" : yen(value / 1e8, locale);
            case "units":
                double units = value / 1e4;
                return ja ? number(units, Math.abs(units) < 100 ? 1 : 0, locale) + "万台" : units(units, locale);
            case "people-per-unit":
                return number(value, 2, locale) + (ja ? "人/台" : " people per unit");
            default:
                throw new AssertionError(code);
        }
    }

    /** The bare number, grouped and rounded as this unit shows it (for tables and axis ticks). */
    public String formatNumber(double value, Locale locale) {
        return Double.isFinite(value) ? number(value, decimals, locale) : "–";
    }

    /**
     * A unit of the user's own as an axis or a heading names it: 千台 / thousand units, 台 / units; its numbers are
     * the unit's own (an axis in 万台 reads 120 where English says "10 thousand units").
     */
    private String ownLabel(Locale locale) {
        String thing = counted.get(locale);
        Optional<Scale> scale = Scale.of(base);
        if (scale.isEmpty()) {
            // Only a unit the rules refuse has another scale; it is named as it is, to be corrected.
            return "×" + number(base, 0, locale) + (isJapanese(locale) ? "" : " ") + thing;
        }
        String word = scale.get().word(locale);
        return word.isEmpty() ? thing : isJapanese(locale) ? word + thing : word + " " + thing;
    }

    /**
     * A value of a unit of the user's own: "1,234千台", "1,234 thousand units"; English writes 万 in thousands and
     * 億 in millions ("120万台": "1,200 thousand units"), with as many fewer decimals as the number gains digits.
     */
    private String ownFormat(double value, Locale locale) {
        int shown = Math.max(0, Math.min(decimals, MAX_DECIMALS));
        String after = afterNumber(locale);
        if (after != null) {
            return number(value, shown, locale) + after;
        }
        String thing = " " + counted.get(locale);
        return Scale.of(base).orElseThrow() == Scale.TEN_THOUSAND
                ? number(value * 10, Math.max(0, shown - 1), locale) + " " + Scale.THOUSAND.en + thing
                : number(value * 100, Math.max(0, shown - 2), locale) + " " + Scale.MILLION.en + thing;
    }

    /**
     * For a unit of the user's own, what follows the number when a value is written in the unit's own numbers
     * ("千台", " thousand units", " GWh"), for a number format to append; null where the reader's language writes
     * the value in another scale (English for 万 and 億), and for a built-in unit.
     */
    public String afterNumber(Locale locale) {
        if (!isOwn()) {
            return null;
        }
        String label = ownLabel(locale);
        if (isJapanese(locale)) {
            // No space before a counter (120万台) but one before a word in Latin letters (1,234 GWh).
            boolean latin = !label.isEmpty() && label.charAt(0) < 0x80 && Character.isLetterOrDigit(label.charAt(0));
            return (latin ? " " : "") + label;
        }
        Scale scale = Scale.of(base).orElse(null);
        return scale == Scale.TEN_THOUSAND || scale == Scale.HUNDRED_MILLION ? null : " " + label;
    }

    /** Built-in units are single instances; units of the user's own are equal when words, scale and decimals are. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Unit u && isOwn() && u.isOwn() && base == u.base
                && decimals == u.decimals && counted.equals(u.counted);
    }

    @Override
    public int hashCode() {
        return isOwn() ? Objects.hash(counted, base, decimals) : code.hashCode();
    }

    /** The code, as the enum this was once printed its name: for logs and test names, never for a reader. */
    @Override
    public String toString() {
        return code() + (isOwn() ? "/" + decimals : "");
    }

    /** Trillions of yen as "¥35.0 tn", "¥120.0 bn", "¥5.0 m"; scaled from trillions so 1e300 tn stays finite. */
    private static String yen(double trillions, Locale locale) {
        double abs = Math.abs(trillions);
        String digits = abs >= 1 ? number(abs, 1, locale) + " tn"
                : abs >= 1e-3 ? number(abs * 1e3, 1, locale) + " bn" : number(abs * 1e6, 1, locale) + " m";
        // No "-¥0.0 m": a minus only where a digit other than 0 is shown.
        return (trillions < 0 && digits.matches(".*[1-9].*") ? "-" : "") + "¥" + digits;
    }

    /** People counted in 万 (1e4) as "2.0 m people", "125 k people", "300 people". */
    private static String people(double man, Locale locale) {
        double abs = Math.abs(man);
        if (abs >= 100) {
            return number(man / 100, 1, locale) + " m people";
        }
        if (abs >= 0.1) {
            return number(man * 10, 0, locale) + " k people";
        }
        return number(man * 1e4, 0, locale) + " people";
    }

    /** Units counted in 万 (1e4) as "3.1 m units", "125 k units", "300 units". */
    private static String units(double man, Locale locale) {
        return people(man, locale).replace(" people", " units");
    }

    private static String number(double value, int digits, Locale locale) {
        // A file may hold any decimals until the rules refuse it; formatting never fails on the way.
        int decimals = Math.max(0, Math.min(digits, 9));
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        if (!Double.isFinite(value)) {
            return "–";
        }
        String s = f.format(value);
        return s.equals("-0") || s.matches("-0[.,]0+") ? s.substring(1) : s;
    }

    private static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}
